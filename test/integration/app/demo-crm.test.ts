/**
 * The demo shows the product: trying the demo from the first run turns the pop window on, calls come
 * from numbers that normalise to E.164, and "Open CRM" opens the demo server's own CRM page on
 * 127.0.0.1, which shows the caller's record (fetched here over a real socket, no login).
 */
import { describe, expect, it } from 'vitest';
import type { AppState, CallView } from '../../../src-main/ipc/contract';
import { DEMO_CONTACTS } from '../../../src-main/demo-server';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';
import { companionIn } from '../../support/companion-harness';

const cleanups = cleanupsAfterEach();

async function demo() {
  return companionIn({ cleanups, options: { demoTraffic: { callsPerMinute: 600, stepMs: 400 } } });
}

const inboundWithNumber = (s: AppState): CallView | undefined =>
  s.liveCalls.find(
    (c) => c.direction === 'inbound' && !c.internal && c.callerNumber !== null && c.crm.defaultId !== null,
  );

describe('the demo', () => {
  it('turns the pop window on when chosen in the first run, and offers its own CRM page for every outside call', async () => {
    const { companion, latest, recorded } = await demo();
    expect(await companion.invoke('chooseMode', { mode: 'demo' })).toEqual({ ok: true, value: null });
    await eventually(() => latest().mode === 'demo', 'demo mode');
    expect(latest().settings.popStyle).toBe('both');
    // Not a saved template: it lives while the demo runs.
    expect(latest().settings.crm.templates).toEqual([]);

    await eventually(() => inboundWithNumber(latest()) !== undefined, 'an outside call with a number');
    const call = inboundWithNumber(latest())!;
    expect(call.crm).toEqual({ defaultId: 'demo-crm', options: [{ id: 'demo-crm', label: 'Demo CRM' }] });
    expect(await companion.invoke('openCrm', { callId: call.id })).toEqual({ ok: true, value: null });
    const link = recorded.opened.at(-1)!;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/demo-crm\/contact\?number=%2B\d+&raw=/);

    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await page.text();
    const e164 = new URL(link).searchParams.get('number');
    const contact = DEMO_CONTACTS.find((c) => c.number === e164);
    expect(contact, `a demo contact for ${e164}`).toBeDefined();
    expect(html).toContain('data-record="found"');
    expect(html).toContain(contact!.company.replace(/&/g, '&#38;'));
  });
});
