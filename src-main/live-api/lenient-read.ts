import { z } from 'zod';
import { cleanString } from '../protocol/limits';

/**
 * Reads Live REST answers field by field (protocol notes §4, "Tolerance"): a field the app needs
 * and cannot read skips its item; any other field that cannot be read takes its fallback; both
 * are named so the client can count them. null or a missing field is "absent", never unreadable.
 * A list is unusable only when it is not a list: its readable items are always kept.
 */

/** How one field is read: `schema` checks a present value; absent (null/missing) takes the fallback. */
export type FieldSpec<T> =
  | { readonly kind: 'required'; readonly schema: z.ZodType<T> }
  | { readonly kind: 'optional'; readonly schema: z.ZodType<T>; readonly fallback: T }
  | { readonly kind: 'nested'; readonly shape: Shape; readonly fallback: T };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the value types are carried by Out<S>
export type Shape = { readonly [field: string]: FieldSpec<any> };

export type Out<S extends Shape> = { -readonly [K in keyof S]: S[K] extends FieldSpec<infer T> ? T : never };

export const required = <T>(schema: z.ZodType<T>): FieldSpec<T> => ({ kind: 'required', schema });
export const optional = <T>(schema: z.ZodType<T>, fallback: T): FieldSpec<T> => ({
  kind: 'optional',
  schema,
  fallback,
});
export const nested = <S extends Shape>(shape: S, fallback: Out<S>): FieldSpec<Out<S>> => ({
  kind: 'nested',
  shape,
  fallback,
});

/** An id or number: text, or a whole JSON number read as its decimal digits (larger ones have lost digits). */
export const idText = (max: number) =>
  z
    .union([z.string().min(1), z.number().refine(Number.isSafeInteger)])
    .transform((v) => cleanString(String(v), max));

/** Text that may be absent: a whole number reads as its digits, a boolean as absent. */
export const maybeText = (max: number) =>
  z
    .union([z.string(), z.number().refine(Number.isSafeInteger), z.boolean().transform(() => null)])
    .transform((v) => (v === null ? null : cleanString(String(v), max)));

/** A whole number, also when written as decimal text. */
export const wholeNumber = z.union([
  z.number().refine(Number.isSafeInteger),
  z
    .string()
    .regex(/^-?\d{1,16}$/)
    .transform(Number),
]);

export const flag = z.boolean();

export type RecordRead<T> =
  | { readonly ok: true; readonly value: T; readonly unreadable: readonly string[] }
  | { readonly ok: false; readonly field: string; readonly unreadable: readonly string[] };

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One object. Field names in `unreadable` carry `prefix` ("callerId.number"). */
export function readRecord<S extends Shape>(raw: unknown, shape: S, prefix = ''): RecordRead<Out<S>> {
  if (!isRecord(raw))
    return { ok: false, field: prefix === '' ? '(item)' : prefix.slice(0, -1), unreadable: [] };
  const out: Record<string, unknown> = {};
  const unreadable: string[] = [];
  for (const [key, spec] of Object.entries(shape)) {
    const name = prefix + key;
    const v = Object.hasOwn(raw, key) ? raw[key] : undefined;
    if (v === undefined || v === null) {
      if (spec.kind === 'required') return { ok: false, field: name, unreadable: [...unreadable, name] };
      out[key] = spec.fallback;
      continue;
    }
    if (spec.kind === 'nested') {
      const inner = readRecord(v, spec.shape, `${name}.`);
      unreadable.push(...inner.unreadable);
      if (inner.ok) out[key] = inner.value;
      else {
        if (inner.unreadable.length === 0) unreadable.push(inner.field);
        out[key] = spec.fallback;
      }
      continue;
    }
    const parsed = spec.schema.safeParse(v);
    if (parsed.success) {
      out[key] = parsed.data;
      continue;
    }
    unreadable.push(name);
    if (spec.kind === 'required') return { ok: false, field: name, unreadable };
    out[key] = spec.fallback;
  }
  return { ok: true, value: out as Out<S>, unreadable };
}

export interface ListRead<T> {
  readonly items: T[];
  /** Items left out: not an object, a needed field unreadable, or beyond the length limit. */
  readonly skipped: number;
  /** How many items had each unreadable field ("(item)" for an entry that is not an object). */
  readonly unreadable: ReadonlyMap<string, number>;
}

/** A list, or null when the answer is not a list at all (then nothing in it can be trusted). */
export function readList<S extends Shape>(raw: unknown, shape: S, maxItems: number): ListRead<Out<S>> | null {
  if (!Array.isArray(raw)) return null;
  const items: Out<S>[] = [];
  const unreadable = new Map<string, number>();
  const count = (field: string, n = 1): void => void unreadable.set(field, (unreadable.get(field) ?? 0) + n);
  let skipped = 0;
  for (const entry of raw.length > maxItems ? raw.slice(0, maxItems) : raw) {
    const read = readRecord(entry, shape);
    for (const field of read.unreadable) count(field);
    if (read.ok) items.push(read.value);
    else {
      skipped += 1;
      if (read.unreadable.length === 0) count(read.field);
    }
  }
  if (raw.length > maxItems) {
    skipped += raw.length - maxItems;
    count('(beyond limit)', raw.length - maxItems);
  }
  return { items, skipped, unreadable };
}

/** Unreadable fields and skipped items over a client's life, per resource, for diagnostics. */
export interface UnreadableRestFields {
  readonly skippedItems: number;
  /** "resource.field" (e.g. "callSegments.id"), most frequent first. */
  readonly fields: readonly { readonly field: string; readonly count: number }[];
}

export class RestReadTally {
  #skipped = 0;
  readonly #fields = new Map<string, number>();

  add(resource: string, skipped: number, unreadable: ReadonlyMap<string, number>): void {
    this.#skipped += skipped;
    for (const [field, n] of unreadable) {
      const key = `${resource}.${field}`;
      this.#fields.set(key, (this.#fields.get(key) ?? 0) + n);
    }
  }

  snapshot(): UnreadableRestFields {
    const fields = [...this.#fields].map(([field, count]) => ({ field, count }));
    fields.sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
    return { skippedItems: this.#skipped, fields };
  }
}
