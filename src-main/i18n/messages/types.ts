/** A translation of one part of the English catalogue: exactly its keys (a missing or extra key is a compile error). */
export type Messages<English> = { readonly [Key in keyof English]: string };

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** A language's catalogue: its parts joined (test/unit/i18n/catalogues.test.ts checks that no two share a key). */
export function joinParts<Parts extends Readonly<Record<string, Readonly<Record<string, string>>>>>(
  parts: Parts,
): Intersection<Parts[keyof Parts]> {
  return Object.assign({}, ...Object.values(parts)) as Intersection<Parts[keyof Parts]>;
}
