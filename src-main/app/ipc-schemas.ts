/**
 * The shape of every request the renderer may send, checked before anything reads it. Strict:
 * unknown keys are refused (so a smuggled `url` in openCrm, or a `password` beside settings, is an
 * error, never ignored), strings and ids are bounded. Settings themselves are checked by the
 * settings validator, which gives per-field problems.
 */
import { z } from 'zod';
import type { FieldProblem, RequestChannel } from '../ipc/contract';
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { fieldText } from '../storage/settings-schema';
import { MAX_STATUS_NAME_LENGTH, MAX_STATUS_NOTE_LENGTH } from '../presence/status-request';
import { STATUS_TYPES } from '../protocol/events';

export const MAX_CALL_ID = 128;
export const MAX_PASSWORD = 1024;
export const MAX_TEMPLATE_URL = 2048;
export const MAX_SEARCH = 100;
export const MAX_HISTORY_OFFSET = 1_000_000;
export const MAX_HISTORY_LIMIT = 500;
/** Year 9999: a return time past it is a mistake, not a plan. */
export const MAX_RETURN_TIME = 253_402_300_799_000;

const callId = z
  .string({ error: 'The call id must be text.' })
  .min(1, { error: 'The call id is empty.' })
  .max(MAX_CALL_ID, { error: `A call id has at most ${MAX_CALL_ID} characters.` });
const templateId = z
  .string({ error: 'The template id must be text.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'A template id is 1 to 64 letters, digits, "-" or "_".' });
const password = z
  .string({ error: 'The password must be text.' })
  .min(1, { error: 'Enter the password.' })
  .max(MAX_PASSWORD, { error: `A password can have at most ${MAX_PASSWORD} characters.` });
/** Channels without a request: nothing, null (the browser harness sends it) or an empty object. */
const nothing = z.union([z.undefined(), z.null(), z.strictObject({})], {
  error: 'This request takes no arguments.',
});

export const REQUEST_SCHEMAS = {
  getState: nothing,
  chooseMode: z.strictObject({
    mode: z.enum(['demo', 'server'], { error: 'Choose "demo" or "server".' }),
  }),
  // `settings` is checked by validateSettings, for field-by-field problems.
  saveSettings: z.strictObject({ settings: z.unknown() }),
  setPassword: z.strictObject({
    password,
    memoryOnly: z.boolean({ error: 'memoryOnly must be true or false.' }).optional(),
  }),
  testConnection: z.strictObject({ settings: z.unknown(), password: password.optional() }),
  retryNow: nothing,
  openCrm: z.strictObject({ callId, templateId: templateId.optional() }),
  copyNumber: z.strictObject({ callId }),
  dismissPop: z.strictObject({ callId }),
  dismissAllPops: nothing,
  setDoNotDisturb: z.strictObject({ enabled: z.boolean({ error: 'enabled must be true or false.' }) }),
  startDemo: nothing,
  stopDemo: nothing,
  queryHistory: z.strictObject({
    search: z
      .string({ error: 'The search must be text.' })
      .max(MAX_SEARCH, { error: `A search has at most ${MAX_SEARCH} characters.` })
      .optional(),
    missedOnly: z.boolean({ error: 'missedOnly must be true or false.' }).optional(),
    offset: z
      .number({ error: 'offset must be a number.' })
      .int({ error: 'offset must be a whole number.' })
      .min(0, { error: 'offset cannot be negative.' })
      .max(MAX_HISTORY_OFFSET, { error: `offset is at most ${MAX_HISTORY_OFFSET}.` }),
    limit: z
      .number({ error: 'limit must be a number.' })
      .int({ error: 'limit must be a whole number.' })
      .min(1, { error: 'limit is at least 1.' })
      .max(MAX_HISTORY_LIMIT, { error: `limit is at most ${MAX_HISTORY_LIMIT}.` }),
  }),
  clearHistory: nothing,
  previewCrmLink: z.strictObject({
    url: z
      .string({ error: 'The link must be text.' })
      .max(MAX_TEMPLATE_URL, { error: `The link can have at most ${MAX_TEMPLATE_URL} characters.` }),
  }),
  // The presence module checks the rest (printable name, future return time) and says why in one sentence.
  setStatus: z.strictObject({
    type: z.enum(STATUS_TYPES, { error: `The status type is one of ${STATUS_TYPES.join(', ')}.` }),
    name: z
      .string({ error: 'The status name must be text.' })
      .max(MAX_STATUS_NAME_LENGTH, {
        error: `A status name has at most ${MAX_STATUS_NAME_LENGTH} characters.`,
      })
      .optional(),
    note: z
      .string({ error: 'The status note must be text.' })
      .max(MAX_STATUS_NOTE_LENGTH, {
        error: `A status note has at most ${MAX_STATUS_NOTE_LENGTH} characters.`,
      })
      .optional(),
    returnTime: z
      .number({ error: 'The return time must be a time in milliseconds, or null for none.' })
      .int({ error: 'The return time must be a whole number of milliseconds.' })
      .min(0, { error: 'The return time cannot be negative.' })
      .max(MAX_RETURN_TIME, { error: 'The return time is too far in the future.' })
      .nullable()
      .optional(),
  }),
} as const satisfies Record<RequestChannel, z.ZodType>;

export type ParsedRequest<C extends RequestChannel> = z.output<(typeof REQUEST_SCHEMAS)[C]>;

export interface RequestProblem {
  readonly error: Problem<'invalid-request' | 'unknown-channel'>;
  readonly fields: readonly FieldProblem[];
}

export function isRequestChannel(channel: unknown): channel is RequestChannel {
  return typeof channel === 'string' && Object.hasOwn(REQUEST_SCHEMAS, channel);
}

/** Checks one request; the problem names the channel and each bad field, never a value. Never throws. */
export function parseRequest<C extends RequestChannel>(
  channel: C,
  request: unknown,
): Result<ParsedRequest<C>, RequestProblem> {
  let parsed: z.ZodSafeParseResult<unknown>;
  try {
    // Indexing by a generic channel loses the pairing of schema and output type; the cast below restores it.
    const schema: z.ZodType = REQUEST_SCHEMAS[channel];
    parsed = schema.safeParse(request);
  } catch {
    // A getter or proxy in the payload that throws: treat as a bad request.
    return err({
      error: problem('invalid-request', `The ${channel} request could not be read.`),
      fields: [],
    });
  }
  if (parsed.success) return ok(parsed.data as ParsedRequest<C>);
  const fields: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fields.push({
          path: fieldText([...path, key.slice(0, 64)]),
          message: `"${key.slice(0, 64)}" is not part of the ${channel} request.`,
        });
      }
      continue;
    }
    fields.push({ path: fieldText(path), message: issue.message });
  }
  const first = fields[0];
  const detail = first ? ` ${first.path ? `${first.path}: ` : ''}${first.message}` : '';
  return err({
    error: problem('invalid-request', `The ${channel} request was not valid.${detail}`),
    fields,
  });
}
