/**
 * Discovery against the demo server over real sockets on 127.0.0.1: the client does not know the
 * server's dialect; it listens to everything, records what names the user, and proposes a profile.
 */
import { describe, expect, it } from 'vitest';
import { Secret } from '../../../src-main/common/secret';
import { startDemoServer, type DemoServer } from '../../../src-main/demo-server';
import { DIALECTS, type DialectName } from '../../../src-main/demo-server/dialects';
import type { DemoServerOptions } from '../../../src-main/demo-server/types';
import { Discovery } from '../../../src-main/discovery/discovery';
import type { Proposal } from '../../../src-main/discovery/propose';
import { resolveProfile } from '../../../src-main/protocol/profile';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';

const PASSWORD = 'Discover-pw-3a9c!';
const cleanups = cleanupsAfterEach();
const CALLER = { name: 'Ada Lovelace', number: '+445555550123' };

async function server(options: Partial<DemoServerOptions> = {}): Promise<DemoServer> {
  const s = await startDemoServer({ username: 'manager', password: PASSWORD, ...options });
  cleanups.push(() => s.stop());
  return s;
}

async function listening(s: DemoServer, username = '4224', extensions = ['4224']) {
  const discovery = new Discovery({
    connection: {
      target: { host: '127.0.0.1', port: s.port, tls: false, path: '/communication_manager/ws/event' },
      managerUsername: 'manager',
      password: new Secret(PASSWORD),
    },
    identity: { username, extensions },
  });
  const sure: Proposal[] = [];
  discovery.on('sure', (p) => sure.push(p));
  discovery.start();
  cleanups.push(() => discovery.stop());
  await eventually(() => discovery.state.kind === 'live', 'live');
  // No filter passes everything, so the server need not have read the (empty) filter message yet.
  await eventually(() => s.clients().length === 1, 'the connection at the server');
  return { discovery, sure };
}

function resolvedDialect(name: DialectName) {
  const r = resolveProfile(DIALECTS[name]);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('discovery against a server in a dialect it does not know', () => {
  it('finds the foreign dialect from one answered test call, with high confidence, and ends early', async () => {
    const s = await server({ dialect: 'foreign' });
    const { discovery, sure } = await listening(s);
    // Someone else's call first: it must not count as the user's.
    await s.scenarios.inboundAnswered({ to: '4225', from: CALLER });
    await s.scenarios.inboundAnswered({ to: '4224', from: CALLER });
    await eventually(() => sure.length === 1, 'discovery to be sure');
    const proposal = discovery.proposal();
    expect(proposal.confidence).toBe('high');
    expect(proposal.resolved.eventTypes).toMatchObject({
      dial: 'CallRinging',
      link: 'CallConnected',
      linkEnd: 'CallDisconnected',
      hangup: 'ChannelClosed',
    });
    expect(proposal.resolved.callerSuffixes).toEqual({ dial: '2', link: '2', linkEnd: '2' });
    expect(proposal.resolved.fieldNames).toEqual(resolvedDialect('foreign').fieldNames);
    expect(proposal.profile).toMatchObject({ callerSuffix: '2', fieldNames: DIALECTS.foreign.fieldNames });
    const topics = proposal.evidence.map((e) => e.topic);
    expect(topics).toEqual(
      expect.arrayContaining(['types', 'dial', 'link', 'linkEnd', 'hangup', 'callerSuffix']),
    );
    expect(proposal.evidence.find((e) => e.topic === 'dial')?.finding).toContain('"CallRinging"');
  });

  it('finds the standard vocabulary as the defaults', async () => {
    const s = await server();
    const { discovery, sure } = await listening(s);
    await s.scenarios.ringGroup({ to: ['4224', '4225'], answeredBy: '4224', from: CALLER });
    await eventually(() => sure.length === 1, 'discovery to be sure');
    const proposal = discovery.proposal();
    expect(proposal.confidence).toBe('high');
    expect(proposal.profile).toEqual({ eventTypes: {}, callerSuffix: '1' });
  });

  it('says low when the test call was not answered, naming what it could not see', async () => {
    const s = await server({ dialect: 'foreign' });
    const { discovery, sure } = await listening(s);
    const run = await s.scenarios.missed({ to: '4224', from: CALLER });
    await eventually(() => discovery.eventsSeen >= run.events.length, 'every event');
    const proposal = discovery.proposal();
    expect(sure).toEqual([]);
    expect(proposal.confidence).toBe('low');
    expect(proposal.resolved.eventTypes.dial).toBe('CallRinging');
    expect(proposal.resolved.eventTypes.hangup).toBe('ChannelClosed');
    expect(
      proposal.evidence
        .filter((e) => e.topic === 'undecided')
        .map((e) => e.finding)
        .join(' '),
    ).toContain('answered (link)');
  });

  it('says none, plainly, when nothing named the user', async () => {
    const s = await server({ dialect: 'foreign' });
    const { discovery } = await listening(s, 'nobody', ['9999']);
    const run = await s.scenarios.inboundAnswered({ to: '4224', from: CALLER });
    await eventually(() => discovery.eventsSeen >= run.events.length, 'every event');
    const proposal = discovery.proposal();
    expect(proposal.confidence).toBe('none');
    expect(proposal.evidence.at(-1)?.finding).toContain('No event named the user');
    expect(proposal.evidence[0]?.types?.map((t) => t.type)).toContain('CallRinging');
  });
});
