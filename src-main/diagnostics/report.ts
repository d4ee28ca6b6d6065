/**
 * The diagnostics report for support tickets (issue 11 §3): versions, OS, settings without
 * secrets, the protocol profile, the last connection problems, event counts of the last hour,
 * fields that could not be read, and the last log lines. The app ("Copy diagnostics") and the
 * command line (`isymphony-companion diagnose`) build it here, the same way; it is scrubbed as a
 * whole before anyone sees it, so no secret reaches it even if one slipped into a log line.
 */
import { arch, platform, release } from 'node:os';
import type { UnreadableFields } from '../protocol/field-reader';
import type { ConnectionProblemEntry, DiagnosticsRecorder } from './recorder';
import { scrubDeep } from './scrub';

/** Only the counts the REST client keeps (`LiveApiClient.unreadableFields()`). */
export interface RestUnreadable {
  readonly skippedItems: number;
  readonly fields: readonly { readonly field: string; readonly count: number }[];
}

export interface ReportInput {
  readonly source: 'app' | 'command line';
  readonly appVersion: string;
  readonly now: number;
  /** The settings (or the command's flags) as they are; secrets are taken out here. */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly protocolProfile: unknown;
  readonly connection: { readonly state: string; readonly code: string; readonly message: string } | null;
  readonly warnings?: readonly { readonly code: string; readonly message: string }[];
  readonly recorder: Pick<DiagnosticsRecorder, 'problems' | 'eventsLastHour'> | null;
  readonly unreadable: { readonly events: UnreadableFields | null; readonly rest: RestUnreadable | null };
  readonly logLines: readonly string[];
  /** Every secret in play (the password, the demo's): none may appear in the report. */
  readonly secrets: readonly string[];
}

export interface DiagnosticsReport {
  readonly report: 'isymphony-companion diagnostics';
  readonly generatedAt: string;
  readonly source: ReportInput['source'];
  readonly versions: {
    readonly app: string;
    readonly node: string | null;
    readonly electron: string | null;
    readonly chromium: string | null;
  };
  readonly os: { readonly platform: string; readonly release: string; readonly arch: string };
  readonly settings: Readonly<Record<string, unknown>>;
  readonly protocolProfile: unknown;
  readonly connection: ReportInput['connection'];
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  readonly connectionProblems: readonly ConnectionProblemEntry[];
  readonly eventsLastHour: readonly { readonly kind: string; readonly count: number }[];
  readonly unreadableFields: ReportInput['unreadable'];
  readonly log: readonly string[];
}

/** Keys whose values are never shown, whatever they hold. */
const SECRET_KEY =
  /pass(?:word|wd|phrase)?|pwd|secret|token|credential|api[-_]?key|private[-_]?key|authori[sz]ation/i;

function withoutSecretKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecretKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? '[removed]' : withoutSecretKeys(item);
  }
  return out;
}

export function buildReport(input: ReportInput): DiagnosticsReport {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  const report: DiagnosticsReport = {
    report: 'isymphony-companion diagnostics',
    generatedAt: new Date(input.now).toISOString(),
    source: input.source,
    versions: {
      app: input.appVersion,
      node: versions.node ?? null,
      electron: versions.electron ?? null,
      chromium: versions.chrome ?? null,
    },
    os: { platform: platform(), release: release(), arch: arch() },
    settings: withoutSecretKeys(input.settings) as Record<string, unknown>,
    protocolProfile: input.protocolProfile,
    connection: input.connection,
    warnings: input.warnings ?? [],
    connectionProblems: input.recorder?.problems() ?? [],
    eventsLastHour: input.recorder?.eventsLastHour() ?? [],
    unreadableFields: input.unreadable,
    log: input.logLines,
  };
  return scrubDeep(report, input.secrets);
}

export function reportJson(report: DiagnosticsReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

const counts = (list: readonly { field: string; count: number }[]): string =>
  list.length === 0 ? 'none' : list.map((f) => `${f.field} ${f.count}`).join(', ');

/** The same report for people: one section per part, log lines last. */
export function reportText(report: DiagnosticsReport): string {
  const v = report.versions;
  const lines = [
    `iSymphony Companion diagnostics (${report.source}), ${report.generatedAt}`,
    `Versions: app ${v.app}, Node ${v.node ?? 'unknown'}, Electron ${v.electron ?? 'not running'}, Chromium ${v.chromium ?? 'not running'}`,
    `OS: ${report.os.platform} ${report.os.release} (${report.os.arch})`,
    `Connection: ${report.connection ? `${report.connection.state} (${report.connection.code}): ${report.connection.message}` : 'none'}`,
    '',
    'Settings (secrets removed):',
    ...Object.entries(report.settings).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`),
    `Protocol profile: ${JSON.stringify(report.protocolProfile)}`,
    '',
    'Warnings:',
    ...(report.warnings.length === 0 ? ['  none'] : report.warnings.map((w) => `  ${w.code}: ${w.message}`)),
    '',
    `Connection problems (last ${report.connectionProblems.length}):`,
    ...(report.connectionProblems.length === 0
      ? ['  none']
      : report.connectionProblems.map((p) => `  ${p.at} ${p.state} ${p.code}: ${p.message}`)),
    '',
    'Events in the last hour:',
    ...(report.eventsLastHour.length === 0
      ? ['  none']
      : report.eventsLastHour.map((e) => `  ${e.kind}: ${e.count}`)),
    '',
    'Fields that could not be read:',
    `  events: ${report.unreadableFields.events ? `${report.unreadableFields.events.messages} messages; ${counts(report.unreadableFields.events.fields)}` : 'no connection'}`,
    `  Live REST: ${report.unreadableFields.rest ? `${report.unreadableFields.rest.skippedItems} items skipped; ${counts(report.unreadableFields.rest.fields)}` : 'not asked'}`,
    '',
    `Log (last ${report.log.length} lines):`,
    ...report.log.map((line) => `  ${line}`),
  ];
  return lines.join('\n') + '\n';
}
