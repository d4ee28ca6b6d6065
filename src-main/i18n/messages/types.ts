/** A translation of one part of the English catalogue: exactly its keys (a missing or extra key is a compile error). */
export type Messages<English> = { readonly [Key in keyof English]: string };
