/**
 * The app state the windows see (`AppState`), put together from the parts that keep each piece of
 * it: one function, called whenever the state publisher sends a new state.
 */
import type { Clock } from '../common/clock';
import { resolveLocale } from '../i18n/languages';
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
import type { Ringer } from './ringer';
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
  /** The ring sound's plan, asked for the calls with a card that ring now. */
  readonly ringer: Ringer;
  /** The OS's preferred languages, for Settings → Language "system". */
  readonly systemLanguages: readonly string[];
}

export function appSnapshot(parts: SnapshotParts): AppState {
  const crmSettings = parts.callSettings().crm;
  const liveCalls = parts.live.views(crmSettings, parts.settings.current);
  const byId = new Map(liveCalls.map((c) => [c.id, c]));
  const demo = parts.connection.demoRunning;
  const popViews = parts.pops.showing().flatMap((id) => {
    const ended = parts.pops.endedCall(id);
    return (
      byId.get(id) ??
      (ended ? [viewOfRecord(ended, crmSettings, true, parts.lookups.view(id), parts.settings.current)] : [])
    );
  });
  const ringing = popViews.filter((call) => call.state === 'ringing').map((call) => call.id);
  return {
    mode: parts.connection.mode.kind,
    connection: parts.connection.view,
    doNotDisturb: parts.settings.current.doNotDisturb,
    popsPaused: parts.pause.active ? parts.pause.view : null,
    liveCalls,
    pops: popViews,
    settings: parts.settings.current,
    settingsNotice: parts.settings.notice,
    keychain: parts.keychain.view,
    demo: {
      running: demo,
      username: demo ? DEMO_USER.username : null,
      extension: demo ? DEMO_USER.extension : null,
    },
    historyVersion: parts.history.version,
    now: parts.clock.now(),
    presence: parts.presence.view(),
    statusChoices: STATUS_CHOICES,
    identityWarnings: parts.identity.warnings,
    detection: parts.detection.view(),
    crmLookup: parts.crmLookup.view(),
    phonebook: parts.phonebook.view(),
    displays: parts.displays,
    shortcutProblem: parts.settings.shortcutProblem,
    missed: parts.missed.view(crmSettings),
    ring: parts.ringer.view(ringing, parts.settings.current),
    managedSettings: parts.settings.managed,
    locale: resolveLocale(
      parts.settings.current.language,
      parts.settings.current.clock,
      parts.systemLanguages,
    ),
  };
}
