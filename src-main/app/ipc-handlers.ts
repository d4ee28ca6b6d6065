/**
 * The IPC request table: which Companion operation answers each channel, and which ones wait
 * their turn in the Companion's queue (changes of mode, settings and connection). `answerRequest`
 * checks the channel and the payload first and turns anything unexpected into an answer, so
 * nothing ever throws to the shell.
 */
import type { Logger } from '../common/log';
import { previewLink } from '../crm/preview';
import type {
  Answer,
  AnswerOf,
  AppState,
  ConnectionTestResult,
  HistoryPage,
  RequestChannel,
  StatusChange,
} from '../ipc/contract';
import { fail } from './answers';
import { isRequestChannel, parseRequest, type ParsedRequest } from './ipc-schemas';

export type RequestHandlers = { [C in RequestChannel]: (request: ParsedRequest<C>) => Promise<AnswerOf<C>> };

/** What the table calls: the Companion's operations, passed in explicitly. */
export interface RequestOperations {
  snapshot(): AppState;
  /** Runs a change in the Companion's queue, after the ones before it. */
  serial<T>(task: () => Promise<T>): Promise<T>;
  chooseMode(mode: 'demo' | 'server'): Promise<Answer<null>>;
  saveSettings(settings: unknown): Promise<Answer<null>>;
  setPassword(password: string, memoryOnly: boolean): Promise<Answer<{ where: 'keychain' | 'memory' }>>;
  testConnection(settings: unknown, password: string | undefined): Promise<ConnectionTestResult>;
  retryNow(): Promise<Answer<null>>;
  openCrm(callId: string, templateId?: string): Promise<Answer<null>>;
  copyNumber(callId: string): Answer<null>;
  dismissPop(callId: string): Answer<null>;
  dismissAllPops(): Answer<null>;
  setDoNotDisturb(enabled: boolean): Promise<Answer<null>>;
  startDemo(): Promise<Answer<null>>;
  stopDemo(): Promise<Answer<null>>;
  queryHistory(query: ParsedRequest<'queryHistory'>): Answer<HistoryPage>;
  clearHistory(): Promise<Answer<null>>;
  setStatus(change: StatusChange): Promise<Answer<null>>;
  /** For previews: the country national numbers are read in. */
  defaultCountry(): string;
}

export function requestHandlers(op: RequestOperations): RequestHandlers {
  return {
    getState: async () => op.snapshot(),
    chooseMode: (r) => op.serial(() => op.chooseMode(r.mode)),
    saveSettings: (r) => op.serial(() => op.saveSettings(r.settings)),
    setPassword: (r) => op.serial(() => op.setPassword(r.password, r.memoryOnly === true)),
    testConnection: (r) => op.testConnection(r.settings, r.password),
    retryNow: () => op.serial(() => op.retryNow()),
    openCrm: (r) => op.openCrm(r.callId, r.templateId),
    copyNumber: async (r) => op.copyNumber(r.callId),
    dismissPop: async (r) => op.dismissPop(r.callId),
    dismissAllPops: async () => op.dismissAllPops(),
    setDoNotDisturb: (r) => op.setDoNotDisturb(r.enabled),
    startDemo: () => op.serial(() => op.startDemo()),
    stopDemo: () => op.serial(() => op.stopDemo()),
    queryHistory: async (r) => op.queryHistory(r),
    clearHistory: () => op.clearHistory(),
    setStatus: (r) =>
      op.setStatus({
        type: r.type,
        ...(r.name !== undefined ? { name: r.name } : {}),
        ...(r.note !== undefined ? { note: r.note } : {}),
        ...(r.returnTime !== undefined ? { returnTime: r.returnTime } : {}),
      }),
    previewCrmLink: async (r) => {
      const preview = previewLink(r.url, undefined, { defaultCountry: op.defaultCountry() });
      return preview.ok ? { ok: true, value: preview.link } : fail('template-refused', preview.reason);
    },
  };
}

/** One request from a verified sender. Never throws: every failure is an answer. */
export async function answerRequest(
  handlers: RequestHandlers,
  logger: Logger,
  channel: RequestChannel,
  request: unknown,
): Promise<unknown> {
  try {
    if (!isRequestChannel(channel)) {
      return fail('unknown-channel', 'The app does not know that request; update the app if this repeats.');
    }
    const parsed = parseRequest(channel, request);
    if (!parsed.ok) {
      if (channel === 'testConnection') {
        return {
          ok: false,
          code: parsed.error.error.code,
          message: parsed.error.error.message,
          fields: parsed.error.fields,
        } satisfies ConnectionTestResult;
      }
      return { ok: false, error: parsed.error.error, fields: parsed.error.fields };
    }
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return await handler(parsed.value);
  } catch (error) {
    logger.log('error', 'A request failed unexpectedly.', {
      channel: typeof channel === 'string' ? channel.slice(0, 40) : 'not-text',
      error: error instanceof Error ? error.message.slice(0, 300) : 'unknown',
    });
    return fail(
      'internal-error',
      'Something went wrong in the app; try again, and restart it if this repeats.',
    );
  }
}
