import { request } from 'node:http';
import type { CallChange, CallRecord } from '../../../src-main/calls/types';
import { Secret } from '../../../src-main/common/secret';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../../../src-main/demo-server';
import {
  CallPipeline,
  type CallPipelineOptions,
  type CatchUpReport,
} from '../../../src-main/pipeline/call-pipeline';
import { EVENT_SOCKET_PATH, LIVE_API_PATH } from '../../../src-main/protocol/target';
import type { SessionState } from '../../../src-main/session/states';
import { FAST_TIMINGS as COMPANION_TIMINGS, MANAGER } from '../../support/companion-backend';

export { MANAGER };
export const PASSWORD = 'pipeline-Test-pw-7d21';

export function startServer(options: Partial<DemoServerOptions> = {}): Promise<DemoServer> {
  return startDemoServer({ username: MANAGER, password: PASSWORD, ...options });
}

/** The Companion tests' fast timings with a lower backoff cap (jitter is off in `newPipeline`, so delays are what the policy says). */
export const FAST_TIMINGS: CallPipelineOptions['sessionTimings'] = {
  ...COMPANION_TIMINGS,
  backoff: { ...COMPANION_TIMINGS.backoff, capMs: 80 },
  closeWaitMs: 300,
};

export function newPipeline(port: number, extra: Partial<CallPipelineOptions> = {}) {
  const states: SessionState[] = [];
  const changes: CallChange[] = [];
  const catchUps: CatchUpReport[] = [];
  const pipeline = new CallPipeline({
    connection: {
      target: { host: '127.0.0.1', port, tls: false, path: EVENT_SOCKET_PATH },
      managerUsername: MANAGER,
      password: new Secret(PASSWORD),
    },
    me: { username: '4224', extensions: ['4224'] },
    sessionTimings: FAST_TIMINGS,
    random: () => 1,
    restTimeoutMs: 2_000,
    ...extra,
  });
  pipeline.on('connection', (s) => states.push(s));
  pipeline.on('call', (c) => changes.push(c));
  pipeline.on('catchUp', (r) => catchUps.push(r));
  return {
    pipeline,
    states,
    changes,
    catchUps,
    /** The last record of each call, in the order the calls were created. */
    records(): CallRecord[] {
      const last = new Map<string, CallRecord>();
      for (const change of changes) last.set(change.call.id, change.call);
      return [...last.values()];
    },
    pops: () => changes.filter((c) => c.pop !== null),
    lives: () => states.filter((s) => s.kind === 'live').length,
  };
}

/** The demo server's id for an extension (its ids are new on every start), read over its REST API. */
export function extensionId(server: DemoServer, number: string): Promise<string> {
  const path = `${LIVE_API_PATH}/coreServers/getByName/default/extensions/getByName/${number}`;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        headers: { Authorization: `Basic ${Buffer.from(`${MANAGER}:${PASSWORD}`).toString('base64')}` },
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          try {
            resolve((JSON.parse(body) as { id: string }).id);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
