/**
 * Child process for the crash test: loads the history, then appends calls one after another until
 * it is killed, writing the number of each call to stdout once its append has completed.
 * Usage: node history-writer.mjs <dataDir> <run> <cap>
 */
import { writeSync } from 'node:fs';
import { HistoryStore } from '../../../src-main/storage/history-store';
import { sampleEntry } from './history-fixtures';

async function main(): Promise<void> {
  const [dataDir, run, cap] = process.argv.slice(2);
  if (!dataDir || !run || !cap) throw new Error('usage: history-writer <dataDir> <run> <cap>');
  const store = new HistoryStore({ dataDir, cap: Number(cap) });
  const loaded = await store.load();
  if (!loaded.ok) throw new Error(loaded.error.message);
  writeSync(1, 'loaded\n');
  for (let n = 0; ; n++) {
    const result = await store.append(
      sampleEntry(n, { id: `run-${run}-${n}`, callerName: 'x'.repeat(200 + (n % 50)) }),
    );
    if (!result.ok) throw new Error(result.error.message);
    // Synchronous, so what the parent reads is exactly what had completed when it pulled the trigger.
    writeSync(1, `${n}\n`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`);
  process.exit(1);
});
