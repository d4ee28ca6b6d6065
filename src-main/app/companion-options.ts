/** What `createCompanion` is built from: the data folder, the desktop ports and the seams tests use. */
import type { Clock, Random } from '../common/clock';
import type { Logger } from '../common/log';
import type { LogRing } from '../common/log-ring';
import type { TrafficOptions } from '../demo-server';
import type { CrmLookup } from '../lookup/lookup-chain';
import type { CallPipelineOptions } from '../pipeline/call-pipeline';
import type { SecretStore } from '../storage/secret-store';
import type { StartDemoServer } from './demo-mode';
import type { DesktopPorts } from './ports';
import type { RingTiming } from './ring-plan';

export interface CompanionOptions {
  /** The app's data folder (settings.json, history.jsonl). */
  readonly dataDir: string;
  readonly ports: DesktopPorts;
  readonly logger?: Logger;
  /** `process.platform`-like: picks the keychain's sentences. */
  readonly platform?: NodeJS.Platform;
  readonly appVersion?: string;
  /** Default: the OS keychain through keytar. The user may switch to memory-only when it is unavailable. */
  readonly secretStore?: SecretStore;
  readonly clock?: Clock;
  readonly random?: Random;
  /** Seam for demo mode; default the real demo server. */
  readonly startDemoServer?: StartDemoServer;
  /** Demo traffic pacing (tests make it fast); default a call about every five seconds. */
  readonly demoTraffic?: TrafficOptions;
  /** Pipeline tuning for tests: session timings, sweep interval, REST timeout. */
  readonly pipeline?: Pick<
    CallPipelineOptions,
    'sessionTimings' | 'sweepIntervalMs' | 'restTimeoutMs' | 'connectionLostGraceMs'
  >;
  /** How long "Test connection" waits for the socket to open (default 10 s). */
  readonly connectionTestTimeoutMs?: number;
  /** How long a card answered elsewhere or missed shows its outcome (default POP_OUTCOME_MS). */
  readonly popOutcomeMs?: number;
  /** How long a status change waits for the server's event before a re-read decides (default 5 s). */
  readonly presenceConfirmTimeoutMs?: number;
  /** How long "Detect call events" listens at most (default two minutes). */
  readonly detectionListenMs?: number;
  /** The last log lines for the diagnostics report; default a new ring (tests plant lines in theirs). */
  readonly logRing?: LogRing;
  /** How long a card waits for a caller lookup before it keeps what the PBX sent (default 1.5 s). */
  readonly lookupBudgetMs?: number;
  /**
   * The CRM lookup slot of the lookup chain (docs/lookup.md), asked when the phonebook has no entry.
   * Left out: the one the CRM lookup settings set up (crm-lookup-control.ts); tests put a stand-in here.
   */
  readonly crmLookup?: () => CrmLookup | null;
  /** How often the ring sound repeats and for how long at most (default ring-plan.ts's); tests shorten them. */
  readonly ringTiming?: RingTiming;
  /** The machine-wide defaults file an administrator may deploy (docs/administration.md); none when left out. */
  readonly machineDefaultsPath?: string;
  /** The OS's preferred languages, most wanted first (BCP 47); Settings → Language "system" follows them. Default English. */
  readonly systemLanguages?: readonly string[];
}
