/**
 * A small typed event emitter: each event name maps to one payload type, and `on` returns the
 * function that removes the listener. A listener that throws is reported, never lets the
 * emitting service fail.
 */
export type Listener<T> = (payload: T) => void;

export class TypedEmitter<Events extends { [K in keyof Events]: unknown }> {
  /**
   * Listeners per event, copied on every add and remove, never changed in place: `emit` (once per
   * event on the hot path) walks the array it found without copying or allocating, and a listener
   * added or removed meanwhile does not change the round under way.
   */
  private readonly listeners = new Map<keyof Events, readonly Listener<never>[]>();

  constructor(private readonly onListenerError: (error: unknown) => void = () => {}) {}

  on<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void {
    const added = listener as Listener<never>;
    const current = this.listeners.get(name) ?? [];
    // A listener added twice is called once, as with a set.
    if (!current.includes(added)) this.listeners.set(name, [...current, added]);
    return () => {
      const now = this.listeners.get(name);
      if (now?.includes(added))
        this.listeners.set(
          name,
          now.filter((l) => l !== added),
        );
    };
  }

  emit<K extends keyof Events>(name: K, payload: Events[K]): void {
    const listeners = this.listeners.get(name) as readonly Listener<Events[K]>[] | undefined;
    if (listeners === undefined) return;
    for (let i = 0; i < listeners.length; i++) this.call(listeners[i]!, payload);
  }

  private call<T>(listener: Listener<T>, payload: T): void {
    try {
      listener(payload);
    } catch (error) {
      this.onListenerError(error);
    }
  }
}
