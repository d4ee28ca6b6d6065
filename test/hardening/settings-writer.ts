/**
 * Child process for the crash test: saves settings again and again until it is killed, writing the
 * number of each save to stdout once it has completed. The number is kept in the settings
 * themselves (the watched user's name), so the parent can tell which save the file holds.
 * Usage: node settings-writer.mjs <dataDir> <run>
 */
import { writeSync } from 'node:fs';
import { defaultSettings } from '../../src-main/storage/settings-schema';
import { SettingsStore } from '../../src-main/storage/settings-store';

async function main(): Promise<void> {
  const [dataDir, run] = process.argv.slice(2);
  if (!dataDir || !run) throw new Error('usage: settings-writer <dataDir> <run>');
  const store = new SettingsStore({ dataDir });
  const loaded = await store.load();
  if (loaded.notice) throw new Error(`the settings did not load cleanly: ${loaded.notice.code}`);
  writeSync(1, `loaded ${loaded.settings.isymphonyUser}\n`);
  for (let n = 0; ; n++) {
    const saved = await store.save({
      ...defaultSettings(),
      mode: 'server',
      isymphonyUser: `run-${run}-${n}`,
      // Sizes vary, so a torn write would show as a file of the wrong length or bad JSON.
      extensions: Array.from({ length: 1 + (n % 20) }, (_, i) => String(4000 + i)),
    });
    if (!saved.ok) throw new Error(saved.error.message);
    writeSync(1, `${n}\n`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`);
  process.exit(1);
});
