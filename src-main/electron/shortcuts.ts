/** The ShortcutRegistry over `globalShortcut`: one accelerator, replaced as the settings change. */
import type { GlobalShortcut } from 'electron';
import type { ShortcutRegistry } from '../app/ports';
import { err, ok } from '../common/result';
import { problemSaid } from '../i18n/english';

export function createShortcutRegistry(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
  onPress: () => void,
): ShortcutRegistry {
  let current: string | null = null;
  const tryRegister = (accelerator: string): 'ok' | 'taken' | 'invalid' => {
    try {
      return globalShortcut.register(accelerator, onPress) ? 'ok' : 'taken';
    } catch {
      // Electron throws on an accelerator it cannot parse.
      return 'invalid';
    }
  };
  return {
    register(accelerator) {
      if (accelerator === current) return ok(null);
      const previous = current;
      if (previous !== null) globalShortcut.unregister(previous);
      current = null;
      if (accelerator === null) return ok(null);
      const outcome = tryRegister(accelerator);
      if (outcome === 'ok') {
        current = accelerator;
        return ok(null);
      }
      // Keep the user's working shortcut rather than leaving none.
      if (previous !== null && tryRegister(previous) === 'ok') current = previous;
      return err(
        outcome === 'taken'
          ? problemSaid('shortcut-taken', 'problem.shortcutTaken', { accelerator })
          : problemSaid('shortcut-invalid', 'problem.shortcutInvalid', { accelerator }),
      );
    },
  };
}
