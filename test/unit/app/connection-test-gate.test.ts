import { describe, expect, it } from 'vitest';
import { ConnectionTestGate, TEST_PAUSE_MS } from '../../../src-main/app/connection-test';
import type { ConnectionTestResult } from '../../../src-main/ipc/contract';
import { FakeClock } from '../session/support/fake-clock';

const OK: ConnectionTestResult = { ok: true, code: 'live', message: 'Connected.' };

/** A test run the spec finishes by hand, recording when it started. */
function manualRuns(clock: FakeClock) {
  const started: number[] = [];
  const finishers: (() => void)[] = [];
  const run = () =>
    new Promise<ConnectionTestResult>((resolve) => {
      started.push(clock.now());
      finishers.push(() => resolve(OK));
    });
  return { started, finishers, run };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A gate on a fake clock, with test runs the spec finishes by hand. */
function newGate() {
  const clock = new FakeClock();
  return { clock, gate: new ConnectionTestGate(clock), runs: manualRuns(clock) };
}

/** A gate that has run one test to its end, just now. */
async function gateAfterOneTest() {
  const setup = newGate();
  const first = setup.gate.run(setup.runs.run);
  await settle();
  setup.runs.finishers[0]!();
  await first;
  return setup;
}

describe('Test connection, throttled (a page must not be able to scan ports with it)', () => {
  it('runs one test at a time: a second one while the first runs is refused in words', async () => {
    const { gate, runs } = newGate();
    const first = gate.run(runs.run);
    await settle();
    const second = await gate.run(runs.run);
    expect(second).toMatchObject({ ok: false, code: 'test-busy' });
    expect(second.message).toMatch(/already running/);
    expect(runs.started).toHaveLength(1);
    runs.finishers[0]!();
    expect(await first).toEqual(OK);
  });

  it('pauses between attempts: the next one starts only when the pause after the last has passed', async () => {
    const { clock, gate, runs } = await gateAfterOneTest();
    const finishedAt = clock.now();
    const next = gate.run(runs.run);
    await settle();
    expect(runs.started).toHaveLength(1); // waiting out the pause, not running
    // One waiting is as busy as one running.
    expect(await gate.run(runs.run)).toMatchObject({ ok: false, code: 'test-busy' });
    clock.advance(TEST_PAUSE_MS - 1);
    await settle();
    expect(runs.started).toHaveLength(1);
    clock.advance(1);
    await settle();
    expect(runs.started[1]).toBe(finishedAt + TEST_PAUSE_MS);
    runs.finishers[1]!();
    expect(await next).toEqual(OK);
  });

  it('lets a test through at once when the last one ended longer ago than the pause', async () => {
    const { clock, gate, runs } = await gateAfterOneTest();
    clock.advance(TEST_PAUSE_MS);
    void gate.run(runs.run);
    await settle();
    expect(runs.started).toHaveLength(2);
  });
});
