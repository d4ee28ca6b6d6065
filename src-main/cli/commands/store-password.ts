/**
 * `isymphony-companion store-password`: puts the manager password in this user's system keychain,
 * under the entry the app reads for that server and manager, so a desk types nothing
 * (docs/administration.md). The password is read from standard input only: typed at a prompt that
 * does not echo it, or piped in by a deployment script. Never a flag, never printed.
 */
import { parseArgs } from 'node:util';
import { Secret } from '../../common/secret';
import {
  MAX_PASSWORD_LENGTH,
  readMachineDefaults,
  type MachineDefaults,
} from '../../storage/machine-defaults';
import { accountFor, KeytarSecretStore, type SecretStore } from '../../storage/secret-store';
import { EXIT_USAGE, type Command, type CommandIo } from '../io';
import { wholeNumber } from '../whole-number';

const USAGE = `Usage: isymphony-companion store-password --host H [--port P] [--tls] [--manager USER]
       isymphony-companion store-password --defaults FILE

Reads the manager password from standard input and stores it in this user's system keychain,
where the app looks for it. Typed at a terminal, it is not shown; piped in, one line is read.
Run it as the user who uses the app (each user has their own keychain).

Options:
  --host H          the server's name or address, as in the app's settings
  --port P          default 58080, or 55050 with --tls
  --tls             the server is reached over TLS (wss://)
  --manager USER    the manager account (default "manager")
  --defaults FILE   take server, TLS and manager from an administrator's defaults file
                    (e.g. /etc/isymphony-companion/defaults.json)
  -h, --help        show this text
`;

const OPTIONS = {
  host: { type: 'string' },
  port: { type: 'string' },
  tls: { type: 'boolean' },
  manager: { type: 'string' },
  defaults: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Exit code when the keychain refused or is not there. */
export const EXIT_KEYCHAIN = 1;

export interface StorePasswordDeps {
  readonly secrets: () => SecretStore;
  readonly readDefaults: (path: string) => ReturnType<typeof readMachineDefaults>;
}

function refuse(io: CommandIo, message: string): number {
  io.stderr(`isymphony-companion store-password: ${message}\n\n${USAGE}`);
  return EXIT_USAGE;
}

type Target = { readonly host: string; readonly port: number; readonly manager: string };

function fromDefaults(defaults: MachineDefaults | null, path: string): Target | string {
  if (defaults === null) return `there is no defaults file at ${path}.`;
  const given = defaults.given;
  if (!given.includes('server')) return `the defaults file ${path} gives no "server".`;
  const s = defaults.settings;
  return { host: s.server.host, port: s.server.port, manager: s.managerUser };
}

export function createStorePasswordCommand(deps: StorePasswordDeps): Command {
  return async (io) => {
    // Any argument could be a misplaced password: none is ever quoted back.
    if (io.argv.some((arg) => arg === '--password' || arg.startsWith('--password='))) {
      return refuse(
        io,
        'the password is never taken as a flag (it would show in the process list and shell history); it is read from standard input.',
      );
    }
    let values;
    try {
      ({ values } = parseArgs({
        args: [...io.argv],
        strict: true,
        allowPositionals: false,
        options: OPTIONS,
      }));
    } catch {
      return refuse(io, 'these options are not understood (see the list below).');
    }
    if (values.help === true) {
      io.stdout(USAGE);
      return 0;
    }
    let target: Target;
    if (values.defaults !== undefined) {
      if (
        values.host !== undefined ||
        values.port !== undefined ||
        values.tls !== undefined ||
        values.manager !== undefined
      ) {
        return refuse(
          io,
          '--defaults takes the server from the file; leave out --host, --port, --tls and --manager.',
        );
      }
      const read = await deps.readDefaults(values.defaults);
      if (!read.ok) return refuse(io, read.error.message);
      const found = fromDefaults(read.value, values.defaults);
      if (typeof found === 'string') return refuse(io, found);
      target = found;
    } else {
      const host = values.host?.trim() ?? '';
      if (host === '' || /[\s/@]/.test(host)) {
        return refuse(io, '--host is required: the server name or address only, such as pbx.example.com.');
      }
      const port =
        values.port === undefined
          ? values.tls === true
            ? 55050
            : 58080
          : wholeNumber(values.port, 1, 65535);
      if (port === null) return refuse(io, '--port must be a number from 1 to 65535.');
      const manager = values.manager ?? 'manager';
      if (manager === '' || manager.includes(':'))
        return refuse(io, '--manager must be a user name without ":".');
      target = { host, port, manager };
    }
    const account = accountFor(target);
    const typed = await io.readSecret?.(`Manager password for ${account}: `);
    if (typed === undefined) return refuse(io, 'no standard input to read the password from.');
    const password = typed.replace(/\r?\n$/, '');
    if (password === '' || password.includes('\n')) {
      io.stderr(
        'isymphony-companion store-password: give the password as one non-empty line on standard input.\n',
      );
      return EXIT_USAGE;
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      io.stderr(
        `isymphony-companion store-password: a password has at most ${MAX_PASSWORD_LENGTH} characters.\n`,
      );
      return EXIT_USAGE;
    }
    const stored = await deps.secrets().set(account, new Secret(password));
    if (!stored.ok) {
      io.stderr(`isymphony-companion store-password: ${stored.error.message}\n`);
      return EXIT_KEYCHAIN;
    }
    io.stdout(`Stored the manager password for ${account} in the system keychain.\n`);
    return 0;
  };
}

export const storePasswordCommand: Command = createStorePasswordCommand({
  secrets: () => new KeytarSecretStore(),
  readDefaults: readMachineDefaults,
});
