import { textOf, type MessageRef } from '../i18n/message-ref';
import { buildLink, type LinkOptions } from './link';
import type { CrmTemplate, LinkCall } from './types';

/**
 * The call a template is previewed with when the user has no real one at hand: a national
 * (British) number, a name with a space and an ampersand, and a dialled number (DID), so the
 * preview shows encoding and {e164} at work.
 */
export const SAMPLE_CALL: LinkCall = {
  number: '020 7946 0018',
  name: 'Ada Lovelace & Co',
  did: '+44 20 7946 0000',
  extension: '201',
  username: 'reception',
  callId: 'sample-call-1',
  time: Date.UTC(2025, 0, 15, 9, 30, 0),
};

/** A refusal's `reason` is English (the CLI); `text` says it in the window's language. */
export type LinkPreview =
  | { readonly ok: true; readonly link: string }
  | { readonly ok: false; readonly reason: string; readonly text?: MessageRef };

/** What the template makes for a call (the sample when none is given), or the sentence saying why not. */
export function previewLink(
  template: CrmTemplate | string,
  sampleCall: LinkCall | undefined,
  options: LinkOptions,
): LinkPreview {
  const built = buildLink(template, sampleCall ?? SAMPLE_CALL, options);
  return built.ok
    ? { ok: true, link: built.value }
    : { ok: false, reason: built.error.message, ...textOf(built.error) };
}
