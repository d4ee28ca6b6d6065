/**
 * What a discovery session saw: every event type with its count, and every event that names the
 * user (their username or one of their extensions, in any field, any suffix). Values come from a
 * stranger's server, so only capped scalars are kept, and only so many events.
 */

export type WireScalar = string | number | boolean | null;
export type WireFields = Readonly<Record<string, WireScalar>>;

export interface Identity {
  readonly username: string;
  readonly extensions: readonly string[];
}

/** One event that named the user, in arrival order. */
export interface Mention {
  readonly seq: number;
  readonly type: string;
  readonly fields: WireFields;
  /** The fields whose value is the username or one of the extensions. */
  readonly naming: readonly string[];
}

export interface TypeSeen {
  readonly type: string;
  readonly count: number;
  /** How many of them named the user. */
  readonly namedUser: number;
  /** Fields that named the user, over all its events (at most 16). */
  readonly fields: readonly string[];
}

/** Enough for several test calls with ring groups; later mentions are counted, not kept. */
const MAX_MENTIONS = 2_000;
const MAX_TYPES = 200;
const MAX_FIELDS_PER_TYPE = 16;

export class Observations {
  readonly #identity: ReadonlySet<string>;
  readonly #types = new Map<string, { count: number; namedUser: number; fields: Set<string> }>();
  readonly #mentions: Mention[] = [];
  #seq = 0;
  #events = 0;

  constructor(identity: Identity) {
    this.#identity = new Set([identity.username, ...identity.extensions].filter((n) => n.length > 0));
  }

  /** Records one event; returns its mention when it names the user, else null. */
  observe(type: string, fields: WireFields): Mention | null {
    this.#events += 1;
    const seq = ++this.#seq;
    let entry = this.#types.get(type);
    if (entry === undefined) {
      if (this.#types.size >= MAX_TYPES) return null;
      entry = { count: 0, namedUser: 0, fields: new Set() };
      this.#types.set(type, entry);
    }
    entry.count += 1;
    const naming: string[] = [];
    for (const key of Object.keys(fields)) {
      const value = fields[key];
      const text = typeof value === 'number' ? String(value) : value;
      if (typeof text === 'string' && this.#identity.has(text)) naming.push(key);
    }
    if (naming.length === 0) return null;
    entry.namedUser += 1;
    for (const key of naming) if (entry.fields.size < MAX_FIELDS_PER_TYPE) entry.fields.add(key);
    const mention: Mention = { seq, type, fields, naming };
    if (this.#mentions.length < MAX_MENTIONS) this.#mentions.push(mention);
    return mention;
  }

  /** Whether a value is the user's username or one of their extensions. */
  names(value: WireScalar | undefined): boolean {
    const text = typeof value === 'number' ? String(value) : value;
    return typeof text === 'string' && this.#identity.has(text);
  }

  get events(): number {
    return this.#events;
  }

  get mentions(): readonly Mention[] {
    return this.#mentions;
  }

  types(): TypeSeen[] {
    return [...this.#types.entries()]
      .map(([type, e]) => ({ type, count: e.count, namedUser: e.namedUser, fields: [...e.fields].sort() }))
      .sort((a, b) => b.namedUser - a.namedUser || b.count - a.count || (a.type < b.type ? -1 : 1));
  }
}
