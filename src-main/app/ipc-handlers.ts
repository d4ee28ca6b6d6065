/**
 * Main's handler table: which operation answers each request of the table in ipc/contract.ts. `answerRequest` checks the channel
 * and the payload first and turns anything unexpected into an answer, so nothing ever throws to
 * the shell. Whether an operation waits its turn is the operations' business (operations.ts).
 */
import type { Logger } from '../common/log';
import {
  isRequestChannel,
  type AnswerOf,
  type ConnectionTestResult,
  type ParsedRequest,
  type RequestChannel,
} from '../ipc/contract';
import { fail } from './answers';
import type { AppDiagnostics } from './app-diagnostics';
import type { DetectionControl } from './discovery-control';
import type { MissedCallsKeeper } from './missed-calls-keeper';
import type { Operations } from './operations';
import type { Phonebook } from './phonebook';
import { parseRequest } from './request-parsing';
import type { SettingsTransfer } from './settings-transfer';

/** One handler per request of the table: a request without one does not compile. */
export type RequestHandlers = { [C in RequestChannel]: (request: ParsedRequest<C>) => Promise<AnswerOf<C>> };

export function requestHandlers(
  op: Operations,
  detection: DetectionControl,
  phonebook: Phonebook,
  missed: Pick<MissedCallsKeeper, 'markSeen'>,
  diagnostics: Pick<AppDiagnostics, 'copy'>,
  transfer: Pick<SettingsTransfer, 'exportSettings' | 'importSettings'>,
): RequestHandlers {
  return {
    getState: async () => op.getState(),
    chooseMode: (r) => op.chooseMode(r.mode),
    saveSettings: (r) => op.saveSettings(r.settings),
    setPassword: (r) => op.setPassword(r.password, r.memoryOnly === true),
    setCrmToken: (r) => op.setCrmToken(r.token),
    testCrmLookup: (r) => op.testCrmLookup(r.settings, r.number),
    exportSettings: () => transfer.exportSettings(),
    importSettings: () => transfer.importSettings(),
    testConnection: (r) => op.testConnection(r.settings, r.password),
    retryNow: () => op.retryNow(),
    copyDiagnostics: async () => diagnostics.copy(),
    startDetection: () => detection.start(),
    finishDetection: () => detection.finish(),
    cancelDetection: () => detection.cancel(),
    applyDetectedProfile: () => detection.apply(),
    openCrm: (r) => op.openCrm(r.callId, r.templateId),
    copyNumber: async (r) => op.copyNumber(r.callId),
    callBack: (r) => op.callBack(r.callId),
    dismissPop: async (r) => op.dismissPop(r.callId),
    dismissAllPops: async () => op.dismissAllPops(),
    setDoNotDisturb: (r) => op.setDoNotDisturb(r.enabled),
    pausePops: (r) => op.pausePops(r.for),
    resumePops: () => op.resumePops(),
    startDemo: () => op.startDemo(),
    stopDemo: () => op.stopDemo(),
    queryHistory: async (r) => op.queryHistory(r),
    clearHistory: () => op.clearHistory(),
    markMissedSeen: (r) => missed.markSeen(r.throughCallId),
    setStatus: (r) =>
      op.setStatus({
        type: r.type,
        ...(r.name !== undefined ? { name: r.name } : {}),
        ...(r.note !== undefined ? { note: r.note } : {}),
        ...(r.returnTime !== undefined ? { returnTime: r.returnTime } : {}),
      }),
    previewCrmLink: async (r) => op.previewCrmLink(r.url),
    pickPhonebookFile: () => phonebook.pickFile(),
    importPhonebook: (r) => phonebook.importPicked(r.mapping, r.replace),
    queryPhonebook: async (r) => phonebook.query(r),
    savePhonebookContact: (r) =>
      phonebook.saveContact({
        ...(r.id !== undefined ? { id: r.id } : {}),
        name: r.name,
        company: r.company,
        numbers: r.numbers,
      }),
    deletePhonebookContact: (r) => phonebook.deleteContact(r.id),
    addCallerToPhonebook: (r) => phonebook.addCaller(r.callId),
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
