/**
 * Settings → Server: where the iSymphony server is and how it speaks (the protocol profile, the
 * originate request). Part of the one settings schema (settings-schema.ts); strict like all of it.
 */
import { z } from 'zod';
import { says } from './settings-problems';
import { EVENT_KINDS, PARTY_FIELDS, resolveProfile, TWO_PARTY_KINDS } from '../protocol/profile';
import { ORIGINATE_METHODS, originateProblem } from '../protocol/originate';

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV6 = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/;
const FINGERPRINT = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){31}$/;
const WIRE_TYPE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export const serverSchema = z
  .strictObject({
    host: z
      .string({ error: says('validation.hostText') })
      .min(1, { error: says('validation.hostMissing') })
      .max(253, { error: says('validation.hostLength') })
      .refine((host) => HOST.test(host) || IPV6.test(host), {
        error: says('validation.hostOnly'),
      }),
    port: z
      .number({ error: says('validation.portRange') })
      .int({ error: says('validation.portWhole') })
      .min(1, { error: says('validation.portRange') })
      .max(65535, { error: says('validation.portRange') }),
    tls: z.boolean({ error: says('validation.tls') }),
    trustedCertificateSha256: z
      .string({ error: says('validation.fingerprintText') })
      .regex(FINGERPRINT, {
        error: says('validation.fingerprint'),
      })
      .transform((fingerprint) => fingerprint.toUpperCase())
      .nullable(),
  })
  .refine((server) => server.tls || server.trustedCertificateSha256 === null, {
    path: ['trustedCertificateSha256'],
    error: says('validation.fingerprintNeedsTls'),
  });

export const protocolProfileSchema = z
  .strictObject({
    eventTypes: z
      .partialRecord(
        z.enum(EVENT_KINDS),
        z.string({ error: says('validation.eventNameText') }).regex(WIRE_TYPE, {
          error: says('validation.eventName'),
        }),
      )
      .optional(),
    callerSuffix: z.enum(['1', '2'], { error: says('validation.callerSuffix') }).optional(),
    callerSuffixByKind: z
      .partialRecord(
        z.enum(TWO_PARTY_KINDS),
        z.enum(['1', '2'], { error: says('validation.callerSuffixByKind') }),
      )
      .optional(),
    // Where the PBX places calls for "Call back" (protocol notes §4.2); absent: the default, "off": never.
    originate: z
      .union(
        [
          z
            .strictObject({
              path: z.string({ error: says('validation.originatePath') }),
              method: z.enum(ORIGINATE_METHODS, { error: says('validation.originateMethod') }),
              body: z.string({ error: says('validation.originateBody') }),
            })
            .superRefine((originate, ctx) => {
              const problem = originateProblem(originate);
              if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
            }),
          z.literal('off'),
        ],
        { error: says('validation.originate') },
      )
      .optional(),
    // Names are checked (identifier, not reserved, no duplicates) by the resolver below.
    fieldNames: z
      .partialRecord(z.enum(PARTY_FIELDS), z.string({ error: says('validation.fieldNameText') }).max(63))
      .optional(),
  })
  .superRefine((overrides, ctx) => {
    // Duplicate names across kinds are only visible to the profile resolver.
    const resolved = resolveProfile(overrides);
    if (!resolved.ok) {
      const path = resolved.error.text?.key.startsWith('profile.field') ? ['fieldNames'] : ['eventTypes'];
      ctx.addIssue({
        code: 'custom',
        message: resolved.error.message,
        // The sentence's catalogue reference, so the settings page says it in the chosen language.
        ...(resolved.error.text ? { params: { text: resolved.error.text } } : {}),
        path,
      });
    }
  });
