import type { MessageKey } from './catalogues';
import { ENGLISH } from './languages';
import type { MessageRef, MessageRefValue, MessageValues } from './message-ref';
import { translatorFor } from './translator';

/** The English sentence of a message: for `Problem.message`, logs and the command line (which stays English). */
export function english(key: MessageKey, values?: MessageValues): string {
  return translatorFor(ENGLISH).t(key, values);
}

/**
 * A problem whose sentence is a catalogue message: English in `message` (the command line, logs),
 * translatable through `text`. The shape of `common/result.ts`'s `Problem`.
 *
 * Not for modules the preload bundles (the IPC contract and what it imports at run time): the
 * sandboxed preload may require nothing but electron, and this brings the catalogues along.
 */
export function problemSaid<Code extends string>(
  code: Code,
  key: MessageKey,
  values?: Readonly<Record<string, MessageRefValue>>,
): { readonly code: Code; readonly message: string; readonly text: MessageRef } {
  return { code, message: english(key, values), text: values ? { key, values } : { key } };
}
