/**
 * The user's iSymphony status as the app uses it: changing it (and saying why a change was refused
 * before anything was sent), and do-not-disturb from the status, which holds pops while the
 * settings follow it.
 */
import type { Logger } from '../common/log';
import type { Problem } from '../common/result';
import { problemSaid } from '../i18n/english';
import type { Answer, PresenceView, StatusChange } from '../ipc/contract';
import type { PresenceTracker } from '../presence/presence-tracker';
import type { Settings } from '../storage/settings-schema';
import { OK_NULL } from './answers';
import { presenceViewOf } from './presence-view';

export interface PresenceControlOptions {
  /** The current connection's tracker, if any. */
  readonly tracker: () => PresenceTracker | null;
  readonly settings: () => Settings;
  /** Tells the running pipeline whether pops are held now. */
  readonly configureDnd: (dnd: boolean) => void;
  readonly clearPops: () => void;
  /** Pops paused for a while ("Pause pops for 15 min"); left out, never. */
  readonly paused?: () => boolean;
  /** The identity check found no such iSymphony user (the status area says so); left out, never. */
  readonly userUnknown?: () => boolean;
  readonly logger: Logger;
  readonly changed: () => void;
}

export class PresenceControl {
  /** The confirmed status is Do Not Disturb and the settings follow it. */
  #presenceDnd = false;
  /** A status change refused before anything was sent (the tracker shows only what it sent). */
  #refusal: Problem | null = null;

  constructor(private readonly o: PresenceControlOptions) {}

  /** The switch in the app, a pause of pops, or the user's iSymphony status when the settings follow it. */
  dndNow(): boolean {
    return this.o.settings().doNotDisturb || this.#presenceDnd || this.o.paused?.() === true;
  }

  view(): PresenceView {
    return presenceViewOf(this.o.tracker()?.state ?? null, this.#refusal, this.o.userUnknown?.() ?? false);
  }

  /** Something newer than a refused change happened (or the tracker stopped): its sentence has served. */
  forgetRefusal(): void {
    this.#refusal = null;
  }

  async setStatus(change: StatusChange): Promise<Answer<null>> {
    const tracker = this.o.tracker();
    this.#refusal = null;
    if (!tracker) {
      return this.#refuse(problemSaid('presence-unavailable', 'problem.presenceUnavailable'));
    }
    const result = await tracker.set(change);
    if (result.ok) return OK_NULL;
    const why: Problem = {
      code: result.error.code,
      message: result.error.message,
      ...(result.error.text ? { text: result.error.text } : {}),
    };
    const shown = tracker.state.problem;
    // The tracker shows what went wrong with a change it sent; a change it refused (no user, not
    // known yet, a bad return time) it does not, so the app does. A superseded change is no news.
    const told = shown !== undefined && shown.code === why.code && shown.message === why.message;
    if (!told && why.code !== 'superseded' && why.code !== 'stopped' && this.o.tracker() === tracker) {
      return this.#refuse(why);
    }
    return { ok: false, error: why };
  }

  /** Do-not-disturb from the user's iSymphony status: pops held, calls still recorded. */
  setPresenceDnd(on: boolean): void {
    if (on === this.#presenceDnd) return;
    this.#presenceDnd = on;
    this.o.logger.log('info', on ? 'Pops held: the iSymphony status is Do Not Disturb.' : 'Pops resumed.');
    this.o.configureDnd(this.dndNow());
    if (on) this.o.clearPops();
    this.o.changed();
  }

  #refuse(why: Problem): Answer<null> {
    this.#refusal = why;
    this.o.changed();
    return { ok: false, error: why };
  }
}
