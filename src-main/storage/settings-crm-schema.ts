/**
 * Settings → CRM: the link templates and their rules, the default country, and the CRM lookup
 * (whose shape is declared once, in lookup/crm-lookup-shape.ts; its token is in the keychain).
 * Part of the one settings schema (settings-schema.ts); strict like all of it.
 */
import { z } from 'zod';
import { says } from './settings-problems';
import { readLookup } from '../lookup/crm-lookup-shape';
import type { CrmLookupTemplate } from '../lookup/crm-lookup-template';

const TEMPLATE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const NUMBER_GLOB = /^[0-9+*?#]{1,64}$/;
const COUNTRY = /^[A-Z]{2}$/;

const crmRulesSchema = z.strictObject({
  dids: z
    .array(
      z
        .string({ error: says('validation.ruleDidText') })
        .min(1, { error: says('validation.ruleDidEmpty') })
        .max(32, { error: says('validation.ruleDidLength') }),
    )
    .max(200, { error: says('validation.ruleDidsMax') })
    .optional(),
  caller: z.enum(['internal', 'external', 'any'], { error: says('validation.ruleCallers') }).optional(),
  numberPattern: z
    .string({ error: says('validation.patternText') })
    .regex(NUMBER_GLOB, {
      error: says('validation.pattern'),
    })
    .optional(),
});

const crmTemplateSchema = z.strictObject({
  id: z
    .string({ error: says('validation.templateIdText') })
    .regex(TEMPLATE_ID, { error: says('validation.templateId') }),
  label: z
    .string({ error: says('validation.templateNameText') })
    .min(1, { error: says('validation.templateNameEmpty') })
    .max(80, { error: says('validation.templateNameLength') }),
  url: z
    .string({ error: says('validation.linkText') })
    .max(2048, { error: says('validation.linkLength') })
    .regex(/^https?:\/\/[^\s]+$/i, {
      error: says('validation.link'),
    }),
  autoOpen: z.enum(['never', 'ring', 'answer'], {
    error: says('validation.templateAutoOpen'),
  }),
  rules: crmRulesSchema,
});

export const crmSchema = z.strictObject({
  templates: z
    .array(crmTemplateSchema)
    .max(20, { error: says('validation.templatesMax') })
    .superRefine((templates, ctx) => {
      const seen = new Set<string>();
      templates.forEach((template, index) => {
        if (seen.has(template.id)) {
          ctx.addIssue({
            code: 'custom',
            message: says('validation.templateIdTwice'),
            params: { id: template.id },
            path: [index, 'id'],
          });
        }
        seen.add(template.id);
      });
    }),
  defaultCountry: z.string({ error: says('validation.countryText') }).regex(COUNTRY, {
    error: says('validation.country'),
  }),
});

export const crmLookupSchema = z.unknown().transform((value, ctx): CrmLookupTemplate | null => {
  if (value === null) return null;
  const read = readLookup(value);
  if (read.ok) return read.value.template;
  ctx.addIssue({
    code: 'custom',
    message: read.error.message,
    // The sentence's catalogue reference, so the settings page says it in the chosen language.
    ...(read.error.text ? { params: { text: read.error.text } } : {}),
    path: read.error.field === '' ? [] : [read.error.field],
  });
  return z.NEVER;
});
