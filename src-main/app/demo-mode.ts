/**
 * Demo mode: the built-in demo server on 127.0.0.1 (an ephemeral port), signed into with manager
 * credentials made up for this run and kept in memory only, and a demo user who gets a call every
 * few seconds. The Companion connects to it exactly as it would to a real server.
 */
import { randomBytes } from 'node:crypto';
import type { Me } from '../calls/types';
import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import { err, ok, type Problem, type Result } from '../common/result';
import { problemSaid } from '../i18n/english';
import { Secret } from '../common/secret';
import type { Settings } from '../storage/settings-schema';
import {
  demoCrmTemplateUrl,
  type DemoServer,
  type DemoServerOptions,
  type DemoUser,
  type TrafficOptions,
} from '../demo-server';
import type { PipelineConnection } from '../pipeline/call-pipeline';
import { EVENT_SOCKET_PATH } from '../protocol/target';
import { SYSTEM_TRUST } from '../session/secure-transport';

export const DEMO_USER: DemoUser = Object.freeze({
  username: 'demo',
  displayName: 'Demo User',
  extension: '1000',
});

/** Colleagues, so that the demo PBX has someone to answer elsewhere or to transfer from. */
export const DEMO_COLLEAGUES: readonly DemoUser[] = Object.freeze([
  { username: 'alex', displayName: 'Alex Kim', extension: '1001' },
  { username: 'sam', displayName: 'Sam Okafor', extension: '1002' },
]);

/**
 * A call for the demo user about every twenty seconds: enough to see the product, calm enough to
 * read a card and click "Open CRM" before the next one rings. Now and then a colleague's status changes, but
 * never the demo user's: only the user changes their own (with "follow do not disturb" on, a status
 * the traffic set would silently hold their pops).
 */
export const DEMO_TRAFFIC: TrafficOptions = Object.freeze({
  users: [DEMO_USER.username],
  callsPerMinute: 3,
  stepMs: 1500,
});
const DEMO_PRESENCE_USERS: readonly string[] = DEMO_COLLEAGUES.map((c) => c.username);

/** The demo CRM's template id (not a saved template: it exists while the demo runs). */
export const DEMO_CRM_TEMPLATE_ID = 'demo-crm';

/** The CRM settings calls use while the demo runs: the user's templates first, then the demo CRM. */
export function withDemoCrm(
  crm: Settings['crm'],
  demo: Pick<DemoRun, 'crmTemplate'> | null,
): Settings['crm'] {
  if (demo === null || crm.templates.some((t) => t.id === DEMO_CRM_TEMPLATE_ID)) return crm;
  return { ...crm, templates: [...crm.templates, demo.crmTemplate] };
}

export type StartDemoServer = (options: DemoServerOptions) => Promise<DemoServer>;

export interface DemoRun {
  readonly connection: PipelineConnection;
  /** "Open CRM" in the demo: the demo server's own CRM page for the caller (offered after the user's own templates). */
  readonly crmTemplate: Settings['crm']['templates'][number];
  readonly me: Me;
  readonly port: number;
  /** Stops the traffic and the server. */
  stop(): Promise<void>;
}

export interface DemoOptions {
  readonly startDemoServer: StartDemoServer;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly traffic?: TrafficOptions;
}

export async function startDemo(options: DemoOptions): Promise<Result<DemoRun, Problem<'demo-failed'>>> {
  // Other local users could reach 127.0.0.1, so the credentials are unguessable, not fixed.
  const managerUsername = `demo-${randomBytes(6).toString('hex')}`;
  const password = new Secret(randomBytes(24).toString('base64url'));
  let server: DemoServer;
  try {
    server = await options.startDemoServer({
      host: '127.0.0.1',
      port: 0,
      username: managerUsername,
      password: password.reveal(),
      users: [DEMO_USER, ...DEMO_COLLEAGUES],
      clock: options.clock,
      random: options.random,
      logger: options.logger,
      crmPage: true,
    });
  } catch (error) {
    options.logger.log('error', 'The demo server could not start.', {
      error: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
    });
    return err(problemSaid('demo-failed', 'demo.failed'));
  }
  let traffic: { stop(): void } | null = null;
  try {
    // Tests may change the pace, never whose status the traffic touches.
    traffic = server.startTraffic({
      ...DEMO_TRAFFIC,
      ...options.traffic,
      presenceUsers: DEMO_PRESENCE_USERS,
    });
  } catch (error) {
    options.logger.log('warn', 'Demo traffic could not start.', {
      error: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
    });
  }
  let stopped: Promise<void> | null = null;
  return ok({
    connection: {
      target: { host: '127.0.0.1', port: server.port, tls: false, path: EVENT_SOCKET_PATH },
      managerUsername,
      password,
      trust: SYSTEM_TRUST,
    },
    me: { username: DEMO_USER.username, extensions: [DEMO_USER.extension] },
    crmTemplate: {
      id: DEMO_CRM_TEMPLATE_ID,
      label: 'Demo CRM',
      url: demoCrmTemplateUrl('127.0.0.1', server.port),
      autoOpen: 'never',
      rules: {},
    },
    port: server.port,
    stop() {
      stopped ??= (async () => {
        traffic?.stop();
        await server.stop();
      })();
      return stopped;
    },
  });
}
