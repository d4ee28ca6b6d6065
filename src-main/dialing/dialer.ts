/**
 * Call back and click-to-dial: through the PBX when it can (the originate request of the protocol
 * profile, from the user's extension), else by handing `tel:NUMBER` to the operating system (the
 * user's softphone). The PBX path falls back only when it was never going to work (no originate
 * configured, no extension, no connection) or the server said no (403: the licence or the
 * account; 404/405/501: no such action); a timeout or a dropped answer does not fall back, since
 * the PBX may be ringing the phone already and a second call would follow.
 */
import { err, ok, type Problem, type Result } from '../common/result';
import { english, problemSaid } from '../i18n/english';
import type { MessageRef } from '../i18n/message-ref';
import type { LiveApiProblem } from '../live-api/client';
import type { OriginateProfile } from '../protocol/originate';
import { dialableNumber, type DialableNumber, type DialRules, type NotDialable } from './dialable-number';

/** How a dial went out: `pbx` (the user's phone rings first, then the number) or `tel` (the OS's handler). */
export type DialPath = 'pbx' | 'tel';

export interface Dialled {
  readonly via: DialPath;
  /** The number as dialled, for the notice ("Calling +44… through the PBX"). */
  readonly number: string;
  /** Why the PBX was not used, when `via` is `tel` (a sentence of the catalogue); null otherwise. */
  readonly fallbackReason: NoPbx | null;
  /** A sentence for people, in English (the command line, logs). */
  readonly message: string;
  /** The same sentence as a catalogue message, said in the chosen language on screens and in notices. */
  readonly text: MessageRef;
}

export type DialProblem = NotDialable | LiveApiProblem | Problem<'dial-failed'>;

/**
 * Why the PBX cannot place this call (the fallback's reason): a whole sentence of the catalogue
 * (`dial.noPbx.*`), put into the fallback's own sentence, so each language keeps its word order.
 */
export type NoPbx = MessageRef;

export interface DialerPorts {
  /** The PBX side: the originate request, or why there is none right now. */
  readonly pbx: () =>
    | {
        readonly ok: true;
        readonly profile: OriginateProfile;
        readonly extension: string;
        readonly send: OriginateSender;
      }
    | { readonly ok: false; readonly reason: NoPbx };
  /** Hands a `tel:` link to the operating system; null when there is none (the command line). */
  readonly openTel: ((url: string) => Promise<Result<null, Problem>>) | null;
  readonly rules: () => DialRules;
}

export type OriginateSender = (
  profile: OriginateProfile,
  extension: string,
  number: string,
) => Promise<Result<void, LiveApiProblem>>;

/** Statuses that mean "this server will not originate", never "it may have": fall back. */
const REFUSALS = new Set(['rest-refused', 'not-found']);
const REFUSED_STATUSES = new Set([403, 404, 405, 501]);

function refusedByServer(problem: LiveApiProblem): boolean {
  const status = 'status' in problem ? problem.status : undefined;
  return REFUSALS.has(problem.code) || (status !== undefined && REFUSED_STATUSES.has(status));
}

export class Dialer {
  constructor(private readonly ports: DialerPorts) {}

  async dial(raw: string | null): Promise<Result<Dialled, DialProblem>> {
    const number = dialableNumber(raw, this.ports.rules());
    if (!number.ok) return number;
    const pbx = this.ports.pbx();
    if (!pbx.ok) return this.#tel(number.value, pbx.reason);
    const sent = await pbx.send(pbx.profile, pbx.extension, number.value.dial);
    if (sent.ok) {
      const values = { number: number.value.shown, extension: pbx.extension };
      return ok({
        via: 'pbx',
        number: number.value.shown,
        fallbackReason: null,
        message: english('dial.viaPbx', values),
        text: { key: 'dial.viaPbx', values },
      });
    }
    if (refusedByServer(sent.error)) {
      const status = 'status' in sent.error ? sent.error.status : undefined;
      return this.#tel(number.value, {
        key: 'dial.noPbx.refused',
        values: {
          status: status === undefined ? '?' : String(status),
          why: status === 403 ? 'licence' : 'action',
        },
      });
    }
    return err(sent.error);
  }

  async #tel(number: DialableNumber, reason: NoPbx): Promise<Result<Dialled, DialProblem>> {
    if (this.ports.openTel === null) {
      return err(problemSaid('dial-failed', 'dial.pbxOnly', { reason, tel: number.tel }));
    }
    const opened = await this.ports.openTel(`tel:${number.tel}`);
    // The only way a digits-only tel: link fails to open is that no phone app takes it.
    if (!opened.ok)
      return err(problemSaid('dial-failed', 'dial.telFailed', { number: number.shown, reason }));
    const values = { number: number.shown, reason };
    return ok({
      via: 'tel',
      number: number.shown,
      fallbackReason: reason,
      message: english('dial.viaTel', values),
      text: { key: 'dial.viaTel', values },
    });
  }
}
