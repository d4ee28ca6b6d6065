/**
 * Call back and click-to-dial: through the PBX when it can (the originate request of the protocol
 * profile, from the user's extension), else by handing `tel:NUMBER` to the operating system (the
 * user's softphone). The PBX path falls back only when it was never going to work (no originate
 * configured, no extension, no connection) or the server said no (403: the licence or the
 * account; 404/405/501: no such action); a timeout or a dropped answer does not fall back, since
 * the PBX may be ringing the phone already and a second call would follow.
 */
import { err, ok, problem, type Problem, type Result } from '../common/result';
import type { LiveApiProblem } from '../live-api/client';
import type { OriginateProfile } from '../protocol/originate';
import { dialableNumber, type DialableNumber, type DialRules, type NotDialable } from './dialable-number';

/** How a dial went out: `pbx` (the user's phone rings first, then the number) or `tel` (the OS's handler). */
export type DialPath = 'pbx' | 'tel';

export interface Dialled {
  readonly via: DialPath;
  /** The number as dialled, for the notice ("Calling +44… through the PBX"). */
  readonly number: string;
  /** Why the PBX was not used, when `via` is `tel`; null otherwise. */
  readonly fallbackReason: string | null;
  /** A sentence for people. */
  readonly message: string;
}

export type DialProblem = NotDialable | LiveApiProblem | Problem<'dial-failed'>;

/** Why the PBX cannot place this call before anything is sent (the fallback's reason). */
export type NoPbx = string;

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
      return ok({
        via: 'pbx',
        number: number.value.shown,
        fallbackReason: null,
        message: `Calling ${number.value.shown} through the PBX: your phone (${pbx.extension}) rings first, then the number.`,
      });
    }
    if (refusedByServer(sent.error)) {
      const status = 'status' in sent.error ? sent.error.status : undefined;
      const why =
        status === 403 ? 'its licence or the manager account does not allow it' : 'it has no such action';
      return this.#tel(number.value, `the PBX refused to place the call (HTTP ${status ?? '?'}: ${why})`);
    }
    return err(sent.error);
  }

  async #tel(number: DialableNumber, reason: NoPbx): Promise<Result<Dialled, DialProblem>> {
    if (this.ports.openTel === null) {
      return err(
        problem(
          'dial-failed',
          `The PBX cannot place this call: ${reason}. Dial tel:${number.tel} with your phone app instead.`,
        ),
      );
    }
    const opened = await this.ports.openTel(`tel:${number.tel}`);
    if (!opened.ok) {
      return err(
        problem(
          'dial-failed',
          `${number.shown} could not be dialled: ${reason}, and ${opened.error.message}`,
        ),
      );
    }
    return ok({
      via: 'tel',
      number: number.shown,
      fallbackReason: reason,
      message: `Handed ${number.shown} to your phone app (tel: link), because ${reason}.`,
    });
  }
}
