/**
 * The caller lookup as the windows see it (Settings → Caller lookup): the presets, the lookup's
 * state, and what "Test lookup" found. Types only.
 */
import type { MessageKey } from '../i18n/catalogues';
import type { MessageRef } from '../i18n/message-ref';
import type { Settings } from '../storage/settings-schema';

/** A CRM lookup template as settings keep it. */
export type CrmLookupTemplateView = NonNullable<Settings['crmLookup']>;

export interface CrmLookupPresetView {
  readonly id: string;
  readonly label: string;
  /** What to do besides storing the token, in one sentence (said in the chosen language). */
  readonly setup: MessageKey;
  readonly template: CrmLookupTemplateView;
}

export interface CrmLookupView {
  readonly presets: readonly CrmLookupPresetView[];
  /** Whether settings hold a lookup template. */
  readonly configured: boolean;
  /** Whether the keychain holds a token for the lookup's address (never the token). */
  readonly tokenStored: boolean;
  readonly status:
    | { readonly kind: 'idle' }
    | { readonly kind: 'answered'; readonly at: number; readonly found: boolean }
    | {
        readonly kind: 'failed';
        readonly at: number;
        readonly code: string;
        /** English (logs); `text` says it in the chosen language when there is one. */
        readonly message: string;
        readonly text?: MessageRef;
      };
}

/**
 * "Test lookup" (Settings → Caller lookup): what the lookup chain says about a number the user
 * typed, with the lookup as typed. `found`: the name and company a card would show (display-safe,
 * untrusted: text only) and where they came from; the phonebook answers first, so the CRM is not
 * asked for a number in it. `none`: nobody named; `failed`: the CRM could not be asked or answered
 * badly, with its code and sentence.
 */
export type LookupTestView =
  | {
      readonly kind: 'found';
      readonly source: 'phonebook' | 'crm';
      readonly name: string | null;
      readonly company: string | null;
      /** The "Open contact" address the lookup found, already checked by the safe-URL policy. */
      readonly recordUrl: string | null;
    }
  | { readonly kind: 'none'; readonly message: string; readonly text?: MessageRef }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string; readonly text?: MessageRef };
