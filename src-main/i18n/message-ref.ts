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

/** Items of a list as one value ("a, b, c"), joined by the chosen language's separator; empty for none. */
export function listRef(items: readonly MessageRefValue[]): MessageRefValue {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  return rest.length === 0 ? first : { key: 'detection.list', values: { first, rest: listRef(rest) } };
}

/** Messages as one list message ("a, b, c"), for a place that needs a message, not a value. */
export function refList(first: MessageRef, ...rest: readonly MessageRef[]): MessageRef {
  return rest.length === 0 ? first : { key: 'detection.list', values: { first, rest: listRef(rest) } };
}
