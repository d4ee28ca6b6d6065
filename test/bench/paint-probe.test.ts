/**
 * The app bench's measuring parts (paint-probe.ts), checked for what they measure, never for how
 * fast anything is: the clock check finds a known offset, and the floor page paints every frame it
 * is sent, with stamps in order and none before the frame was sent.
 */
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach } from '../support/cleanup';
import { clockOffset, spanOf, startFloor, tighter, wallClock } from './paint-probe';

const cleanups = cleanupsAfterEach();

describe('the clock check', () => {
  it('finds a page clock 250 ms ahead of ours, within the bound it reports', async () => {
    const check = await clockOffset(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return wallClock() + 250;
    }, 9);
    expect(check.boundMs).toBeGreaterThanOrEqual(0);
    expect(Math.abs(check.offsetMs - 250)).toBeLessThanOrEqual(check.boundMs);
  });

  it('keeps the check with the smaller bound, and takes its offset off a page stamp', () => {
    const loose = { offsetMs: 5, boundMs: 2 };
    const close = { offsetMs: 1, boundMs: 0.5 };
    expect(tighter(loose, close)).toBe(close);
    expect(tighter(close, loose)).toBe(close);
    expect(spanOf(1000, { inDom: 1004, frame: 1009, painted: 1011 }, close)).toEqual({
      inDomMs: 3,
      frameMs: 8,
      paintedMs: 10,
    });
  });
});

describe('the floor', () => {
  it('paints each frame it is sent: stamps in order, after the send, and the same when asked', async () => {
    const floor = await startFloor('callerIdName1');
    cleanups.push(() => floor.close());
    const clock = await floor.checkClock();
    expect(Number.isFinite(clock.offsetMs)).toBe(true);
    for (const name of ['Floor One', 'Floor Two', 'Floor Three']) {
      const span = await floor.deliver(JSON.stringify({ type: 'dial', callerIdName1: name }), name);
      // Causality, not speed: nothing is in the page before the frame left, beyond the clock's error.
      expect(span.inDomMs).toBeGreaterThanOrEqual(-clock.boundMs);
      expect(span.frameMs).toBeGreaterThanOrEqual(span.inDomMs);
      expect(span.paintedMs).toBeGreaterThanOrEqual(span.frameMs);
      // The stamps the page reported on its own are the ones it answers with when asked.
      const asked = spanOf(0, await floor.paintOf(name), { offsetMs: 0, boundMs: 0 });
      expect(asked.paintedMs - asked.inDomMs).toBeCloseTo(span.paintedMs - span.inDomMs, 6);
    }
  });
});
