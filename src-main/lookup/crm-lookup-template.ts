/**
 * A CRM lookup template as the user keeps it in settings (or passes with `--crm-lookup`): where to
 * ask (a URL with {number}/{e164}, GET or POST with a JSON body), which header carries the token
 * (the token itself lives in the keychain), and where in the JSON answer the name, company and
 * record are. This file holds its shape, its limits and its problems; `checkLookupTemplate`
 * (crm-lookup-check.ts) reads it once into a `CheckedLookup`; `lookupRequest`
 * (crm-lookup-request.ts) fills it for one number. Both are pure and never throw.
 */
import type { Problem } from '../common/result';

export const CRM_LOOKUP_PRESET_IDS = [
  'hubspot',
  'pipedrive',
  'zoho',
  'salesforce',
  'odoo',
  'suitecrm',
] as const;
export type CrmLookupPresetId = (typeof CRM_LOOKUP_PRESET_IDS)[number];

export interface CrmLookupTemplate {
  /** Which preset it started from ('custom' when written by hand); the screens show it, nothing else reads it. */
  readonly preset: CrmLookupPresetId | 'custom';
  readonly method: 'GET' | 'POST';
  /** https (or http to this computer), with {number} or {e164} in the path or query. */
  readonly url: string;
  /** POST only: a JSON text in which {number} and {e164} stand for whole JSON values. */
  readonly body: string | null;
  /** The header that carries the keychain's token (e.g. "Authorization"); null: no token is sent. */
  readonly tokenHeader: string | null;
  /** Written before the token in that header, e.g. "Bearer ". */
  readonly tokenPrefix: string;
  /** Paths into the answer whose texts, joined by a space, are the name (e.g. first and last name). */
  readonly namePaths: readonly string[];
  readonly companyPath: string | null;
  /** A path to a web address of the record in the answer. */
  readonly recordUrlPath: string | null;
  /** A path to the record's id, for `recordLink`. */
  readonly idPath: string | null;
  /** A link to the record with {id}, e.g. https://crm.example/contacts/{id}. */
  readonly recordLink: string | null;
  /** Origins besides the lookup URL's own that a record address may point to. */
  readonly allowedOrigins: readonly string[];
  /** How long to wait for the answer (default 1500 ms, the pop's budget). */
  readonly timeoutMs?: number;
  /** How long an answer is reused for the same number (default 10 minutes; 0: never). */
  readonly cacheMinutes?: number;
}

export type CrmLookupProblemCode =
  | 'lookup-template-invalid'
  | 'lookup-needs-replacing'
  | 'lookup-not-https'
  | 'number-unreadable'
  | 'lookup-unreachable'
  | 'lookup-timeout'
  | 'lookup-redirected'
  | 'lookup-refused'
  | 'lookup-rate-limited'
  | 'lookup-failed'
  | 'answer-too-large'
  | 'answer-not-json'
  | 'token-missing'
  | 'token-unavailable';

export type CrmLookupProblem = Problem<CrmLookupProblemCode>;

export const DEFAULT_LOOKUP_TIMEOUT_MS = 1500;
export const MIN_LOOKUP_TIMEOUT_MS = 200;
export const MAX_LOOKUP_TIMEOUT_MS = 10_000;
export const DEFAULT_CACHE_MINUTES = 10;
export const MAX_CACHE_MINUTES = 24 * 60;
/** Largest answer read, in bytes: a search for one number is a few kB; this bounds the damage. */
export const MAX_ANSWER_BYTES = 256 * 1024;
export const MAX_BODY_TEMPLATE_LENGTH = 4096;
export const MAX_PATH_LENGTH = 200;
export const MAX_PATH_SEGMENTS = 16;
export const MAX_NAME_PATHS = 4;
export const MAX_ALLOWED_ORIGINS = 8;
export const MAX_TOKEN_PREFIX_LENGTH = 40;
/** The longest number sent, in code points (crm/'s cap on {number}). */
export const MAX_NUMBER_VALUE = 64;

/** Marks the parts of a preset the user must replace with their own (their domain, their account id). */
export const REPLACE_MARK = 'YOUR-';

export const LOOKUP_PLACEHOLDERS = ['number', 'e164'] as const;
export type LookupPlaceholder = (typeof LOOKUP_PLACEHOLDERS)[number];

export interface CheckedLookup {
  readonly template: CrmLookupTemplate;
  /** The lookup URL's origin (the token goes only there). */
  readonly origin: string;
  /** Every origin a record address may have: the lookup's own and the allowed ones. */
  readonly recordOrigins: ReadonlySet<string>;
  readonly placeholders: readonly LookupPlaceholder[];
  readonly namePaths: readonly (readonly string[])[];
  readonly companyPath: readonly string[] | null;
  readonly recordUrlPath: readonly string[] | null;
  readonly idPath: readonly string[] | null;
  readonly timeoutMs: number;
  readonly cacheMs: number;
}

/** A refusal of a template, with the field it is about (for the settings page to mark it). */
export interface CrmLookupTemplateProblem extends CrmLookupProblem {
  readonly field: keyof CrmLookupTemplate;
}
