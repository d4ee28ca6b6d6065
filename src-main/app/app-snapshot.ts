/**
 * The app state the windows see (`AppState`), put together from the parts that keep each piece of
 * it: one function, called whenever the state publisher sends a new state.
 */
import type { Clock } from '../common/clock';
import type { AppState, DisplayView } from '../ipc/contract';
import type { Settings } from '../storage/settings-schema';
import type { CallerLookups } from './caller-lookup';
import type { CallHistory } from './call-history';
import { viewOfRecord } from './call-view';
import type { ConnectionControl } from './connection-control';
import type { CrmLookupControl } from './crm-lookup-control';
import { DEMO_USER } from './demo-mode';
import type { DetectionControl } from './discovery-control';
import type { IdentityWatch } from './identity-watch';
import type { Keychain } from './keychain';
import type { LiveCalls } from './live-calls';
import type { MissedCallsKeeper } from './missed-calls-keeper';
import type { Phonebook } from './phonebook';
import type { PopLifecycle } from './pop-lifecycle';
import type { PopPause } from './pop-pause';
import type { PresenceControl } from './presence-control';
import { STATUS_CHOICES } from './presence-view';
import type { SettingsKeeper } from './settings-keeper';

export interface SnapshotParts {
  readonly clock: Clock;
  readonly settings: SettingsKeeper;
  /** The settings calls are shown with (the demo's CRM page added while the demo runs). */
  readonly callSettings: () => Settings;
  readonly connection: ConnectionControl;
  readonly pause: PopPause;
  readonly live: LiveCalls;
  readonly pops: PopLifecycle;
  readonly lookups: CallerLookups;
  readonly keychain: Keychain;
  readonly history: CallHistory;
  readonly presence: PresenceControl;
  readonly identity: IdentityWatch;
  readonly detection: DetectionControl;
  readonly crmLookup: CrmLookupControl;
  readonly phonebook: Phonebook;
  readonly missed: MissedCallsKeeper;
  readonly displays: readonly DisplayView[];
}

export function appSnapshot(parts: SnapshotParts): AppState {
  const {
    clock,
    settings,
    callSettings,
    connection,
    pause,
    live,
    pops,
    lookups,
    keychain,
    history,
    presence,
    identity,
    detection,
    crmLookup,
    phonebook,
    missed,
  } = parts;
  const crmSettings = callSettings().crm;
  const liveCalls = live.views(crmSettings, settings.current);
  const byId = new Map(liveCalls.map((c) => [c.id, c]));
  const demo = connection.demoRunning;
  return {
    mode: connection.mode.kind,
    connection: connection.view,
    doNotDisturb: settings.current.doNotDisturb,
    popsPaused: pause.active ? pause.view : null,
    liveCalls,
    pops: pops.showing().flatMap((id) => {
      const ended = pops.endedCall(id);
      return (
        byId.get(id) ??
        (ended ? [viewOfRecord(ended, crmSettings, true, lookups.view(id), settings.current)] : [])
      );
    }),
    settings: settings.current,
    settingsNotice: settings.notice,
    keychain: keychain.view,
    demo: {
      running: demo,
      username: demo ? DEMO_USER.username : null,
      extension: demo ? DEMO_USER.extension : null,
    },
    historyVersion: history.version,
    now: clock.now(),
    presence: presence.view(),
    statusChoices: STATUS_CHOICES,
    identityWarnings: identity.warnings,
    detection: detection.view(),
    crmLookup: crmLookup.view(),
    phonebook: phonebook.view(),
    displays: parts.displays,
    shortcutProblem: settings.shortcutProblem,
    missed: missed.view(crmSettings),
  };
}
