/**
 * Reads a JSON Lines file from its end towards its start, a block at a time, so the newest lines
 * are in hand after one small read whatever the file's size. Lines are split on the newline byte,
 * which never occurs inside a UTF-8 sequence, so a block edge never cuts a character in two.
 */
import type { FileHandle } from 'node:fs/promises';

const NEWLINE = 0x0a;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const { bytesRead } = await handle.read(buffer, got, length - got, position + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return got === length ? buffer : buffer.subarray(0, got);
}

/**
 * Where the last line ends: the offset just past the file's last newline (0 when it has none),
 * found by reading backwards from `size` one block at a time.
 */
export async function endOfLastLine(handle: FileHandle, size: number, blockBytes: number): Promise<number> {
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - blockBytes);
    const block = await readAt(handle, start, end - start);
    const at = block.lastIndexOf(NEWLINE);
    if (at >= 0) return start + at + 1;
    end = start;
  }
  return 0;
}

export async function readRange(handle: FileHandle, start: number, end: number): Promise<Buffer> {
  return readAt(handle, start, end - start);
}

/**
 * The whole lines of `[0, end)` (which must end at a line's end), newest block first; each block's
 * lines in file order. The first block is `firstBlockBytes` long so the newest page comes quickly;
 * the rest are `blockBytes`.
 */
export async function* blocksFromEnd(
  handle: FileHandle,
  end: number,
  firstBlockBytes: number,
  blockBytes: number,
): AsyncGenerator<string[]> {
  // The start of a line whose end was in the block read before (later in the file).
  let carry: Buffer = Buffer.alloc(0);
  let position = end;
  let size = firstBlockBytes;
  while (position > 0) {
    const start = Math.max(0, position - size);
    size = blockBytes;
    const block = await readAt(handle, start, position - start);
    position = start;
    const bytes = carry.length > 0 ? Buffer.concat([block, carry]) : block;
    // Unless this block starts the file, its first line may have begun in the block before it.
    const from = position > 0 ? bytes.indexOf(NEWLINE) + 1 : 0;
    if (position > 0 && from === 0) {
      carry = bytes;
      continue;
    }
    carry = bytes.subarray(0, from);
    const text = bytes.subarray(from).toString('utf8');
    yield text === '' ? [] : text.split('\n');
  }
}
