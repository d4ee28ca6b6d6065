/**
 * The composition root: builds every part of the Companion from the options and wires them
 * together. Plain Node, so the Electron shell (electron/compose.ts) and the tests build the app
 * the same way; only the desktop ports (and, in tests, the seams below) differ.
 */
import { systemClock } from '../common/clock';
import { redactingLogger, silentLogger } from '../common/log';
import { LogRing, teeLogger } from '../common/log-ring';
import { DiagnosticsRecorder } from '../diagnostics/recorder';
import { startDemoServer as realStartDemoServer } from '../demo-server';
import { resolveLocale, type LocaleView } from '../i18n/languages';
import { translatorFor, type Say } from '../i18n/translator';
import type { Answer, AppState } from '../ipc/contract';
import type { PresenceTracker } from '../presence/presence-tracker';
import type { CrmLookup } from '../lookup/lookup-chain';
import type { PhonebookIndex } from '../lookup/phonebook-index';
import { HistoryStore } from '../storage/history-store';
import { PhonebookStore } from '../storage/phonebook-store';
import type { Settings } from '../storage/settings-schema';
import { MissedSeenFile } from '../storage/missed-seen-file';
import { ChoosableSecretStore, KeytarSecretStore } from '../storage/secret-store';
import { SettingsStore } from '../storage/settings-store';
import { AppDiagnostics } from './app-diagnostics';
import { appSnapshot } from './app-snapshot';
import { CallBack } from './call-back';
import { CallerLookups } from './caller-lookup';
import { CallHistory } from './call-history';
import { Companion } from './companion';
import type { CompanionOptions } from './companion-options';
import { ConnectionControl } from './connection-control';
import { ConnectionRunner } from './connection-runner';
import { CrmActions } from './crm-actions';
import { CrmLookupControl } from './crm-lookup-control';
import { DEMO_USER, withDemoCrm } from './demo-mode';
import { IdentityWatch } from './identity-watch';
import { DetectionControl } from './discovery-control';
import { requestHandlers } from './ipc-handlers';
import { Keychain } from './keychain';
import { KnownSecrets } from './known-secrets';
import { LiveCalls } from './live-calls';
import { MissedCallsKeeper } from './missed-calls-keeper';
import { Operations } from './operations';
import { Phonebook } from './phonebook';
import { PopLifecycle } from './pop-lifecycle';
import { PopPause } from './pop-pause';
import { Ringer } from './ringer';
import { PresenceControl } from './presence-control';
import { SerialQueue } from './serial-queue';
import { SettingsKeeper } from './settings-keeper';
import { SettingsTransfer } from './settings-transfer';
import { ShellDialing } from './shell-dialing';
import { ShellSync } from './shell-sync';
import { StatePublisher, type PushUrgency } from './state-publisher';

export function createCompanion(options: CompanionOptions): Companion {
  const { ports } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const systemLanguages = options.systemLanguages ?? ['en'];
  // Read at each use, so a Settings change of language reaches the next notification and dialog.
  const locale = (): LocaleView =>
    resolveLocale(settings.current.language, settings.current.clock, systemLanguages);
  const say = (): Say => translatorFor(locale()).t;
  // Secrets in play, so the logger can scrub them should one ever slip into a line.
  const known = new KnownSecrets();
  // The ring keeps the last lines for "Copy diagnostics", scrubbed like every other line.
  const ring = options.logRing ?? new LogRing();
  const logger = redactingLogger(teeLogger(options.logger ?? silentLogger, ring), () => known.revealed());
  const recorder = new DiagnosticsRecorder(clock);
  const historyStore = new HistoryStore({ dataDir: options.dataDir, logger });
  const secrets = new ChoosableSecretStore(
    options.secretStore ?? new KeytarSecretStore({ platform: options.platform ?? process.platform, logger }),
  );

  // The parts call each other back only after start, so the closures below may name later ones.
  const changed = (urgency?: PushUrgency): void => publisher.changed(urgency);
  const queue = new SerialQueue();
  const keychain = new Keychain({ secrets, known, logger });
  const pops = new PopLifecycle({
    notifier: ports.notifier,
    clock,
    settings: () => settings.current,
    names: () => settings.current,
    changed,
    say,
    ...(options.popOutcomeMs !== undefined ? { outcomeMs: options.popOutcomeMs } : {}),
  });
  const settings = new SettingsKeeper({
    store: new SettingsStore({ dataDir: options.dataDir, clock, logger }),
    ...(options.machineDefaultsPath !== undefined
      ? { machineDefaultsPath: options.machineDefaultsPath }
      : {}),
    keychain,
    ports,
    clearPops: () => pops.clear(),
    logger,
  });
  const phonebook: Phonebook = new Phonebook({
    store: new PhonebookStore({ dataDir: options.dataDir, clock, logger }),
    country: () => settings.current.crm.defaultCountry,
    fileChooser: ports.fileChooser,
    say,
    caller: (id): ReturnType<CrmActions['remoteParty']> => crm.remoteParty(id),
    logger,
    changed,
  });
  const lookups: CallerLookups = new CallerLookups({
    clock,
    phonebook: (): PhonebookIndex | null => phonebook.index,
    crm: options.crmLookup ?? ((): CrmLookup | null => crmLookup.crmLookup()),
    logger,
    changed,
    ...(options.lookupBudgetMs !== undefined ? { budgetMs: options.lookupBudgetMs } : {}),
  });
  // Its end comes by itself: pops are back, as "Resume pops" brings them back.
  const pause = new PopPause({ clock, ended: () => void operations.resumePops() });
  const missed = new MissedCallsKeeper({
    seenFile: new MissedSeenFile({ dataDir: options.dataDir, logger }),
    notifier: ports.missedNotifier,
    settings: () => settings.current,
    dndNow: (): boolean => presence.dndNow(),
    logger,
    changed,
    say,
  });
  const history = new CallHistory({
    store: historyStore,
    missed,
    logger,
    changed,
    // Rows name callers as the phonebook does now, so an added contact renames its past calls.
    phonebook: (): PhonebookIndex | null => phonebook.index,
    phonebookVersion: () => phonebook.view().version,
  });
  const presence = new PresenceControl({
    tracker: (): PresenceTracker | null => runner.presence,
    settings: () => settings.current,
    configureDnd: (dnd) => void runner.pipeline?.configure({ dnd }),
    clearPops: () => pops.clear(),
    paused: () => pause.active,
    userUnknown: () => identity.warnings.some((warning) => warning.code === 'unknown-user'),
    logger,
    changed,
  });
  /** The settings calls are shown and opened with: while the demo runs, its CRM page is one more template. */
  const callSettings = (): Settings => {
    const saved = settings.current;
    const crmSettings = withDemoCrm(saved.crm, connection.demoRun);
    return crmSettings === saved.crm ? saved : { ...saved, crm: crmSettings };
  };
  const live = new LiveCalls({
    pops,
    history,
    lookups,
    settings: callSettings,
    dndNow: (): boolean => presence.dndNow(),
    openRecord: (call, template): Promise<Answer<null>> => crm.openRecord(call, template),
    logger,
    changed,
  });
  const identity = new IdentityWatch({ logger, changed });
  const runner = new ConnectionRunner({
    clock,
    random,
    logger,
    identity,
    diagnostics: recorder,
    dndNow: (): boolean => presence.dndNow(),
    ...(options.pipeline ? { pipeline: options.pipeline } : {}),
    ...(options.presenceConfirmTimeoutMs !== undefined
      ? { presenceConfirmTimeoutMs: options.presenceConfirmTimeoutMs }
      : {}),
    hooks: {
      connection: (view) => connection.show(view),
      call: (change) => live.onCall(change),
      presenceChanged: () => {
        // Something newer than a refused change happened; its sentence has served.
        presence.forgetRefusal();
        changed();
      },
      presenceDnd: (on) => presence.setPresenceDnd(on),
      presenceStopped: () => presence.forgetRefusal(),
      pipelineDropped: () => live.forget(),
      changed,
    },
  });
  const connection = new ConnectionControl({
    runner,
    keychain,
    settings: () => settings.current,
    startDemoServer: options.startDemoServer ?? realStartDemoServer,
    ...(options.demoTraffic ? { demoTraffic: options.demoTraffic } : {}),
    clock,
    random,
    logger,
    changed,
  });
  const crm = new CrmActions({
    live: live.records,
    ended: (id) => pops.endedCall(id),
    endedShowing: () => pops.endedShowing(),
    clock,
    history: historyStore,
    settings: callSettings,
    // The iSymphony user links name: the demo user in demo mode, else the one in settings.
    username: () => {
      if (runner.kind === 'demo') return DEMO_USER.username;
      const name = settings.current.isymphonyUser.trim();
      return name === '' ? null : name;
    },
    urlOpener: ports.urlOpener,
    clipboard: ports.clipboard,
    logger,
  });

  // Who is calling, asked of a CRM: the lookup chain takes crmLookup.crmLookup() (null when off).
  const crmLookup = new CrmLookupControl({
    settings: () => settings.current,
    secrets,
    known,
    clock,
    logger,
    changed,
    phonebook: () => phonebook.index,
  });

  const callBack = new CallBack({
    settings: () => settings.current,
    remoteNumber: (id) => crm.remoteNumber(id),
    liveApi: () => (connection.view.state === 'live' ? runner.liveApi : null),
    extension: () =>
      runner.kind === 'demo' ? DEMO_USER.extension : (settings.current.extensions[0] ?? null),
    urlOpener: ports.urlOpener,
    logger,
  });

  const ringer = new Ringer({
    clock,
    quiet: ports.quietHours,
    changed,
    logger,
    ...(options.ringTiming ? { timing: options.ringTiming } : {}),
  });
  // Built anew each time: some parts below are made after the snapshot is handed to them.
  const snapshot = (): AppState =>
    appSnapshot({
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
      displays: ports.displays?.list() ?? [],
      ringer,
      systemLanguages,
    });
  const shell = new ShellSync({
    ports,
    recentCalls: (limit) => history.recent(limit, callSettings().crm, settings.current),
  });
  const publisher = new StatePublisher(snapshot, clock, logger, (state, pace) => shell.pushed(state, pace));

  const operations = new Operations({
    queue,
    settings,
    keychain,
    connection,
    pops,
    presence,
    history,
    crm,
    crmLookup,
    callBack,
    pause,
    loginItem: ports.loginItem,
    configureDnd: async (dnd) => {
      await runner.pipeline?.configure({ dnd });
    },
    snapshot,
    clock,
    logger,
    serverChosenInFirstRun: () => detection.offerAfterFirstRun(),
    ...(options.connectionTestTimeoutMs !== undefined
      ? { connectionTestTimeoutMs: options.connectionTestTimeoutMs }
      : {}),
    changed,
  });
  // A second socket beside the app's own connection, which keeps running while it listens.
  const detection = new DetectionControl({
    settings: () => settings.current,
    serverMode: () => connection.mode.kind === 'server',
    connectionLive: () => connection.view.state === 'live',
    keychain,
    saveProfile: (profile) => operations.saveProtocolProfile(profile),
    clock,
    random,
    logger,
    ...(options.detectionListenMs !== undefined ? { listenMs: options.detectionListenMs } : {}),
    ...(options.pipeline?.sessionTimings ? { sessionTimings: options.pipeline.sessionTimings } : {}),
    changed,
  });
  return new Companion({
    queue,
    settings,
    keychain,
    history,
    connection,
    runner,
    operations,
    detection,
    dialing: new ShellDialing({
      callBack,
      settings: () => settings.current,
      ports: ports.dialing,
      logger,
      say,
    }),
    phonebook,
    pause,
    handlers: requestHandlers(
      operations,
      detection,
      phonebook,
      missed,
      new AppDiagnostics({
        appVersion: options.appVersion ?? 'unknown',
        clock,
        snapshot,
        recorder,
        ring,
        eventsUnreadable: () => runner.pipeline?.unreadableFields() ?? null,
        restUnreadable: () => runner.restUnreadable(),
        secrets: () => known.revealed(),
        clipboard: ports.clipboard,
        logger,
      }),
      new SettingsTransfer({
        fileChooser: ports.fileChooser,
        settings: () => settings.current,
        machine: () => settings.machineDefaults,
        logger,
        say,
      }),
    ),
    publisher,
    logger,
    ...(options.appVersion !== undefined ? { appVersion: options.appVersion } : {}),
  });
}
