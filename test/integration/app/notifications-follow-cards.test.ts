/**
 * Native notifications follow the pop cards: with the pop style "both", a notification is open only
 * while its call has a card on the deck. A call pushed off the deck by newer calls, dismissed, or no
 * longer ringing takes its notification with it (its card may stay: answered here, it lasts the call),
 * so there are never more notifications than cards.
 * Against the real demo server over 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../../../src-main/demo-server';
import { MAX_POPS } from '../../../src-main/app/pop-deck';
import { eventually } from '../../support/eventually';
import { cleanupsAfterEach } from '../../support/cleanup';
import { demoServerPerFile } from '../../support/demo-server-per-file';
import { liveServerCompanion, type Recorded } from '../../support/companion-harness';

const PASSWORD = 'notices-follow-cards-9d1f';
let server: DemoServer;
const cleanups = cleanupsAfterEach();

demoServerPerFile(PASSWORD, (started) => (server = started));

/** Notifications shown and not closed since (a call shown twice counts once). */
function openNotices(recorded: Recorded): string[] {
  const open = new Set<string>();
  for (const notice of recorded.shown) open.add(notice.callId);
  for (const id of recorded.closed) open.delete(id);
  return [...open].sort();
}

describe('native notifications with the pop style "both"', () => {
  it('are never more than the cards: a call pushed off the deck, dismissed or answered closes its notification', async () => {
    const { companion, latest, recorded } = await liveServerCompanion({
      port: server.port,
      password: PASSWORD,
      cleanups,
      overrides: { popStyle: 'both' },
    });
    const ringing = 8;
    for (let i = 0; i < ringing; i += 1) {
      void server.scenarios.missed({
        to: '4224',
        from: { name: `Caller ${i}`, number: `0207946${1000 + i}` },
        stepMs: 60_000,
      });
      await eventually(() => recorded.shown.length === i + 1, `notification ${i + 1}`);
    }
    // Every call rang and was shown; only the newest MAX_POPS still have a card and a notification.
    // The state is pushed a moment after the notifier is called: wait for it to show every call.
    await eventually(() => latest().liveCalls.length === ringing, 'every call in the state');
    const cards = () =>
      latest()
        .pops.map((p) => p.id)
        .sort();
    expect(cards()).toHaveLength(MAX_POPS);
    expect(openNotices(recorded)).toEqual(cards());

    // Dismissing a card closes its notification.
    const dismissed = latest().pops[0]!.id;
    expect(await companion.invoke('dismissPop', { callId: dismissed })).toEqual({ ok: true, value: null });
    await eventually(() => latest().pops.length === MAX_POPS - 1, 'the card gone');
    expect(recorded.closed).toContain(dismissed);
    expect(openNotices(recorded)).toEqual(cards());

    // A call answered here stops ringing: its notification goes, its card stays for the call.
    const answered = server.scenarios.inboundAnswered({
      to: '4224',
      from: { name: 'Grace', number: '02079460099' },
      stepMs: 150,
    });
    await eventually(() => recorded.shown.some((n) => n.title === 'Grace'), 'the answered call popped');
    const graceId = recorded.shown.find((n) => n.title === 'Grace')!.callId;
    await answered;
    await eventually(() => recorded.closed.includes(graceId), "the answered call's notification closed");
    await eventually(
      () => latest().pops.some((p) => p.id === graceId && p.state !== 'ringing'),
      "the answered call's card, no longer ringing",
    );
    expect(openNotices(recorded)).toEqual(cards().filter((id) => id !== graceId));
    expect(openNotices(recorded).length).toBeLessThanOrEqual(MAX_POPS);
  });
});
