/**
 * The DisplayList over Electron's `screen`: the connected displays for Settings → Pops, as data (place,
 * the OS's name, size, which is the main one); the window says them in the chosen language.
 */
import type { Display, Screen } from 'electron';
import type { DisplayList } from '../app/ports';
import type { DisplayView } from '../ipc/contract';

/** The OS's name for a display is text from its firmware: kept short and printable. */
function displayName(display: Pick<Display, 'label'>): string | null {
  const label =
    typeof display.label === 'string' ? display.label.replace(/[^\p{L}\p{N} ._()-]/gu, '').trim() : '';
  return label === '' ? null : label.slice(0, 40);
}

export function displayViews(
  displays: readonly Pick<Display, 'id' | 'label' | 'size'>[],
  primaryId: number,
): DisplayView[] {
  return displays.map((display, index) => ({
    id: display.id,
    place: index + 1,
    name: displayName(display),
    width: display.size.width,
    height: display.size.height,
    primary: display.id === primaryId,
  }));
}

export function createDisplayList(screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>): DisplayList {
  return {
    list: () => displayViews(screen.getAllDisplays(), screen.getPrimaryDisplay().id),
  };
}
