/**
 * How a request of the contract's table is declared: the windows that may send it, its payload
 * schema (built by main with zod, so the preload and the renderer carry none) and its types.
 */
import type { z } from 'zod';

/** The app's windows, each with its own list of requests it may send. */
export const WINDOWS = ['main', 'pop'] as const;
export type WindowName = (typeof WINDOWS)[number];

/** zod as main hands it to each schema builder. */
export type Zod = typeof z;

/** One request: its payload schema (built by main with zod), the windows that may send it, and its types. */
export interface RequestSpec<Schema extends z.ZodType, Sent, Reply> {
  readonly payload: (zod: Zod) => Schema;
  readonly windows: readonly WindowName[];
  /** Types only, never set: what the renderer sends and what it gets back. */
  readonly types?: { readonly sent: Sent; readonly answer: Reply };
}

/** Marks "no `Sent` given": the renderer sends what the schema accepts. */
interface FromSchema {
  readonly 'sent-as-the-schema-accepts': true;
}

/**
 * Declares a request answered with `Reply`. What the renderer sends is the schema's input, or
 * `Sent` where the schema leaves a part to a later check (settings go to the settings validator).
 */
export function request<Reply, Sent = FromSchema>() {
  return <Schema extends z.ZodType>(spec: {
    readonly payload: (zod: Zod) => Schema;
    readonly windows: readonly WindowName[];
  }): RequestSpec<Schema, [Sent] extends [FromSchema] ? z.input<Schema> : Sent, Reply> => spec;
}

/** Requests without a payload: nothing, null (the browser harness sends it) or an empty object. */
export function bare<Reply>(windows: readonly WindowName[]): RequestSpec<z.ZodType, undefined, Reply> {
  return {
    payload: (zod) =>
      zod.union([zod.undefined(), zod.null(), zod.strictObject({})], {
        error: 'This request takes no arguments.',
      }),
    windows,
  };
}
