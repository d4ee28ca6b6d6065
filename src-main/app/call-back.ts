/**
 * "Call back" on a card, in the Now list, in the history and in the tray: the renderer names a call
 * by id; the number is the remote party's raw number as the PBX sent it, which the dialing module
 * checks before anything is dialled. Through the PBX when the connection and the protocol profile
 * allow it (from the user's first extension), else a `tel:` link for the operating system.
 */
import type { Logger } from '../common/log';
import type { Result } from '../common/result';
import {
  dialableNumber,
  type DialableNumber,
  type DialRules,
  type NotDialable,
} from '../dialing/dialable-number';
import { Dialer } from '../dialing/dialer';
import { failSaid } from './answers';
import { textOf } from '../i18n/message-ref';
import type { LiveApiClient } from '../live-api/client';
import type { Answer, DialView } from '../ipc/contract';
import { DEFAULT_ORIGINATE } from '../protocol/originate';
import type { Settings } from '../storage/settings-schema';
import type { UrlOpener } from './ports';

export interface CallBackOptions {
  readonly settings: () => Settings;
  /** The raw remote number of a call by id (null: none sent; undefined: no such call). */
  readonly remoteNumber: (callId: string) => string | null | undefined;
  /** The Live REST client of the connection, when it is live. */
  readonly liveApi: () => LiveApiClient | null;
  /** The extension calls are placed from: the demo user's in demo mode, else the first in settings. */
  readonly extension: () => string | null;
  readonly urlOpener: UrlOpener;
  readonly logger: Logger;
}

export class CallBack {
  readonly #dialer: Dialer;

  constructor(private readonly o: CallBackOptions) {
    this.#dialer = new Dialer({
      rules: () => this.#rules(),
      openTel: (url) => o.urlOpener.open(url),
      pbx: () => {
        const profile = o.settings().protocolProfile.originate ?? DEFAULT_ORIGINATE;
        if (profile === 'off') return { ok: false, reason: { key: 'dial.noPbx.off' } };
        const extension = o.extension();
        if (extension === null) return { ok: false, reason: { key: 'dial.noPbx.noExtension' } };
        const api = o.liveApi();
        if (api === null) return { ok: false, reason: { key: 'dial.noPbx.notConnected' } };
        return { ok: true, profile, extension, send: (p, e, n) => api.originate(p, e, n) };
      },
    });
  }

  #rules(): DialRules {
    return {
      defaultCountry: this.o.settings().crm.defaultCountry,
      outsideLinePrefix: this.o.settings().outsideLinePrefix,
    };
  }

  /** Whether a number may be dialled under the current rules, and how it is shown (nothing is dialled). */
  check(number: string | null): Result<DialableNumber, NotDialable> {
    return dialableNumber(number, this.#rules());
  }

  async callBack(callId: string): Promise<Answer<DialView>> {
    const number = this.o.remoteNumber(callId);
    if (number === undefined) return failSaid('call-not-found', 'action.callGoneShort');
    return this.dial(number);
  }

  /** Dials a number from outside the app's calls (a tel: link, the clipboard): checked the same way. */
  async dial(number: string | null): Promise<Answer<DialView>> {
    const dialled = await this.#dialer.dial(number);
    if (!dialled.ok) {
      this.o.logger.log('info', 'A call back was not dialled.', { code: dialled.error.code });
      const { code, message } = dialled.error;
      return { ok: false, error: { code, message, ...textOf(dialled.error) } };
    }
    const { via, number: shown, message, text } = dialled.value;
    this.o.logger.log('info', 'Call back dialled.', { via });
    return { ok: true, value: { via, number: shown, message, text } };
  }
}
