import { systemClock, type Clock } from '../../common/clock';
import { buildLink } from '../../crm/link';
import { countryCode } from '../../crm/phone-number';
import { EXIT_USAGE, type Command } from '../io';
import { parsePlainArgs } from '../plain-args';

const USAGE = `Usage: isymphony-companion link --template T [options]

Prints the CRM link the template makes for a call, or on stderr why it was refused.

Options:
  --template T     the link template, e.g. "https://crm.example/search?q={e164}" (required)
  --number N       the caller's number as the PBX sends it
  --name X         the caller's name
  --did D          the dialled number the call came in on
  --extension E    the extension that took the call
  --username U     the iSymphony user
  --call-id ID     the call's id (default "cli")
  --country CC     two-letter country for reading national numbers in {e164}, e.g. GB
  -h, --help       show this text
`;

const LINK_OPTIONS = {
  template: { type: 'string' },
  number: { type: 'string' },
  name: { type: 'string' },
  did: { type: 'string' },
  extension: { type: 'string' },
  username: { type: 'string' },
  'call-id': { type: 'string' },
  country: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface LinkCommandDeps {
  readonly clock: Pick<Clock, 'now'>;
}

export function createLinkCommand(deps: LinkCommandDeps): Command {
  return async (io) => {
    const parsed = parsePlainArgs(io, 'link', USAGE, LINK_OPTIONS);
    if (parsed.kind === 'exit') return parsed.code;
    const values = parsed.values;
    if (values.template === undefined) {
      io.stderr(`isymphony-companion link: --template is required.\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const country = values.country ?? '';
    const read = countryCode(country);
    if (!read.ok) {
      io.stderr(
        `isymphony-companion link: --country: ${read.error}; use a two-letter code such as GB, US or DE.\n`,
      );
      return EXIT_USAGE;
    }
    const built = buildLink(
      values.template,
      {
        number: values.number ?? null,
        name: values.name ?? null,
        did: values.did ?? null,
        extension: values.extension ?? null,
        username: values.username ?? null,
        callId: values['call-id'] ?? 'cli',
        time: deps.clock.now(),
      },
      { defaultCountry: country },
    );
    if (!built.ok) {
      io.stderr(`isymphony-companion link: ${built.error.message}\n`);
      return EXIT_USAGE;
    }
    io.stdout(built.value + '\n');
    return 0;
  };
}

export const linkCommand: Command = createLinkCommand({ clock: systemClock });
