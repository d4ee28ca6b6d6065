import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Replaces `path` with `data` so that a reader (or the next start after a crash or power loss)
 * sees either the old file or the new one, never a mix: write a temporary file in the same folder
 * (rename is atomic only within one file system), flush it, rename it over the target, then flush
 * the folder so the rename itself is durable. Throws the underlying fs error.
 */
export async function writeFileAtomic(path: string, data: string, mode = 0o600): Promise<void> {
  const folder = dirname(path);
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  const temp = join(folder, `.${basename(path)}.${process.pid}.${counter}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw error;
  }
  await syncFolder(folder);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return errnoCode(error) === 'EPERM';
  }
}

/**
 * Removes temporary files that `writeFileAtomic` left for `path` when a process died mid-write.
 * Only files of processes that are gone: a live writer's temp file is left alone. Never throws.
 */
export async function removeStaleTemps(path: string): Promise<number> {
  const folder = dirname(path);
  const prefix = `.${basename(path)}.`;
  let removed = 0;
  try {
    for (const name of await readdir(folder)) {
      if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
      const pid = Number(name.slice(prefix.length).split('.')[0]);
      if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || processAlive(pid)) continue;
      await rm(join(folder, name), { force: true });
      removed++;
    }
  } catch {
    // A folder that cannot be listed has nothing we could clean either.
  }
  return removed;
}

/** Flushes a folder's entries. Windows cannot open a folder for this; there rename is durable enough. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // EISDIR/EPERM/EINVAL where folders cannot be synced: nothing more to do.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/** A file-system-safe time stamp for backup names: 2024-05-01T10-07-00-000Z. */
export function fileStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[:.]/g, '-');
}

export function errnoCode(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return 'unknown error';
}
