import type { Problem } from '../../../src-main/ipc/contract';

type Answered = { readonly ok: true } | { readonly ok: false; readonly error: Problem };

/**
 * One component's request to main at a time: `busy` while it is on its way (its buttons disable
 * themselves), and `problem`, the refusal of the last answer, for the component to show.
 */
export class PendingRequest {
  busy = $state(false);
  problem = $state<Problem | null>(null);

  async run<A extends Answered>(request: () => Promise<A>): Promise<A> {
    this.busy = true;
    try {
      const answer: A = await request();
      const answered: Answered = answer;
      this.problem = answered.ok ? null : answered.error;
      return answer;
    } finally {
      this.busy = false;
    }
  }
}
