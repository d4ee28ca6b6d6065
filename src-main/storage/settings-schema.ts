import { z } from 'zod';
import { isGlobalAccelerator } from './accelerator';
import type { CrmSettings } from '../crm/types';
import type { ProtocolProfileOverrides } from '../protocol/profile';
import { err, ok, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import { DEFAULT_CORE_SERVER, parseCoreServer } from '../protocol/core-server';
import { says, toFieldProblems, type SettingsFieldProblem, type SettingsProblem } from './settings-problems';
import { CLOCK_SETTINGS, LANGUAGE_SETTINGS } from '../i18n/languages';
import { crmLookupSchema, crmSchema } from './settings-crm-schema';
import { protocolProfileSchema, serverSchema } from './settings-server-schema';

export { fieldText, type SettingsFieldProblem, type SettingsProblem } from './settings-problems';

/**
 * The one settings object, as kept in settings.json (next to a `schemaVersion` that the store owns).
 * Every object is strict: an unknown key is a problem, never silently kept or dropped, so a
 * `password` that someone adds by hand or by a bug is refused instead of being written back to disk.
 * The server's and the CRM's sections have files of their own (settings-server-schema.ts,
 * settings-crm-schema.ts).
 */

const EXTENSION = /^[0-9]{1,15}$/;
/** A dialled number as an administrator writes it: digits, "+", "*", "#", spaces and the usual separators. */
const DID_NUMBER = /^[0-9+*#][0-9+*# ()./-]{0,31}$/;
// eslint-disable-next-line no-control-regex -- a label is shown on every card: no control characters in it
const LABEL_CONTROL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
export const MAX_DID_LABELS = 200;
/** The main window's text size settings, in percent (Settings → General). */
export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
/** Where on its display the pop window sits. */
export const POP_CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;

export { isGlobalAccelerator };

const AFTER_CALL_ERROR = says('validation.afterCall');

/** "Which line did they call": a dialled number (DID) and the name the card shows for it. */
const didLabelSchema = z.strictObject({
  did: z.string({ error: says('validation.didText') }).regex(DID_NUMBER, {
    error: says('validation.didDigits'),
  }),
  label: z
    .string({ error: says('validation.lineNameText') })
    .trim()
    .min(1, { error: says('validation.lineNameEmpty') })
    .max(80, { error: says('validation.lineNameLength') })
    .refine((label) => !LABEL_CONTROL.test(label), {
      error: says('validation.lineNameControl'),
    }),
});

const didLabelsSchema = z
  .array(didLabelSchema)
  .max(MAX_DID_LABELS, { error: says('validation.didLabelsMax') })
  .superRefine((labels, ctx) => {
    const seen = new Set<string>();
    labels.forEach((entry, index) => {
      const digits = entry.did.replace(/[^0-9+*#]/g, '');
      if (seen.has(digits)) {
        ctx.addIssue({
          code: 'custom',
          message: says('validation.didTwice'),
          params: { did: entry.did },
          path: [index, 'did'],
        });
      }
      seen.add(digits);
    });
  });

export const settingsSchema = z
  .strictObject({
    mode: z.enum(['demo', 'server'], { error: says('validation.mode') }),
    server: serverSchema,
    managerUser: z
      .string({ error: says('validation.managerText') })
      .min(1, { error: says('validation.managerEmpty') })
      .max(128, { error: says('validation.managerLength') })
      // HTTP Basic authentication cannot carry a user name with a colon in it.
      .refine(
        (name) =>
          !name.includes(':') && ![...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f),
        {
          error: says('validation.managerColon'),
        },
      ),
    // Added after format 3 with a default, so files written before it still load without a migration.
    coreServer: z
      .string({ error: says('validation.coreServerText') })
      .refine((text) => parseCoreServer(text) !== null, {
        error: says('validation.coreServer'),
      })
      .transform((text) => text.trim())
      .default(DEFAULT_CORE_SERVER),
    isymphonyUser: z
      .string({ error: says('validation.userText') })
      .max(128, { error: says('validation.userLength') }),
    extensions: z
      .array(
        z
          .string({ error: says('validation.extensionText') })
          .regex(EXTENSION, { error: says('validation.extensionDigits') }),
      )
      .max(100, { error: says('validation.extensionsMax') })
      .refine((list) => new Set(list).size === list.length, {
        error: says('validation.extensionsTwice'),
      }),
    protocolProfile: protocolProfileSchema,
    popStyle: z.enum(['notification', 'window', 'both', 'off'], {
      error: says('validation.popStyle'),
    }),
    popDisplay: z.union(
      [
        z.literal('cursor'),
        z
          .number()
          .int()
          .nonnegative({ error: says('validation.displayId') }),
      ],
      { error: says('validation.popDisplay') },
    ),
    // Which corner of the display the pop window sits in; added after format 3 with a default.
    popCorner: z
      .enum(POP_CORNERS, {
        error: says('validation.popCorner'),
      })
      .default('bottom-right'),
    autoOpenCrm: z.enum(['never', 'ring', 'answer'], {
      error: says('validation.autoOpenCrm'),
    }),
    // Added after format 3 with a default, so files written before it still load without a migration.
    popAfterCall: z
      .union(
        [
          z
            .number()
            .int({ error: AFTER_CALL_ERROR })
            .min(0, { error: AFTER_CALL_ERROR })
            .max(3600, { error: AFTER_CALL_ERROR }),
          z.literal('until-closed'),
        ],
        { error: AFTER_CALL_ERROR },
      )
      .default(10),
    // Dialled before an outside number by "Call back" (e.g. "9"); added after format 3 with a default.
    outsideLinePrefix: z
      .string({ error: says('validation.prefixText') })
      .regex(/^[0-9]{0,4}$/, { error: says('validation.prefixDigits') })
      .default(''),
    // The names of the numbers callers dial ("Acme – Sales"); added after format 3 with a default.
    didLabels: didLabelsSchema.default([]),
    // A notification that stays for each missed call; added after format 3 with a default (off: see docs/companion.md).
    missedCallNotification: z.boolean({ error: says('validation.missedNotification') }).default(false),
    // The sound a pop plays while its call rings, and how loud (0–100); added after format 3 with defaults.
    ringSound: z
      .enum(['off', 'chime', 'bell', 'pulse'], { error: says('validation.ringSound') })
      .default('off'),
    ringVolume: z
      .number({ error: says('validation.ringVolume') })
      .int({ error: says('validation.ringVolumeWhole') })
      .min(0, { error: says('validation.ringVolume') })
      .max(100, { error: says('validation.ringVolume') })
      .default(70),
    popForInternalCalls: z.boolean({ error: says('validation.internalCalls') }),
    doNotDisturb: z.boolean({ error: says('validation.doNotDisturb') }),
    followPresenceDnd: z.boolean({ error: says('validation.followDnd') }),
    crm: crmSchema,
    // Who is calling, asked of a CRM over HTTP (null: off); added after format 3 with a default.
    crmLookup: crmLookupSchema.default(null),
    globalShortcut: z
      .string({ error: says('validation.shortcutText') })
      .refine(isGlobalAccelerator, {
        error: says('validation.shortcutKeys'),
      })
      .nullable(),
    startAtLogin: z.boolean({ error: says('validation.startAtLogin') }),
    // Added after format 3 with defaults: this app handles tel:, callto: and sip: links only when the
    // user turns it on; the clipboard shortcut has none until one is chosen.
    callLinks: z.boolean({ error: says('validation.callLinks') }).default(false),
    dialShortcut: z
      .string({ error: says('validation.dialShortcutText') })
      .refine(isGlobalAccelerator, {
        error: says('validation.dialShortcutKeys'),
      })
      .nullable()
      .default(null),
    theme: z.enum(['system', 'light', 'dark'], { error: says('validation.theme') }),
    // The main window's text and controls, in percent; added after format 3 with a default.
    textSize: z.literal(TEXT_SIZES, { error: says('validation.textSize') }).default(100),
    // Added with the translations, with defaults: older files follow the system's language and clock.
    language: z.enum(LANGUAGE_SETTINGS, { error: says('validation.language') }).default('system'),
    clock: z.enum(CLOCK_SETTINGS, { error: says('validation.clock') }).default('locale'),
  })
  .superRefine((settings, ctx) => {
    // One key cannot do two things: the second registration would fail with a less helpful word.
    if (settings.dialShortcut !== null && settings.dialShortcut === settings.globalShortcut) {
      ctx.addIssue({
        code: 'custom',
        path: ['dialShortcut'],
        message: says('validation.dialShortcutSame'),
      });
    }
  });

export type Settings = z.infer<typeof settingsSchema>;

// The schema must produce what the CRM and protocol modules read; these fail to compile if it drifts.
type AssignableTo<T extends U, U> = T;
export type _CrmSettingsFit = AssignableTo<Settings['crm'], CrmSettings>;
export type _ProfileFit = AssignableTo<Settings['protocolProfile'], ProtocolProfileOverrides>;

/** Frozen, for reading; `defaultSettings()` gives a copy to keep and change. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  mode: 'demo',
  server: Object.freeze({ host: '127.0.0.1', port: 58080, tls: false, trustedCertificateSha256: null }),
  managerUser: 'manager',
  coreServer: DEFAULT_CORE_SERVER,
  isymphonyUser: '',
  extensions: [],
  protocolProfile: Object.freeze({}),
  popStyle: 'notification',
  popDisplay: 'cursor',
  popCorner: 'bottom-right',
  autoOpenCrm: 'never',
  popAfterCall: 10,
  outsideLinePrefix: '',
  didLabels: [],
  missedCallNotification: false,
  ringSound: 'off',
  ringVolume: 70,
  popForInternalCalls: false,
  doNotDisturb: false,
  followPresenceDnd: true,
  crm: Object.freeze({ templates: [], defaultCountry: 'GB' }),
  crmLookup: null,
  globalShortcut: 'CommandOrControl+Shift+K',
  startAtLogin: false,
  callLinks: false,
  dialShortcut: null,
  theme: 'system',
  textSize: 100,
  language: 'system',
  clock: 'locale',
}) as Settings;

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

/** Checks anything (a parsed file, an IPC payload) against the settings shape. Never throws. */
export function validateSettings(input: unknown): Result<Settings, SettingsProblem> {
  const parsed = settingsSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const fields = toFieldProblems(input, parsed.error.issues);
  return err({ ...settingsInvalid(fields), fields });
}

/** What refused settings say as a whole: one field's problem in full, or how many are marked. */
export function settingsInvalid(fields: readonly Pick<SettingsFieldProblem, 'message' | 'text'>[]) {
  const first = fields[0];
  return fields.length === 1 && first
    ? problemSaid('settings-invalid', 'validation.oneInvalid', { detail: first.text ?? first.message })
    : problemSaid('settings-invalid', 'validation.someInvalid', { count: fields.length });
}
