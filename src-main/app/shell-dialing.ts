/**
 * Dialling asked for outside a window: "Call back" on one of the tray's recent calls, a `tel:`,
 * `callto:` or `sip:` link the operating system hands over (opt-in: the `callLinks` setting), and
 * the shortcut that dials the number on the clipboard once the user has seen it and said yes. Each
 * goes through the same CallBack as the screens' Call back (the dialing rules, then the PBX or
 * `tel:`), and since no window shows the answer, it is said in a notification.
 */
import type { Logger } from '../common/log';
import type { Problem } from '../common/result';
import { ENGLISH } from '../i18n/languages';
import { english } from '../i18n/english';
import { translatorFor, type Say } from '../i18n/translator';
import { findDialLink, numberOfDialLink, numberOfText } from '../dialing/dial-link';
import type { Answer, DialView } from '../ipc/contract';
import type { Settings } from '../storage/settings-schema';
import type { CallBack } from './call-back';
import { failSaid } from './answers';
import { ltrNumber } from './display-text';
import type { DialingPorts } from './ports';

export interface ShellDialingOptions {
  readonly callBack: Pick<CallBack, 'callBack' | 'dial' | 'check'>;
  readonly settings: () => Settings;
  /** Absent: answers only (nothing said, no clipboard, no dialog). */
  readonly ports: DialingPorts | undefined;
  readonly logger: Logger;
  /** The chosen language's words, asked for when a notice is said; left out, English. */
  readonly say?: () => Say;
}

/** Why a call link was not dialled (English; the notice says it in the chosen language). */
export const callLinksOff = (): string => english('problem.callLinksOff');

/** The notification's title for an answer: which way the call went, or that nothing was dialled. */
export function dialNoticeTitle(answer: Answer<DialView>, say: Say = translatorFor(ENGLISH).t): string {
  if (!answer.ok) return say('notify.notDialled');
  return say(answer.value.via === 'pbx' ? 'notify.callingPbx' : 'notify.callingPhoneApp');
}

/** A sentence in the chosen language when it carries a catalogue message, else its English message. */
function sayProblem(say: Say, problem: Pick<Problem, 'message' | 'text'>): string {
  return problem.text ? say(problem.text.key, problem.text.values) : problem.message;
}

export class ShellDialing {
  /** One clipboard question at a time: a second press while it is open does nothing. */
  #asking = false;

  constructor(private readonly o: ShellDialingOptions) {}

  /** "Call back" in the tray's recent calls: the call id only, as from any window. */
  async callBack(callId: string): Promise<Answer<DialView>> {
    return this.#said(await this.o.callBack.callBack(callId));
  }

  /**
   * A second instance's argv, process.argv at start or a macOS open-url: null when none of the
   * arguments is a dial link (an ordinary second start), else how the link was dialled or why not.
   */
  async dialLink(args: readonly unknown[]): Promise<Answer<DialView> | null> {
    const link = findDialLink(args);
    if (link === null) return null;
    // The link itself is never logged: a SIP address may carry a password.
    if (!this.o.settings().callLinks) {
      this.o.logger.log('info', 'A call link arrived while call links are off; not dialled.');
      return this.#said(failSaid('call-links-off', 'problem.callLinksOff'));
    }
    const number = numberOfDialLink(link);
    if (!number.ok) {
      this.o.logger.log('info', 'A call link held no phone number; not dialled.');
      return this.#said({ ok: false, error: number.error });
    }
    return this.#said(await this.o.callBack.dial(number.value));
  }

  /** The clipboard shortcut: the number is shown first (bidi-safe), and only a yes dials it. */
  async dialClipboard(): Promise<Answer<DialView>> {
    const ports = this.o.ports;
    if (ports === undefined) return failSaid('no-clipboard', 'problem.noClipboard');
    if (this.#asking) return failSaid('dial-waiting', 'problem.dialWaiting');
    const text = numberOfText(await ports.readClipboard().catch(() => ''));
    if (!text.ok) return this.#said({ ok: false, error: text.error });
    const number = this.o.callBack.check(text.value);
    if (!number.ok) return this.#said({ ok: false, error: number.error });
    this.#asking = true;
    let yes: boolean;
    try {
      yes = await ports.confirmDial(ltrNumber(number.value.shown));
    } catch {
      yes = false;
    } finally {
      this.#asking = false;
    }
    if (!yes) return failSaid('dial-cancelled', 'problem.dialCancelled');
    return this.#said(await this.o.callBack.dial(text.value));
  }

  #said(answer: Answer<DialView>): Answer<DialView> {
    const words = this.o.say?.() ?? translatorFor(ENGLISH).t;
    const body = sayProblem(words, answer.ok ? answer.value : answer.error);
    this.o.ports?.say(dialNoticeTitle(answer, words), body);
    return answer;
  }
}

/** For the shell: which schemes it registers, and whether arguments hold a link (then no window shows). */
export { DIAL_LINK_SCHEMES, findDialLink } from '../dialing/dial-link';
