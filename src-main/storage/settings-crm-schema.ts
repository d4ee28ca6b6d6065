/**
 * Settings → CRM: the link templates and their rules, the default country, and the CRM lookup
 * (whose shape is declared once, in lookup/crm-lookup-shape.ts; its token is in the keychain).
 * Part of the one settings schema (settings-schema.ts); strict like all of it.
 */
import { z } from 'zod';
import { readLookup } from '../lookup/crm-lookup-shape';
import type { CrmLookupTemplate } from '../lookup/crm-lookup-template';

const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const NUMBER_GLOB = /^[0-9+*?#]{1,64}$/;
const COUNTRY = /^[A-Z]{2}$/;

const crmRulesSchema = z.strictObject({
  dids: z
    .array(
      z
        .string({ error: 'Each dialled number must be text.' })
        .min(1, { error: 'A dialled number cannot be empty.' })
        .max(32, { error: 'A dialled number can have at most 32 characters.' }),
    )
    .max(200, { error: 'A rule can list at most 200 dialled numbers.' })
    .optional(),
  caller: z
    .enum(['internal', 'external', 'any'], { error: 'The caller rule must be internal, external or any.' })
    .optional(),
  numberPattern: z
    .string({ error: 'The number pattern must be text.' })
    .regex(NUMBER_GLOB, {
      error: 'The number pattern may use only digits, "+", "#", "*" (any run) and "?" (one digit).',
    })
    .optional(),
});

const crmTemplateSchema = z.strictObject({
  id: z
    .string({ error: 'A template id must be text.' })
    .regex(TEMPLATE_ID, { error: 'A template id must be 1 to 64 letters, digits, "-" or "_".' }),
  label: z
    .string({ error: 'A template name must be text.' })
    .min(1, { error: 'Give the template a name.' })
    .max(80, { error: 'A template name can have at most 80 characters.' }),
  url: z
    .string({ error: 'The link must be text.' })
    .max(2048, { error: 'The link can have at most 2048 characters.' })
    .regex(/^https?:\/\/[^\s]+$/i, {
      error: 'The link must start with http:// or https:// and contain no spaces.',
    }),
  autoOpen: z.enum(['never', 'ring', 'answer'], {
    error: 'Open automatically must be never, ring or answer.',
  }),
  rules: crmRulesSchema,
});

export const crmSchema = z.strictObject({
  templates: z
    .array(crmTemplateSchema)
    .max(20, { error: 'Keep at most 20 CRM templates.' })
    .superRefine((templates, ctx) => {
      const seen = new Set<string>();
      templates.forEach((template, index) => {
        if (seen.has(template.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `Another template already uses the id "${template.id}".`,
            path: [index, 'id'],
          });
        }
        seen.add(template.id);
      });
    }),
  defaultCountry: z
    .string({ error: 'The default country must be a two-letter code such as GB or US.' })
    .regex(COUNTRY, {
      error: 'The default country must be a two-letter code in capitals, such as GB or US.',
    }),
});

export const crmLookupSchema = z.unknown().transform((value, ctx): CrmLookupTemplate | null => {
  if (value === null) return null;
  const read = readLookup(value);
  if (read.ok) return read.value.template;
  ctx.addIssue({
    code: 'custom',
    message: read.error.message,
    path: read.error.field === '' ? [] : [read.error.field],
  });
  return z.NEVER;
});
