/**
 * `npm run icons`: renders the tray's image files from build/tray/source/*.svg into build/tray/icons/
 * (see tray-icons.ts), and removes any file there the list no longer names. Commit the result.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OUTPUT_DIR, renderTrayImages } from './tray-icons';

const files = await renderTrayImages();
await mkdir(OUTPUT_DIR, { recursive: true });
for (const name of await readdir(OUTPUT_DIR)) {
  if (!files.has(name)) await rm(join(OUTPUT_DIR, name));
}
for (const [name, bytes] of files) await writeFile(join(OUTPUT_DIR, name), bytes);
process.stdout.write(`icons: ${files.size} files in ${OUTPUT_DIR}\n`);
