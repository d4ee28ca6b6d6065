/**
 * Main's check of every request payload, with the schemas the request table declares
 * (ipc/contract.ts), built with zod on first use. Strict: unknown keys are refused (so a smuggled
 * `url` in openCrm, or a `password` beside settings, is an error, never ignored), strings and ids
 * are bounded. Settings themselves are checked by the settings validator, which gives per-field
 * problems.
 */
import { z } from 'zod';
import { err, ok, problem, type Problem, type Result } from '../common/result';
import { english, problemSaid } from '../i18n/english';
import type { MessageRef } from '../i18n/message-ref';
import { REQUESTS, type FieldProblem, type ParsedRequest, type RequestChannel } from '../ipc/contract';
import { catalogueWords } from '../storage/settings-problems';
import { fieldText } from '../storage/settings-schema';

export interface RequestProblem {
  readonly error: Problem<'invalid-request' | 'unknown-channel'>;
  readonly fields: readonly FieldProblem[];
}

const built = new Map<RequestChannel, z.ZodType>();

function schemaOf(channel: RequestChannel): z.ZodType {
  let schema = built.get(channel);
  if (!schema) {
    // Each builder returns its own schema type; the table's pairing is restored by parseRequest's cast.
    const payload: (zod: typeof z) => z.ZodType = REQUESTS[channel].payload;
    schema = payload(z);
    built.set(channel, schema);
  }
  return schema;
}

/** Checks one request; the problem names the channel and each bad field, never a value. Never throws. */
export function parseRequest<C extends RequestChannel>(
  channel: C,
  request: unknown,
): Result<ParsedRequest<C>, RequestProblem> {
  let parsed: z.ZodSafeParseResult<unknown>;
  try {
    parsed = schemaOf(channel).safeParse(request);
  } catch {
    // A getter or proxy in the payload that throws: treat as a bad request.
    return err({ error: problemSaid('invalid-request', 'request.unreadable', { channel }), fields: [] });
  }
  if (parsed.success) return ok(parsed.data as ParsedRequest<C>);
  const fields: FieldProblem[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const text: MessageRef = { key: 'request.unknownKey', values: { key: key.slice(0, 64), channel } };
        fields.push({
          path: fieldText([...path, key.slice(0, 64)]),
          message: english(text.key, text.values),
          text,
        });
      }
      continue;
    }
    // The contract's own sentence (ipc/contract.ts): a catalogue key where a person can meet it (a
    // number typed in Test lookup or the phonebook), said in their language; the rest only a broken
    // page meets, and they stay English rather than become a vaguer translated sentence.
    fields.push({ path: fieldText(path), ...(catalogueWords(issue) ?? { message: issue.message }) });
  }
  return err({ error: invalid(channel, fields[0]), fields });
}

/** The request's sentence, quoting its first field's: translatable when that field's sentence is. */
function invalid(channel: string, first: FieldProblem | undefined): Problem<'invalid-request'> {
  if (first === undefined) return problemSaid('invalid-request', 'request.invalid', { channel });
  if (first.text !== undefined && first.path !== '') {
    return problemSaid('invalid-request', 'request.invalidField', {
      channel,
      field: first.path,
      reason: first.text,
    });
  }
  // English only (the field's sentence is), in the catalogue's English words.
  return problem(
    'invalid-request',
    first.path
      ? english('request.invalidField', { channel, field: first.path, reason: first.message })
      : `${english('request.invalid', { channel })} ${first.message}`,
  );
}
