// Runs Electronegativity with no network: its start-up fetch of translations (the only request
// left once AvailableSecurityFixesGlobalCheck is excluded) is answered by a stub that fails at once,
// so it falls back to the translations it ships. Usage: node run-offline.mjs <input> <report.json>
import Module, { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'got') return () => Promise.reject(new Error('offline'));
  return originalLoad.call(this, request, parent, isMain);
};

const [input, reportPath] = process.argv.slice(2);
const run = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

try {
  const result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  // `issues` are the findings left after eng-disable comments; `errors` are files it could not read.
  const parseErrors = result.errors.map((e) => ({
    file: String(e.file),
    message: String(e.message ?? e),
    tolerable: e.tolerable === true,
  }));
  const findings = result.issues.map((e) => ({
    id: e.id,
    file: e.file,
    line: e.location ? e.location.line : 0,
    sample: e.sample === undefined ? null : String(e.sample),
    description: String(e.description),
    severity: e.severity ? e.severity.name : null,
    confidence: e.confidence ? e.confidence.name : null,
  }));
  writeFileSync(reportPath, JSON.stringify({ input, findings, parseErrors }, null, 2));
} catch (error) {
  process.stderr.write(`electronegativity failed: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
}
