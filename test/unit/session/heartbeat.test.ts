import { describe, expect, it } from 'vitest';
import { Heartbeat } from '../../../src-main/session/heartbeat';
import { FakeClock } from './support/fake-clock';

function setup() {
  const clock = new FakeClock();
  const seen = { pings: 0, dead: 0 };
  const heartbeat = new Heartbeat({
    clock,
    intervalMs: 15_000,
    timeoutMs: 10_000,
    ping: () => seen.pings++,
    onDead: () => seen.dead++,
  });
  return { clock, seen, heartbeat };
}

describe('heartbeat', () => {
  it('pings every 15 s and stays quiet while pongs come back', () => {
    const { clock, seen, heartbeat } = setup();
    heartbeat.start();
    clock.advance(14_999);
    expect(seen.pings).toBe(0);
    clock.advance(1);
    expect(seen.pings).toBe(1);
    for (let i = 2; i <= 6; i++) {
      clock.advance(1_000);
      heartbeat.alive();
      clock.advance(14_000);
      expect(seen.pings).toBe(i);
    }
    expect(seen.dead).toBe(0);
  });

  it('declares the connection dead when no pong arrives within 10 s of a ping', () => {
    const { clock, seen, heartbeat } = setup();
    heartbeat.start();
    clock.advance(15_000);
    expect(seen.pings).toBe(1);
    clock.advance(9_999);
    expect(seen.dead).toBe(0);
    clock.advance(1);
    expect(seen.dead).toBe(1);
    // Once dead it stays stopped: no more pings, no second verdict.
    clock.advance(120_000);
    expect(seen.pings).toBe(1);
    expect(seen.dead).toBe(1);
    expect(clock.pending).toBe(0);
  });

  it('counts any inbound frame as a sign of life', () => {
    const { clock, seen, heartbeat } = setup();
    heartbeat.start();
    clock.advance(15_000);
    clock.advance(9_000);
    heartbeat.alive(); // e.g. an event arrived instead of the pong
    clock.advance(5_000);
    expect(seen.dead).toBe(0);
    expect(seen.pings).toBe(1);
  });

  it('does not stack pings while one is outstanding, and a probe pings at once', () => {
    const { clock, seen, heartbeat } = setup();
    heartbeat.start();
    heartbeat.probe();
    expect(seen.pings).toBe(1);
    heartbeat.probe();
    expect(seen.pings).toBe(1);
    clock.advance(10_000);
    expect(seen.dead).toBe(1);
  });

  it('stop cancels every timer', () => {
    const { clock, seen, heartbeat } = setup();
    heartbeat.start();
    clock.advance(15_000);
    heartbeat.stop();
    expect(clock.pending).toBe(0);
    clock.advance(60_000);
    expect(seen.dead).toBe(0);
  });
});
