/**
 * At least 10,000 seeded hostile frames through the decoder and the call tracker in process, then
 * the same frames over a real socket (the demo server's emitRaw) into a CallPipeline and into the
 * Companion: no crash, no unhandled rejection, the session live throughout, and every rejection
 * counted exactly as the decoder decides. FUZZ_SEED replays a run; the seed is printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallTracker } from '../../src-main/calls/tracker';
import type { CallRecord } from '../../src-main/calls/types';
import { DEFAULT_LIMITS } from '../../src-main/protocol/limits';
import { decodeFrame } from '../../src-main/protocol/decode';
import { DEFAULT_PROFILE } from '../../src-main/protocol/profile';
import { fuzzFrames, type FuzzFrame } from '../support/fuzz-frames';
import { cleanupsAfterEach } from '../support/cleanup';
import { companionIn, recordingLogger, serverSettings } from '../support/companion-harness';
import { MANAGER, newPipeline, PASSWORD, startServer } from '../integration/pipeline/support';
import { eventually } from '../support/eventually';
import { pause } from './support';
import { recordFigures } from '../support/figures';
import { seededRandom, seedFrom } from '../support/random';

const cleanups = cleanupsAfterEach();
const seed = seedFrom('FUZZ_SEED');
const FRAMES = 10_000;
const frames: FuzzFrame[] = fuzzFrames(seededRandom(seed), FRAMES);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CALL_KINDS = new Set(['dial', 'link', 'linkEnd', 'hangup']);

/** What the decoder says of each frame: the session must count exactly these rejections. */
const verdicts = frames.map((f) => decodeFrame(f.text, DEFAULT_PROFILE));
const expectedRejections = verdicts.filter((v) => !v.ok).length;

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
const figures: Record<string, unknown> = { seed };
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  await recordFigures('fuzz', figures);
});

function byFamily(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of frames) counts[f.family] = (counts[f.family] ?? 0) + 1;
  return counts;
}

function expectSaneRecord(call: CallRecord): void {
  for (const text of [call.callerName, call.callerNumber, call.did, call.calleeName, call.calleeNumber]) {
    if (text === null) continue;
    expect(typeof text).toBe('string');
    expect(text.length).toBeLessThanOrEqual(DEFAULT_LIMITS.maxStringLength);
    expect(LONE_SURROGATE.test(text), 'a lone surrogate').toBe(false);
  }
}

describe(`${FRAMES.toLocaleString('en')} fuzzed frames`, () => {
  it('through the decoder and the tracker: nothing throws, nothing is polluted, every record is sane', () => {
    const tracker = new CallTracker({
      me: { username: '4224', extensions: ['4224'] },
      popInternal: true,
      dnd: false,
      clock: { now: () => 1_700_000_000_000 } as never,
    });
    const codes: Record<string, number> = {};
    let events = 0;
    let changes = 0;
    for (const [i, frame] of frames.entries()) {
      // The verdicts above were computed once; decoding again must give the same answer.
      const again = decodeFrame(frame.text, DEFAULT_PROFILE);
      expect(again.ok, `frame ${i}`).toBe(verdicts[i]!.ok);
      if (!again.ok) {
        codes[again.rejection.code] = (codes[again.rejection.code] ?? 0) + 1;
        expect(again.rejection.message.length).toBeLessThan(300);
        continue;
      }
      const message = again.message;
      if (!CALL_KINDS.has(message.kind)) continue;
      events++;
      for (const change of tracker.handle(message as Parameters<typeof tracker.handle>[0])) {
        changes++;
        expectSaneRecord(change.call);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    // The run exercised both sides: plenty of rejections, plenty of events, some calls for me.
    expect(expectedRejections).toBeGreaterThan(FRAMES / 4);
    expect(events).toBeGreaterThan(FRAMES / 20);
    expect(changes).toBeGreaterThan(0);
    Object.assign(figures, {
      framesFuzzed: FRAMES,
      families: byFamily(),
      rejectedByDecoder: expectedRejections,
      rejectionCodes: codes,
      callEventsReachingTheTracker: events,
      trackerChanges: changes,
    });
  });

  it(
    'over a real socket into a CallPipeline: live throughout, each rejection counted',
    { timeout: 90_000 },
    async () => {
      const server = await startServer();
      const p = newPipeline(server.port, {
        me: { username: '4224', extensions: ['4224'] },
        popInternal: true,
      });
      try {
        p.pipeline.start();
        await eventually(() => p.lives() === 1 && server.clients()[0]?.filters.length === 4, 'live');
        const before = p.pipeline.stats.session.framesReceived;
        for (const frame of frames) server.emitRaw(frame.text, { bypassFilters: true });
        await eventually(
          () => p.pipeline.stats.session.framesReceived - before >= FRAMES,
          'every frame to arrive',
          // 10,000 frames are CPU work: on a loaded machine (the stability run's hogs) they take a while.
          60_000,
        );
        await pause(20);
        expect(p.pipeline.stats.session.rejectedFrames).toBe(expectedRejections);
        expect(p.pipeline.stats.session.oversizeFrames).toBe(0);
        expect(p.lives()).toBe(1);
        expect(p.pipeline.state.kind).toBe('live');
        for (const change of p.changes) expectSaneRecord(change.call);
        // Still useful: a real call after the storm pops.
        const pops = p.pops().length;
        await server.scenarios.missed({ to: '4224', from: { name: 'After', number: '+15550100' } });
        await eventually(() => p.pops().length === pops + 1, 'a pop after the fuzz');
        expect(unhandled).toEqual([]);
        figures.pipelineRejectionsCounted = p.pipeline.stats.session.rejectedFrames;
      } finally {
        await p.pipeline.stop();
        await server.stop();
      }
    },
  );

  it(
    'over a real socket into the Companion: live throughout, each rejection logged with its count, still popping',
    { timeout: 90_000 },
    async () => {
      const server = await startServer();
      const logger = recordingLogger();
      const { companion, latest, recorded, stop } = await companionIn({
        cleanups,
        settings: serverSettings(server.port, {
          popStyle: 'both',
          managerUser: MANAGER,
          popForInternalCalls: true,
        }),
        password: PASSWORD,
        options: { logger },
      });
      try {
        await eventually(() => latest().connection.state === 'live', 'live');
        await eventually(() => (server.clients()[0]?.filters.length ?? 0) > 0, 'the filter');
        for (const frame of frames) server.emitRaw(frame.text, { bypassFilters: true });
        const rejectedSoFar = (): number => {
          for (let i = logger.lines.length - 1; i >= 0; i--) {
            const match = /"rejected":(\d+)/.exec(logger.lines[i]!);
            if (match) return Number(match[1]);
          }
          return 0;
        };
        await eventually(
          () => rejectedSoFar() === expectedRejections,
          'every rejection to be logged',
          60_000,
        );
        await pause(50);
        expect(rejectedSoFar()).toBe(expectedRejections);
        expect(latest().connection.state).toBe('live');
        // The session's rejection lines carry the code and length, never the frame's text.
        const rejectionLines = logger.lines.filter((l) => l.includes('"rejected":'));
        expect(rejectionLines).toHaveLength(expectedRejections);
        expect(rejectionLines.every((l) => !l.includes('polluted') && l.length < 300)).toBe(true);
        expect(logger.lines.filter((l) => l.startsWith('error'))).toEqual([]);
        const state = await companion.invoke('getState', null);
        expect(state).toMatchObject({ connection: { state: 'live' } });
        // Fuzzed userStatus frames may have set me to do-not-disturb, which holds pops (dnd-follow): be available again.
        await server.scenarios.userStatus({ user: '4224', name: 'Available', type: 'available' });
        await eventually(() => !latest().presence.dndFromPresence, 'available again');
        const shown = recorded.shown.length;
        await server.scenarios.missed({ to: '4224', from: { name: 'After', number: '+15550101' } });
        await eventually(() => recorded.shown.length === shown + 1, 'a pop after the fuzz');
        expect(unhandled).toEqual([]);
        figures.companionRejectionsCounted = rejectedSoFar();
        figures.companionPopsDuringFuzz = shown;
      } finally {
        await stop();
        await server.stop();
      }
    },
  );
});
