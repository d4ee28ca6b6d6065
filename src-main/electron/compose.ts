/**
 * The one place the shell builds the Companion: the OS ports in, the Companion out.
 */
import type { DesktopPorts } from '../app/ports';
import type { CompanionForShell } from '../app/shell-facing';
import type { Logger } from '../common/log';
// COMPANION-IMPORT: src-main/app/companion.ts has not landed yet. When it does, delete the stub
// below and uncomment this line (adapting the options object in composeCompanion if needed):
// import { createCompanion } from '../app/companion';

export interface ShellDependencies {
  readonly ports: DesktopPorts;
  /** app.getPath('userData'): settings, history. */
  readonly dataDir: string;
  readonly logger: Logger;
  readonly platform: NodeJS.Platform;
  readonly appVersion: string;
}

// COMPANION-IMPORT stub: refuses to start, with a message saying what is missing.
function createCompanion(_options: ShellDependencies): CompanionForShell {
  throw new Error('This build has no Companion: src-main/app/companion.ts is not wired into compose.ts yet.');
}

export function composeCompanion(dependencies: ShellDependencies): CompanionForShell {
  return createCompanion(dependencies);
}
