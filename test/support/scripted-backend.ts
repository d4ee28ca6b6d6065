import type {
  AnswerOf,
  AppState,
  CallView,
  ConnectionView,
  FieldProblem,
  HistoryPage,
  HistoryQuery,
  RequestChannel,
  RequestOf,
} from '../../src-main/ipc/contract';
import { DEFAULT_SETTINGS, settingsInvalid } from '../../src-main/storage/settings-schema';
import { failFields } from '../../src-main/app/answers';
import { previewLink } from '../../src-main/crm/preview';
import { viewOfSession } from '../../src-main/app/connection-view';
import { liveState } from '../../src-main/session/states';
import { english } from '../../src-main/i18n/english';
import { textOf } from '../../src-main/i18n/message-ref';
import { STATUS_CHOICES, UNKNOWN_PRESENCE } from '../../src-main/app/presence-view';
import { CRM_LOOKUP_PRESETS } from '../../src-main/lookup/crm-lookup-presets';
import { dayRunsOf } from '../../src-main/storage/history-days';
import type { RendererBackend } from './renderer-harness';

/**
 * A stand-in for the Companion in tests of the screens alone: a state object the test changes, a
 * record of every request the page made, and an answer per channel the test may replace.
 */
export interface Invocation {
  readonly channel: RequestChannel;
  readonly request: unknown;
}

type Handler<C extends RequestChannel> = (request: RequestOf<C>) => AnswerOf<C> | Promise<AnswerOf<C>>;
export type Handlers = { [C in RequestChannel]?: Handler<C> };

export const T0 = Date.UTC(2025, 2, 12, 14, 30, 0);

export function sampleCall(overrides: Partial<CallView> = {}): CallView {
  const call: Omit<CallView, 'lookup'> & Partial<Pick<CallView, 'lookup'>> = {
    id: 'call-1',
    direction: 'inbound',
    state: 'ringing',
    stateReason: null,
    lastKnownState: null,
    internal: false,
    callerName: 'Ada Lovelace',
    callerNumber: '+44 20 7946 0018',
    did: '0800 123 456',
    extension: '4224',
    answeredBy: null,
    transferredFrom: null,
    ringingSince: T0 - 5_000,
    answeredAt: null,
    endedAt: null,
    ringMs: null,
    talkMs: null,
    popped: true,
    didLabel: null,
    callerNumberFormatted: null,
    crm: {
      defaultId: 'crm-main',
      options: [
        { id: 'crm-main', label: 'HubSpot' },
        { id: 'crm-tickets', label: 'Helpdesk tickets' },
      ],
    },
    ...overrides,
  };
  // Without a lookup given, the caller ID is what names the caller (as main does without a phonebook or CRM).
  const lookup: CallView['lookup'] =
    overrides.lookup ??
    (call.callerName
      ? { kind: 'found', source: 'pbx', name: call.callerName, company: null }
      : { kind: 'none' });
  return { ...call, lookup };
}

export function sampleState(overrides: Partial<AppState> = {}): AppState {
  return {
    mode: 'server',
    connection: liveAt('pbx.example.com:58080', T0 - 60_000),
    doNotDisturb: false,
    popsPaused: null,
    liveCalls: [],
    pops: [],
    settings: structuredClone(DEFAULT_SETTINGS),
    settingsNotice: null,
    keychain: { passwordStored: true, where: 'keychain', problem: null },
    demo: { running: false, username: null, extension: null },
    historyVersion: 1,
    now: T0,
    presence: UNKNOWN_PRESENCE,
    statusChoices: STATUS_CHOICES,
    identityWarnings: [],
    detection: { kind: 'idle', offer: false },
    crmLookup: {
      presets: CRM_LOOKUP_PRESETS.map(({ id, label, setup, template }) => ({ id, label, setup, template })),
      configured: false,
      tokenStored: false,
      status: { kind: 'idle' },
    },
    phonebook: { contacts: 0, version: 0, notice: null },
    displays: [],
    shortcutProblem: null,
    missed: { count: 0, calls: [] },
    ring: null,
    managedSettings: null,
    locale: { language: 'en', formatLocale: 'en-GB', dir: 'ltr', hourCycle: null },
    ...overrides,
  };
}

/** `count` history calls, newest first, with every fifth missed. */
export function historyCalls(count: number, start = T0): CallView[] {
  const calls: CallView[] = [];
  for (let i = 0; i < count; i++) {
    const missed = i % 5 === 0;
    const ringingSince = start - (i + 1) * 600_000;
    calls.push(
      sampleCall({
        id: `h-${i}`,
        state: missed ? 'missed' : 'ended',
        callerName: `Caller ${i}`,
        callerNumber: `+44 20 7946 ${String(i).padStart(4, '0')}`,
        ringingSince,
        answeredAt: missed ? null : ringingSince + 8_000,
        endedAt: ringingSince + (missed ? 20_000 : 128_000),
        ringMs: missed ? 20_000 : 8_000,
        talkMs: missed ? null : 120_000,
        popped: false,
      }),
    );
  }
  return calls;
}

/**
 * Main's refusal of settings that do not validate, as saveSettings answers it: the summary main says
 * (with its catalogue reference) and the message beside each field.
 */
export function settingsRefused(fields: readonly FieldProblem[]): AnswerOf<'saveSettings'> {
  return failFields({ ...settingsInvalid(fields), fields });
}

/** The live connection's sentence as main says it (English and the catalogue's reference). */
function liveAt(at: string, since: number): ConnectionView {
  return viewOfSession(liveState(since, at));
}

export class ScriptedBackend implements RendererBackend {
  state: AppState;
  history: CallView[] = [];
  readonly invocations: Invocation[] = [];
  readonly handlers: Handlers = {};
  readonly #listeners = new Set<(state: AppState) => void>();
  readonly #waiters: Array<{ channel: RequestChannel; resolve: (request: unknown) => void }> = [];

  constructor(state: AppState = sampleState()) {
    this.state = state;
  }

  /** Changes the state and pushes it to every page, as main does. */
  setState(patch: Partial<AppState>): AppState {
    this.state = { ...this.state, ...patch };
    for (const listener of this.#listeners) listener(this.state);
    return this.state;
  }

  onState(listener: (state: AppState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The requests made on one channel so far. */
  requests<C extends RequestChannel>(channel: C): RequestOf<C>[] {
    return this.invocations.filter((i) => i.channel === channel).map((i) => i.request as RequestOf<C>);
  }

  /** Resolves with the next request on this channel (or the last one, if one came already and none is awaited). */
  next<C extends RequestChannel>(channel: C): Promise<RequestOf<C>> {
    return new Promise((resolve) =>
      this.#waiters.push({ channel, resolve: (r) => resolve(r as RequestOf<C>) }),
    );
  }

  async invoke(channel: RequestChannel, request: unknown): Promise<unknown> {
    this.invocations.push({ channel, request });
    const waiting = this.#waiters.filter((w) => w.channel === channel);
    for (const waiter of waiting) {
      this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
      waiter.resolve(request);
    }
    const handler = this.handlers[channel] as Handler<RequestChannel> | undefined;
    if (handler) return handler(request as never);
    return this.#default(channel, request);
  }

  #default(channel: RequestChannel, request: unknown): AnswerOf<RequestChannel> {
    switch (channel) {
      case 'getState':
        return this.state;
      case 'queryHistory':
        return { ok: true, value: this.#query(request as HistoryQuery) };
      case 'setPassword':
        return { ok: true, value: { where: 'keychain' } };
      case 'testConnection': {
        // What main's connection check answers when the server let the manager in.
        const live = liveAt('pbx.example.com:58080', this.state.now);
        return { ok: true, code: 'live', message: live.message, ...textOf(live) };
      }
      case 'previewCrmLink': {
        // Main's own preview (crm/preview.ts), with the sample call and its refusals.
        const preview = previewLink((request as { url: string }).url, undefined, {
          defaultCountry: this.state.settings.crm.defaultCountry,
        });
        return preview.ok
          ? { ok: true, value: preview.link }
          : { ok: false, error: { code: 'template-refused', message: preview.reason, ...textOf(preview) } };
      }
      case 'callBack': {
        const values = { number: '+442079460018', extension: '4224' };
        return {
          ok: true,
          value: {
            via: 'pbx',
            number: values.number,
            message: english('dial.viaPbx', values),
            text: { key: 'dial.viaPbx', values },
          },
        };
      }
      default:
        return { ok: true, value: null };
    }
  }

  /** Set to answer as main does while it still reads older calls from the file. */
  readingOlder: number | null = null;

  #query(query: HistoryQuery): HistoryPage {
    const needle = query.search?.toLowerCase();
    const matching = this.history.filter(
      (call) =>
        (!query.missedOnly || call.state === 'missed') &&
        (!needle ||
          call.callerName?.toLowerCase().includes(needle) ||
          call.callerNumber?.toLowerCase().includes(needle)),
    );
    return {
      total: matching.length,
      offset: query.offset,
      calls: matching.slice(query.offset, query.offset + query.limit),
      days: dayRunsOf(matching.map((call) => call.ringingSince)),
      readingOlder: this.readingOlder,
    };
  }
}
