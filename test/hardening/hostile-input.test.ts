/**
 * Every entry of the hostile caller-ID corpus as the name, number and DID of a real call: from the
 * demo server over the socket, through the Companion, to the pop card and the history list in
 * Chromium under the app's CSP (text only: no element made, no script run), into the Linux
 * notification text (escaped), into CRM links (the template's origin kept) and into history.jsonl
 * (what reads back is what the app showed).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { popNotice } from '../../src-main/app/pop-notice';
import { displayName, displayNumber } from '../../src-main/app/display-text';
import { viewOfEntry } from '../../src-main/app/call-view';
import type { CallRecord } from '../../src-main/calls/types';
import { buildLink } from '../../src-main/crm/link';
import type { CrmTemplate } from '../../src-main/crm/types';
import { escapeNotificationMarkup, notificationText } from '../../src-main/electron/notification-text';
import type { CallView } from '../../src-main/ipc/contract';
import { HistoryStore } from '../../src-main/storage/history-store';
import { useRendererBrowser } from '../browser/browser-fixture';
import { startCompanionBackend, CRM_URL } from '../support/companion-backend';
import { HOSTILE_CALLER_IDS, withoutOwnIsolates } from '../support/hostile-corpus';
import type { PageWindow } from '../support/page-globals';
import { recordFigures } from '../support/figures';

const CORPUS = HOSTILE_CALLER_IDS;
const figures: Record<string, unknown> = { payloads: CORPUS.length };
afterAll(() => recordFigures('hostile', figures));

function record(text: string): CallRecord {
  return {
    id: 'call-1',
    direction: 'inbound',
    state: 'ringing',
    internal: false,
    callerName: text,
    callerNumber: text,
    did: text,
    transferredFrom: null,
  } as unknown as CallRecord;
}

/** C0/C1 controls and bidi embeddings, overrides and isolates, found by code point (no control-character regex). */
function hasUnsafe(text: string): boolean {
  for (const char of text) {
    const c = char.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
      return true;
  }
  return false;
}

const unescapeMarkup = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe(`the hostile caller-ID corpus (${CORPUS.length} entries)`, () => {
  it('has at least 100 entries, each different', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CORPUS.map((e) => e.text)).size).toBe(CORPUS.length);
  });

  it('Linux notification bodies escape every entry (no markup left, unescaping gives the plain text back); titles stay plain text', () => {
    for (const { label, text } of CORPUS) {
      const notice = popNotice(record(text));
      const linux = notificationText(notice, 'linux');
      expect(linux.body, label).not.toMatch(/[<>]/);
      // Every & starts one of the three entities the escaping writes.
      expect(linux.body.replace(/&(amp|lt|gt);/g, ''), label).not.toContain('&');
      // The spec reads the title as plain text: it reaches the notifier exactly as the app wrote it.
      expect(linux.title, label).toBe(notice.title);
      expect(unescapeMarkup(linux.body), label).toBe(notice.body);
      expect(escapeNotificationMarkup(unescapeMarkup(linux.body)), label).toBe(linux.body);
      // Display-safe already: no control or bidi character reaches the notifier.
      expect(hasUnsafe(withoutOwnIsolates(notice.title)), label).toBe(false);
      expect(hasUnsafe(withoutOwnIsolates(notice.body)), label).toBe(false);
    }
  });

  it('CRM links keep their template origin for every entry, whichever part of the URL the value goes in', () => {
    const templates: CrmTemplate[] = [
      CRM_URL,
      'https://crm.example.com/contacts/{number}/open',
      'https://crm.example.com/search/{name}?line={did}#{number}',
      'https://crm.example.com:8443/{e164}',
      'http://10.0.0.5/c?q={name}{number}',
    ].map((url, i) => ({ id: `t${i}`, label: 'T', url, autoOpen: 'never', rules: {} }));
    let built = 0;
    let refused = 0;
    for (const template of templates) {
      const origin = new URL(template.url.replace(/\{[a-z0-9]+\}/g, 'x')).origin;
      for (const { label, text } of CORPUS) {
        const link = buildLink(
          template,
          { number: text, name: text, did: text, extension: '4224', username: '4224', callId: 'c', time: 0 },
          { defaultCountry: 'US' },
        );
        if (!link.ok) {
          // Refusing is allowed (a too-long link, a value that would be a dot segment); changing the origin is not.
          refused++;
          continue;
        }
        built++;
        const url = new URL(link.value);
        expect(url.origin, `${label} in ${template.url}`).toBe(origin);
        expect(url.username + url.password, label).toBe('');
        expect(/[\s<>"]/.test(link.value) || hasUnsafe(link.value), label).toBe(false);
      }
    }
    expect(built).toBeGreaterThan(refused);
    Object.assign(figures, { crmLinksBuilt: built, crmLinksRefused: refused });
  });
});

const browser = useRendererBrowser();

async function cardFacts(view: { page: Page }) {
  return view.page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    const card = w.document.querySelector('.pop-card');
    return {
      elements: w.document.querySelectorAll('*').length,
      cardElements: card ? card.querySelectorAll('*').length : -1,
      pwned: w.__pwned ?? null,
      heading: card?.querySelector('h2')?.textContent ?? null,
      text: card?.textContent ?? '',
    };
  });
}

const primaryOf = (v: CallView) =>
  (v.callerName?.trim() ? v.callerName : null) ??
  (v.callerNumber?.trim() ? v.callerNumber : null) ??
  'Unknown caller';

describe('the corpus through the whole app, in Chromium under the CSP', () => {
  it(
    'pops, history list and history file show every entry as text, nothing runs, every link keeps its origin',
    { timeout: 120_000 },
    async () => {
      // One card at a time: each card leaves as its call ends (no time after the call, no outcome shown).
      const real = await startCompanionBackend({
        settings: { popStyle: 'both', popAfterCall: 0 },
        popOutcomeMs: 0,
      });
      try {
        const pop = await browser.open(real.backend, { page: 'pop', viewport: { width: 380, height: 520 } });
        // Written the home (GB) way already, so the card has no "as received" toggle, as no corpus entry has.
        const benign = real.ring({ name: 'Ada Lovelace', number: '020 7946 0018', did: '08001234567' });
        await real.until((s) => s.pops.length === 1, 'the benign pop');
        await pop.page.locator('.pop-card h2').waitFor();
        await pop.settled();
        const baseline = await cardFacts(pop);
        benign.hangup();
        await real.until((s) => s.pops.length === 0, 'the benign call to end');

        const shown = new Map<string, CallView>();
        for (const { label, text } of CORPUS) {
          const call = real.ring({ name: text, number: text, did: text });
          await real.until((s) => s.pops.length === 1, `the pop of ${label}`);
          const view = real.latest().pops[0]!;
          shown.set(view.id, view);
          await pop.settled();
          await pop.page.locator('.pop-card h2').waitFor();
          const facts = await cardFacts(pop);
          expect(facts.pwned, label).toBeNull();
          expect(facts.heading, label).toBe(primaryOf(view));
          // The strings make no element: the card has the benign card's shape, or fewer lines when empty.
          expect(facts.cardElements, label).toBeLessThanOrEqual(baseline.cardElements);
          if (view.callerName && view.callerNumber && view.did)
            expect(facts.cardElements, label).toBe(baseline.cardElements);
          expect(await real.companion.invoke('openCrm', { callId: view.id }), label).toEqual({
            ok: true,
            value: null,
          });
          call.hangup();
          await real.until((s) => s.pops.length === 0 && s.liveCalls.length === 0, `the end of ${label}`);
        }
        expect(pop.dialogs).toEqual([]);
        for (const url of real.ports.opened) expect(new URL(url).origin).toBe('https://crm.example.com');
        expect(real.ports.opened).toHaveLength(CORPUS.length);

        // Notifications got display-safe text for every entry (the shell escapes it on Linux).
        const notices = real.ports.shown.slice(1);
        expect(notices).toHaveLength(CORPUS.length);
        for (const n of notices)
          expect(hasUnsafe(withoutOwnIsolates(n.title)) || hasUnsafe(withoutOwnIsolates(n.body))).toBe(false);

        // The main window's history list: every row is text, nothing ran.
        await real.until((s) => s.historyVersion === CORPUS.length + 1, 'every history entry');
        const main = await browser.open(real.backend, { viewport: { width: 800, height: 900 } });
        await main.page.locator('[data-call-id]').first().waitFor();
        const rows = await main.page.locator('[data-call-id]').evaluateAll((list) =>
          list.map((row) => ({
            id: row.getAttribute('data-call-id') ?? '',
            name: row.querySelector('.name')?.textContent ?? null,
            elements: row.querySelectorAll('*').length,
          })),
        );
        expect(rows.length).toBeGreaterThan(5);
        expect(
          await main.page.evaluate(() => (globalThis as unknown as PageWindow).__pwned ?? null),
        ).toBeNull();
        const answer = (await real.companion.invoke('queryHistory', { offset: 0, limit: 500 })) as {
          value: { calls: CallView[] };
        };
        const listed = new Map(answer.value.calls.map((c) => [c.id, c]));
        for (const row of rows) {
          const view = listed.get(row.id)!;
          expect(row.name, row.id).toBe(primaryOf(view));
        }
        expect(
          Math.max(...rows.map((r) => r.elements)) - Math.min(...rows.map((r) => r.elements)),
        ).toBeLessThanOrEqual(2);

        // history.jsonl read back by a fresh store shows what the pops showed (the file keeps the
        // decoder-capped raw text, 128 for names and 64 for numbers; display caps apply on top).
        await real.companion.stop();
        const store = new HistoryStore({ dataDir: real.dataDir });
        const loaded = await store.load();
        expect(loaded.ok && loaded.value.skippedInvalid).toBe(0);
        const entries = store.query({ limit: 500 }).entries;
        await store.close();
        let roundTripped = 0;
        for (const [id, popView] of shown) {
          const entry = entries.find((e) => e.id === id);
          expect(entry, id).toBeDefined();
          const again = viewOfEntry(entry!, real.latest().settings.crm);
          expect(again.callerName, id).toBe(popView.callerName);
          expect(again.callerNumber, id).toBe(popView.callerNumber);
          expect(again.did, id).toBe(popView.did);
          expect(displayName(entry!.callerName)).toBe(popView.callerName);
          expect(displayNumber(entry!.callerNumber)).toBe(popView.callerNumber);
          roundTripped++;
        }
        Object.assign(figures, {
          payloadsThroughBrowser: shown.size,
          historyRoundTrips: roundTripped,
          scriptsRun: 0,
          cspViolations: (await pop.cspViolations()).length + (await main.cspViolations()).length,
        });
      } finally {
        await real.close();
      }
    },
  );
});
