import type { Problem } from '../common/result';

/**
 * A CRM link template as the user keeps it in settings. The storage schema validates this shape;
 * the crm module builds links from it. `url` holds placeholders such as {number} or {e164}.
 */
export interface CrmTemplate {
  readonly id: string;
  readonly label: string;
  readonly url: string;
  /** Open this template by itself when a call rings, when it is answered, or never (per template). */
  readonly autoOpen: 'never' | 'ring' | 'answer';
  readonly rules: CrmRules;
  /** Optional: the country for {e164} in this template only (e.g. a CRM for one country's line). */
  readonly defaultCountry?: string;
}

/** All given conditions must hold; an empty rule set matches every call. */
export interface CrmRules {
  /** Only calls that came in on one of these dialled numbers. */
  readonly dids?: readonly string[];
  readonly caller?: 'internal' | 'external' | 'any';
  /** A glob over the caller's number: `*` any run of characters, `?` one character (e.g. "+44*"). */
  readonly numberPattern?: string;
}

export interface CrmSettings {
  readonly templates: readonly CrmTemplate[];
  /** ISO 3166 alpha-2 country used to read national numbers for {e164}, e.g. "GB". */
  readonly defaultCountry: string;
}

/**
 * The facts about one call that a link can carry. Every string is untrusted (caller ID is typed
 * by whoever calls); `null` means the server did not say. `time` is milliseconds since the epoch.
 */
export interface LinkCall {
  readonly number: string | null;
  readonly name: string | null;
  readonly did: string | null;
  readonly extension: string | null;
  readonly username: string | null;
  readonly callId: string;
  readonly time: number;
}

/** What the template rules look at. A `LinkCall` plus `internal` satisfies it. */
export interface RuleCall {
  readonly number: string | null;
  readonly did: string | null;
  /** True when the caller is an extension of the same PBX. */
  readonly internal: boolean;
}

export type CrmProblemCode =
  | 'template-empty'
  | 'template-too-long'
  | 'template-bad-character'
  | 'template-stray-brace'
  | 'unknown-placeholder'
  | 'placeholder-in-origin'
  | 'not-http'
  | 'no-host'
  | 'user-info'
  | 'template-unparseable'
  | 'unknown-country'
  | 'link-changed-origin'
  | 'link-changed-shape'
  | 'link-too-long';

export type CrmProblem = Problem<CrmProblemCode>;
