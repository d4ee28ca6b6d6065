import { lookupCaller } from '../../lookup/lookup-chain';
import { jsonLine } from '../../pipeline/json-lines';
import { EXIT_USAGE, type Command } from '../io';
import { LOOKUP_OPTIONS, LOOKUP_USAGE, loadLookupSources } from '../lookup-flags';
import { parseArgs } from 'node:util';
import { usageError } from '../usage-error';

const USAGE = `Usage: isymphony-companion lookup NUMBER [--phonebook FILE]... [--crm-lookup JSON] [options]

Names the caller of NUMBER the way the app does (phonebook, then the CRM lookup, then the PBX's
caller-ID name) and prints one JSON object on stdout:
{"kind":"found","source":…,"name":…,"company":…,"recordUrl":…} or {"kind":"none","reason":{…}}.
A CRM lookup that failed is said on stderr. Exits 0 when found, 1 when nothing names the caller.

${LOOKUP_USAGE}
  --pbx-name X             the caller-ID name the PBX sent, the last resort
  -h, --help               show this text

Example:
  isymphony-companion lookup 02079460018 --phonebook contacts.vcf --country GB
  ISYMPHONY_CRM_TOKEN=… isymphony-companion lookup 02079460018 --country GB \\
    --crm-lookup '{"url":"https://crm.example/api/search?phone={e164}","tokenHeader":"Authorization","tokenPrefix":"Bearer ","namePaths":["results.0.name"]}'
`;

export const EXIT_NOT_FOUND = 1;

const OPTIONS = {
  ...LOOKUP_OPTIONS,
  'pbx-name': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const lookupCommand: Command = async (io) => {
  let parsed;
  try {
    parsed = parseArgs({ args: [...io.argv], strict: true, allowPositionals: true, options: OPTIONS });
  } catch (error: unknown) {
    return usageError(io, 'lookup', USAGE, error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    return usageError(io, 'lookup', USAGE, 'give exactly one NUMBER to look up.');
  }
  const sources = await loadLookupSources(values, { env: io.env });
  if (!sources.ok) {
    io.stderr(`isymphony-companion lookup: ${sources.error}\n`);
    return EXIT_USAGE;
  }
  const number = positionals[0] ?? '';
  const { phonebook, crm } = sources.value;
  const result = await lookupCaller(
    { number, pbxName: values['pbx-name'] ?? null },
    { phonebook, crm: crm?.lookup ?? null },
  );
  const status = crm?.status;
  if (status?.kind === 'failed') {
    io.stderr(
      `isymphony-companion lookup: the CRM lookup failed (${status.problem.code}): ${status.problem.message}\n`,
    );
  }
  io.stdout(jsonLine({ number, ...result }));
  return result.kind === 'found' ? 0 : EXIT_NOT_FOUND;
};
