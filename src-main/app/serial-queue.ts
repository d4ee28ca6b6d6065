/**
 * Runs tasks one at a time, in call order; a failed task does not stop the ones after it.
 */
export class SerialQueue {
  #queue: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => {});
    return run;
  }
}
