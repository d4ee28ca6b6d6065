import type { MessageKey } from './catalogues';

/**
 * A message to say later, in whichever language is chosen then: a problem's sentence travels as one.
 * A value may itself be a message (a problem's sentence inside "Update check failed: {reason}"): it
 * is said in the same language first.
 */
export interface MessageRef {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, MessageRefValue>>;
}

export type MessageRefValue = string | number | MessageRef;

/** Values put into a message: data (names, hosts, counts, instants) or a message, never words already translated. */
export type MessageValues = Readonly<Record<string, string | number | Date | MessageRef>>;

/** A said thing's `text`, to spread into a copy that keeps only some of its fields (none when it has none). */
export function textOf(said: { readonly text?: MessageRef | undefined }): { readonly text?: MessageRef } {
  return said.text ? { text: said.text } : {};
}
