import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../../../src-main/protocol/profile';
import { planScenario } from '../../../src-main/demo-server/scenarios';
import { pickScenario } from '../../../src-main/demo-server/traffic';
import { DEFAULT_USERS, World } from '../../../src-main/demo-server/world';
import { seededRandom } from '../../support/random';

describe('demo traffic', () => {
  it('picks scenarios that plan cleanly for the given users, and a variety of them', () => {
    const world = new World(DEFAULT_USERS, () => crypto.randomUUID());
    const random = seededRandom(42);
    const names = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const pick = pickScenario(random, ['4224', '4225', '4226'], 500);
      names.add(pick.name);
      const plan = planScenario(pick.name, pick.params as never, world, DEFAULT_PROFILE);
      expect(plan.ok).toBe(true);
    }
    expect(names.size).toBeGreaterThanOrEqual(9);
  });

  it('with one user never picks a scenario that needs two', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const pick = pickScenario(random, ['4224'], 0);
      expect(['internal', 'blindTransfer']).not.toContain(pick.name);
    }
  });

  it('replays the same picks from the same seed', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    for (let i = 0; i < 50; i++)
      expect(pickScenario(a, ['4224', '4225'], 0)).toEqual(pickScenario(b, ['4224', '4225'], 0));
  });
});
