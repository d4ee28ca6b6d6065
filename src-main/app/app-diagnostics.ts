/**
 * "Copy diagnostics": the report (diagnostics/report.ts) built from the app's own state, put on
 * the clipboard by main. The renderer only asks; it never receives the report's makings, and the
 * report itself carries no secret (scrubbed with every secret the app has seen).
 */
import type { Clock } from '../common/clock';
import type { Logger } from '../common/log';
import type { LogRing } from '../common/log-ring';
import type { DiagnosticsRecorder } from '../diagnostics/recorder';
import { buildReport, reportText, type DiagnosticsReport, type RestUnreadable } from '../diagnostics/report';
import type { Answer, AppState } from '../ipc/contract';
import type { UnreadableFields } from '../protocol/field-reader';
import { resolveProfile } from '../protocol/profile';
import { OK_NULL, failSaid } from './answers';
import type { DesktopPorts } from './ports';

export interface AppDiagnosticsOptions {
  readonly appVersion: string;
  readonly clock: Clock;
  readonly snapshot: () => AppState;
  readonly recorder: DiagnosticsRecorder;
  readonly ring: LogRing;
  readonly eventsUnreadable: () => UnreadableFields | null;
  readonly restUnreadable: () => RestUnreadable | null;
  /** Every secret in play (typed, stored, the demo's). */
  readonly secrets: () => readonly string[];
  readonly clipboard: DesktopPorts['clipboard'];
  readonly logger: Logger;
}

export class AppDiagnostics {
  constructor(private readonly o: AppDiagnosticsOptions) {}

  report(): DiagnosticsReport {
    const state = this.o.snapshot();
    const profile = resolveProfile(state.settings.protocolProfile);
    return buildReport({
      source: 'app',
      appVersion: this.o.appVersion,
      now: this.o.clock.now(),
      settings: { ...state.settings, mode: state.mode },
      protocolProfile: profile.ok ? profile.value : { refused: profile.error.message },
      connection: {
        state: state.connection.state,
        code: state.connection.code,
        message: state.connection.message,
      },
      warnings: state.identityWarnings.map((w) => ({ code: w.code, message: w.message })),
      recorder: this.o.recorder,
      unreadable: { events: this.o.eventsUnreadable(), rest: this.o.restUnreadable() },
      logLines: this.o.ring.lines(),
      secrets: this.o.secrets(),
    });
  }

  /** The report, in words, on the clipboard. */
  copy(): Answer<null> {
    try {
      this.o.clipboard.writeText(reportText(this.report()));
      this.o.logger.log('info', 'Diagnostics copied to the clipboard.');
      return OK_NULL;
    } catch (error) {
      this.o.logger.log('error', 'The diagnostics report could not be made.', { error: String(error) });
      return failSaid('diagnostics-failed', 'action.diagnosticsFailed');
    }
  }
}
