import type { MessageKey } from './catalogues';

/** Values put into a message: data (names, hosts, counts, instants), never words already translated. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** A message to say later, in whichever language is chosen then: a problem's sentence travels as one. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, string | number>>;
}
