/**
 * A small typed event emitter: each event name maps to one payload type, and `on` returns the
 * function that removes the listener. A listener that throws is reported, never lets the
 * emitting service fail.
 */
export type Listener<T> = (payload: T) => void;

export class TypedEmitter<Events extends { [K in keyof Events]: unknown }> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  on<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(listener as Listener<never>);
    return () => {
      set.delete(listener as Listener<never>);
    };
  }

  emit<K extends keyof Events>(name: K, payload: Events[K]): void {
    const set = this.listeners.get(name);
    if (!set || set.size === 0) return;
    // One listener is the usual case, once per event on the hot path: call it without copying.
    // Several are copied first, so a listener added or removed meanwhile does not change this round.
    if (set.size === 1) {
      this.call(set.values().next().value as Listener<Events[K]>, payload);
      return;
    }
    for (const listener of [...set]) this.call(listener as Listener<Events[K]>, payload);
  }

  private call<T>(listener: Listener<T>, payload: T): void {
    try {
      listener(payload);
    } catch (error) {
      this.onListenerError(error);
    }
  }
}
