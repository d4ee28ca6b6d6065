/**
 * The one place the shell builds the Companion: the OS ports in, the Companion out.
 */
import { createCompanion } from '../app/create-companion';
import type { DesktopPorts } from '../app/ports';
import type { CompanionForShell } from '../app/shell-facing';
import type { Logger } from '../common/log';

export interface ShellDependencies {
  readonly ports: DesktopPorts;
  /** app.getPath('userData'): settings, history. */
  readonly dataDir: string;
  readonly logger: Logger;
  readonly platform: NodeJS.Platform;
  readonly appVersion: string;
  /** Where an administrator may put machine-wide defaults (storage/machine-defaults.ts). */
  readonly machineDefaultsPath?: string;
  /** app.getPreferredSystemLanguages(): what Settings → Language "system" follows. */
  readonly systemLanguages: readonly string[];
}

export function composeCompanion(dependencies: ShellDependencies): CompanionForShell {
  return createCompanion(dependencies);
}
