/**
 * Settings → Server: where the iSymphony server is and how it speaks (the protocol profile, the
 * originate request). Part of the one settings schema (settings-schema.ts); strict like all of it.
 */
import { z } from 'zod';
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
      .string({ error: 'The server address must be text, such as pbx.example.com or 192.0.2.10.' })
      .min(1, { error: 'Enter the server address, such as pbx.example.com or 192.0.2.10.' })
      .max(253, { error: 'The server address is too long (at most 253 characters).' })
      .refine((host) => HOST.test(host) || IPV6.test(host), {
        error: 'Enter only the server name or IP address, without "ws://", a port or a path.',
      }),
    port: z
      .number({ error: 'The port must be a number from 1 to 65535.' })
      .int({ error: 'The port must be a whole number from 1 to 65535.' })
      .min(1, { error: 'The port must be a number from 1 to 65535.' })
      .max(65535, { error: 'The port must be a number from 1 to 65535.' }),
    tls: z.boolean({ error: 'Secure connection (TLS) must be on or off.' }),
    trustedCertificateSha256: z
      .string({ error: 'The trusted certificate fingerprint must be text like AB:CD:… or empty.' })
      .regex(FINGERPRINT, {
        error: 'The certificate fingerprint must be 32 pairs of hex digits separated by colons (SHA-256).',
      })
      .transform((fingerprint) => fingerprint.toUpperCase())
      .nullable(),
  })
  .refine((server) => server.tls || server.trustedCertificateSha256 === null, {
    path: ['trustedCertificateSha256'],
    error:
      'A trusted certificate only applies to a secure connection: turn TLS on (wss), or clear the fingerprint.',
  });

export const protocolProfileSchema = z
  .strictObject({
    eventTypes: z
      .partialRecord(
        z.enum(EVENT_KINDS),
        z.string({ error: 'An event name must be text.' }).regex(WIRE_TYPE, {
          error:
            'An event name must start with a letter and use only letters, digits, ".", "_" or "-" (at most 64).',
        }),
      )
      .optional(),
    callerSuffix: z.enum(['1', '2'], { error: 'The calling side must be suffix "1" or "2".' }).optional(),
    callerSuffixByKind: z
      .partialRecord(
        z.enum(TWO_PARTY_KINDS),
        z.enum(['1', '2'], { error: 'The calling side of an event must be suffix "1" or "2".' }),
      )
      .optional(),
    // Where the PBX places calls for "Call back" (protocol notes §4.2); absent: the default, "off": never.
    originate: z
      .union(
        [
          z
            .strictObject({
              path: z.string({ error: 'The originate path must be text.' }),
              method: z.enum(ORIGINATE_METHODS, { error: 'The originate method must be POST or PUT.' }),
              body: z.string({ error: 'The originate body must be text.' }),
            })
            .superRefine((originate, ctx) => {
              const problem = originateProblem(originate);
              if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
            }),
          z.literal('off'),
        ],
        { error: 'The originate request is a path, a method and a body, or "off".' },
      )
      .optional(),
    // Names are checked (identifier, not reserved, no duplicates) by the resolver below.
    fieldNames: z
      .partialRecord(z.enum(PARTY_FIELDS), z.string({ error: 'A field name must be text.' }).max(63))
      .optional(),
  })
  .superRefine((overrides, ctx) => {
    // Duplicate names across kinds are only visible to the profile resolver.
    const resolved = resolveProfile(overrides);
    if (!resolved.ok) {
      const path = /field name/.test(resolved.error.message) ? ['fieldNames'] : ['eventTypes'];
      ctx.addIssue({ code: 'custom', message: resolved.error.message, path });
    }
  });
