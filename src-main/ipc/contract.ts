/**
 * The request table: every request a window may send to main, declared once, with its payload
 * schema, its answer type and the windows allowed to send it. Main's handler table
 * (app/ipc-handlers.ts), its payload checks (app/request-parsing.ts), its per-window enforcement
 * (electron/ipc.ts), the preload's API (electron/preload-api.ts) and the test backends are all
 * derived from it, so a new request is one entry here plus its handler.
 *
 * Not types-only: it holds the table (a schema builder and the window list for each request) and
 * the channel names. It imports zod as a type only: main hands zod to each schema builder, so the
 * sandboxed preload (one file that may require nothing but `electron`) and the renderer bundle
 * carry no zod. It does nothing at import time beyond building this table. How an entry is
 * declared is in request-spec.ts; the limits and the payload parts several entries share are in
 * request-payloads.ts.
 *
 * The renderer is untrusted: it sends ids and choices, never URLs, and it can set a password but
 * never read one. Main validates every payload and checks every sender and its window's list.
 */
import type { z } from 'zod';
import type { MessageKey } from '../i18n/catalogues';
import { MAX_STATUS_NAME_LENGTH, MAX_STATUS_NOTE_LENGTH } from '../presence/status-limits';
import { STATUS_TYPES } from '../protocol/events';
import {
  PAUSE_CHOICES,
  type Answer,
  type AppState,
  type ConnectionTestResult,
  type ContactView,
  type DialView,
  type HistoryPage,
  type LookupTestView,
  type PauseView,
  type PhonebookFilePreview,
  type PhonebookImportResult,
  type PhonebookPage,
  type Settings,
  type SettingsExportView,
  type SettingsImportView,
  type StatusChange,
} from './views';
import type { PopState } from './pop-state';
import { bare, request, type WindowName } from './request-spec';
import {
  byCallId,
  callId,
  column,
  contactId,
  contactText,
  MAX_CONTACT_NUMBER,
  MAX_CONTACT_NUMBERS,
  MAX_HISTORY_LIMIT,
  MAX_PHONEBOOK_LIMIT,
  MAX_RETURN_TIME,
  MAX_TEMPLATE_URL,
  pageLimit,
  pageOffset,
  password,
  searchText,
  templateId,
} from './request-payloads';

export * from './views';
export { popStateOf, popStateKey, type PopState } from './pop-state';
export { WINDOWS, type RequestSpec, type WindowName, type Zod } from './request-spec';

const MAIN: readonly WindowName[] = ['main'];
const BOTH: readonly WindowName[] = ['main', 'pop'];
/** Not sent by any window today (the app switches demo mode through chooseMode); main may call it. */
const NO_WINDOW: readonly WindowName[] = [];

/** Renderer → main: every request, once. Strict payloads: unknown keys are refused, strings and ids bounded. */
export const REQUESTS = {
  getState: bare<AppState>(BOTH),
  chooseMode: request<Answer<null>>()({
    payload: (zod) =>
      zod.strictObject({ mode: zod.enum(['demo', 'server'], { error: 'Choose "demo" or "server".' }) }),
    windows: MAIN,
  }),
  // `settings` is checked by validateSettings, for field-by-field problems.
  saveSettings: request<Answer<null>, { settings: Settings }>()({
    payload: (zod) => zod.strictObject({ settings: zod.unknown() }),
    windows: MAIN,
  }),
  /** Write-only. `memoryOnly` is the explicit choice when no keychain is available. */
  setPassword: request<Answer<{ where: 'keychain' | 'memory' }>>()({
    payload: (zod) =>
      zod.strictObject({
        password: password(zod),
        memoryOnly: zod.boolean({ error: 'memoryOnly must be true or false.' }).optional(),
      }),
    windows: MAIN,
  }),
  /** Write-only: the CRM lookup's token goes to the keychain, for the saved lookup's address ('' forgets it). */
  setCrmToken: request<Answer<null>>()({
    payload: (zod) =>
      zod.strictObject({
        token: zod
          .string({ error: 'The token must be text.' })
          .max(8192, { error: 'A token can have at most 8192 characters.' }),
      }),
    windows: MAIN,
  }),
  /**
   * "Test lookup": the lookup chain for a number the user typed (a test input, never dialled or
   * kept), with the lookup template as typed (checked as saveSettings checks it) and the token
   * stored for that template's address. One at a time.
   */
  testCrmLookup: request<Answer<LookupTestView>, { settings: Settings; number: string }>()({
    payload: (zod) =>
      zod.strictObject({
        settings: zod.unknown(),
        number: zod
          .string({ error: 'The number must be text.' })
          .max(MAX_CONTACT_NUMBER, { error: 'request.lookupNumberTooLong' satisfies MessageKey })
          // Two linear patterns (no backtracking, whatever length a hostile window sends).
          .regex(/^[\d +*#()./-]*$/, { error: 'request.lookupNumberChars' satisfies MessageKey })
          .regex(/\d/, { error: 'request.lookupNumberDigits' satisfies MessageKey }),
      }),
    windows: MAIN,
  }),
  /** Main's own save dialog, then the saved settings (no secret is in them) written there; null: cancelled. */
  exportSettings: bare<Answer<SettingsExportView | null>>(MAIN),
  /** Main's own open dialog, then that file read for the form (not saved); null: cancelled. */
  importSettings: bare<Answer<SettingsImportView | null>>(MAIN),
  testConnection: request<ConnectionTestResult, { settings: Settings; password?: string }>()({
    payload: (zod) => zod.strictObject({ settings: zod.unknown(), password: password(zod).optional() }),
    windows: MAIN,
  }),
  retryNow: bare<Answer<null>>(MAIN),
  /** Main puts the diagnostics report (no secrets in it) on the clipboard; the window gets only ok or why not. */
  copyDiagnostics: bare<Answer<null>>(MAIN),
  /**
   * "Detect call events…": listens on a second connection with the saved settings (the password
   * stays in main) while the user rings their own extension; progress and result come in
   * `AppState.detection`. One at a time. `finishDetection` stops listening and shows what was seen;
   * `cancelDetection` stops it (or puts its result or the first-run offer away) and changes nothing;
   * `applyDetectedProfile` saves the profile found as the settings' protocol profile.
   */
  startDetection: bare<Answer<null>>(MAIN),
  finishDetection: bare<Answer<null>>(MAIN),
  cancelDetection: bare<Answer<null>>(MAIN),
  applyDetectedProfile: bare<Answer<null>>(MAIN),
  openCrm: request<Answer<null>>()({
    payload: (zod) => zod.strictObject({ callId: callId(zod), templateId: templateId(zod).optional() }),
    windows: BOTH,
  }),
  copyNumber: request<Answer<null>>()({
    payload: byCallId,
    windows: BOTH,
  }),
  /**
   * Calls the remote party of a live, just ended or history call back: by call id only, never a
   * number; main finds the number, checks that it is one, and dials through the PBX or `tel:`.
   */
  callBack: request<Answer<DialView>>()({
    payload: byCallId,
    windows: BOTH,
  }),
  dismissPop: request<Answer<null>>()({
    payload: byCallId,
    windows: BOTH,
  }),
  dismissAllPops: bare<Answer<null>>(['pop']),
  setDoNotDisturb: request<Answer<null>>()({
    payload: (zod) => zod.strictObject({ enabled: zod.boolean({ error: 'enabled must be true or false.' }) }),
    windows: MAIN,
  }),
  /** Holds pops for a while: 15 minutes, an hour, or until tomorrow; ends by itself (or with resumePops). */
  pausePops: request<Answer<PauseView>>()({
    payload: (zod) =>
      zod.strictObject({
        for: zod.enum(PAUSE_CHOICES, { error: 'Pause pops for "15m", "1h" or "tomorrow".' }),
      }),
    windows: MAIN,
  }),
  resumePops: bare<Answer<null>>(MAIN),
  startDemo: bare<Answer<null>>(NO_WINDOW),
  stopDemo: bare<Answer<null>>(NO_WINDOW),
  queryHistory: request<Answer<HistoryPage>>()({
    payload: (zod) =>
      zod.strictObject({
        search: searchText(zod),
        missedOnly: zod.boolean({ error: 'missedOnly must be true or false.' }).optional(),
        offset: pageOffset(zod),
        limit: pageLimit(zod, MAX_HISTORY_LIMIT),
      }),
    windows: MAIN,
  }),
  clearHistory: bare<Answer<null>>(MAIN),
  /**
   * The history was on screen with these missed calls: every missed call down to this one (the
   * newest shown) is seen, so the badge and the title clear. An id only; calls that came later stay unseen.
   */
  markMissedSeen: request<Answer<null>>()({
    payload: (zod) => zod.strictObject({ throughCallId: callId(zod) }),
    windows: MAIN,
  }),
  /** The link a sample call would produce with this template, or the reason it is refused (shown as text). */
  previewCrmLink: request<Answer<string>>()({
    payload: (zod) =>
      zod.strictObject({
        url: zod
          .string({ error: 'The link must be text.' })
          .max(MAX_TEMPLATE_URL, { error: `The link can have at most ${MAX_TEMPLATE_URL} characters.` }),
      }),
    windows: MAIN,
  }),
  /**
   * Changes the user's iSymphony status. The state shows it as `presence.pending` at once; the answer
   * comes once the server confirmed it, or with the problem after the display rolled back. The
   * presence module checks the rest (printable name, future return time) and says why in one sentence.
   */
  setStatus: request<Answer<null>, StatusChange>()({
    payload: (zod) =>
      zod.strictObject({
        type: zod.enum(STATUS_TYPES, { error: `The status type is one of ${STATUS_TYPES.join(', ')}.` }),
        name: zod
          .string({ error: 'The status name must be text.' })
          .max(MAX_STATUS_NAME_LENGTH, {
            error: `A status name has at most ${MAX_STATUS_NAME_LENGTH} characters.`,
          })
          .optional(),
        note: zod
          .string({ error: 'The status note must be text.' })
          .max(MAX_STATUS_NOTE_LENGTH, {
            error: `A status note has at most ${MAX_STATUS_NOTE_LENGTH} characters.`,
          })
          .optional(),
        returnTime: zod
          .number({ error: 'The return time must be a time in milliseconds, or null for none.' })
          .int({ error: 'The return time must be a whole number of milliseconds.' })
          .min(0, { error: 'The return time cannot be negative.' })
          .max(MAX_RETURN_TIME, { error: 'The return time is too far in the future.' })
          .nullable()
          .optional(),
      }),
    windows: MAIN,
  }),
  /**
   * The phonebook import, step 1: main shows its own open dialog, reads the file the user chose
   * (size-capped) and keeps it; the window gets a preview. The window never names a file: no path
   * from a page is ever read. Null when the user cancelled the dialog.
   */
  pickPhonebookFile: bare<Answer<PhonebookFilePreview | null>>(MAIN),
  /** Step 2: imports the file picked last, with the columns the user mapped (CSV), replacing or adding to the phonebook. */
  importPhonebook: request<Answer<PhonebookImportResult>>()({
    payload: (zod) =>
      zod.strictObject({
        mapping: zod
          .strictObject({
            name: zod.array(column(zod)).max(8, { error: 'At most 8 name columns.' }),
            company: column(zod).nullable(),
            numbers: zod.array(column(zod)).max(16, { error: 'At most 16 number columns.' }),
          })
          .optional(),
        replace: zod.boolean({ error: 'replace must be true or false.' }),
      }),
    windows: MAIN,
  }),
  queryPhonebook: request<Answer<PhonebookPage>>()({
    payload: (zod) =>
      zod.strictObject({
        search: searchText(zod),
        offset: pageOffset(zod),
        limit: pageLimit(zod, MAX_PHONEBOOK_LIMIT),
      }),
    windows: MAIN,
  }),
  /** Adds a contact (no id) or changes one; main checks that a number is left. */
  savePhonebookContact: request<Answer<ContactView>>()({
    payload: (zod) =>
      zod.strictObject({
        id: contactId(zod).optional(),
        name: contactText(zod, 'name'),
        company: contactText(zod, 'company'),
        numbers: zod
          .array(
            zod
              .string({ error: 'A number must be text.' })
              .max(MAX_CONTACT_NUMBER, { error: 'request.contactNumberTooLong' satisfies MessageKey }),
          )
          .max(MAX_CONTACT_NUMBERS, { error: 'request.contactTooManyNumbers' satisfies MessageKey }),
      }),
    windows: MAIN,
  }),
  deletePhonebookContact: request<Answer<null>>()({
    payload: (zod) => zod.strictObject({ id: contactId(zod) }),
    windows: MAIN,
  }),
  /**
   * "Add caller to phonebook" (pop card, history row): by call id only; main takes the caller's
   * number and caller-ID name from the record. An existing contact with that number is answered
   * instead of a second one.
   */
  addCallerToPhonebook: request<Answer<ContactView>>()({
    payload: byCallId,
    windows: BOTH,
  }),
} as const;

type Requests = typeof REQUESTS;
export type RequestChannel = keyof Requests;
type TypesOf<C extends RequestChannel> = NonNullable<Requests[C]['types']>;
/** What the renderer sends on a channel. */
export type RequestOf<C extends RequestChannel> = TypesOf<C>['sent'];
/** What main answers on a channel. */
export type AnswerOf<C extends RequestChannel> = TypesOf<C>['answer'];
/** The payload as main's check hands it to the handler. */
export type ParsedRequest<C extends RequestChannel> = z.output<ReturnType<Requests[C]['payload']>>;
/** The arguments of a request on the preload's API: none for requests without a payload. */
export type ArgsOf<C extends RequestChannel> = [RequestOf<C>] extends [undefined]
  ? []
  : [request: RequestOf<C>];

/** Every channel, in the table's order. */
export const REQUEST_CHANNELS = Object.keys(REQUESTS) as readonly RequestChannel[];

export function isRequestChannel(channel: unknown): channel is RequestChannel {
  return typeof channel === 'string' && Object.hasOwn(REQUESTS, channel);
}

/** Whether `window` may send `channel` (its allow-list in the table). */
export function windowMaySend(window: WindowName, channel: RequestChannel): boolean {
  return REQUESTS[channel].windows.includes(window);
}

/** The requests a window may send, in the table's order. */
export function requestsOf(window: WindowName): readonly RequestChannel[] {
  return REQUEST_CHANNELS.filter((channel) => windowMaySend(window, channel));
}

/** Main → the main window: the whole state, coalesced (at most one message per ~50 ms). */
export const STATE_CHANNEL = 'companion:state';
/** Main → the pop window: its part of the same pushes (`PopState`), only when that part changed. */
export const POP_STATE_CHANNEL = 'companion:pop-state';
export const channelName = (channel: RequestChannel): string => `companion:${channel}`;

/** What the preload puts on `window.companion` (and the browser test harness provides the same). */
export type CompanionApi = {
  readonly [C in RequestChannel]: (...request: ArgsOf<C>) => Promise<AnswerOf<C>>;
} & {
  onState(listener: (state: AppState) => void): () => void;
  onPopState(listener: (state: PopState) => void): () => void;
};
