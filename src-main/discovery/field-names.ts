/**
 * Which wire field (before its suffix) holds which party field, from the two-party events that
 * named the user. Each candidate is scored by its name (the default name wins outright; hints
 * such as "chan" for the segment id) and by its values (UUIDs, the user's own name or extension
 * on their side, letters in a caller name); the assignment with the best total wins, and it is
 * called ambiguous when another assignment comes close.
 */
import { PARTY_FIELDS, type PartyField } from '../protocol/profile';
import type { Mention, Observations } from './observations';

/** Fields every two-party event has under fixed names; never a party field to rename. */
const FIXED = new Set(['extensionId', 'userId']);

const HINTS: Readonly<Record<PartyField, (name: string) => boolean>> = {
  callSegmentId: (n) => /seg|chan|call.?id|uniq|^id$/i.test(n),
  callerIdName: (n) => /name/i.test(n) && !/user|room|queue|agent/i.test(n),
  callerIdNumber: (n) => /num|cid|clid|caller|ani/i.test(n) && !/name|dial|did|dnid/i.test(n),
  did: (n) => /did|dnid|dialed|dialled|called|dest/i.test(n),
  extensionNumber: (n) => /ext/i.test(n),
  username: (n) => /user|login|account/i.test(n) && !/id$/i.test(n),
};

const UUID_LIKE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export interface FieldNamesGuess {
  readonly names: Readonly<Record<PartyField, string>>;
  /** Fields for which no candidate was found (they keep their default name). */
  readonly missing: readonly PartyField[];
  readonly ambiguous: boolean;
}

/** The bases that come with both suffixes in an event (`cidName1` and `cidName2` → `cidName`). */
export function pairedBases(fields: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(fields)) {
    if (!key.endsWith('1')) continue;
    const base = key.slice(0, -1);
    if (base.length > 0 && Object.hasOwn(fields, base + '2')) out.push(base);
  }
  return out;
}

/** Whether an event carries two parties (at least three fields with both suffixes). */
export function isTwoParty(fields: Readonly<Record<string, unknown>>): boolean {
  return pairedBases(fields).length >= 3;
}

/** Which suffix names the user, by count of naming fields; null on a tie. */
export function userSide(m: Mention): '1' | '2' | null {
  let one = 0;
  let two = 0;
  for (const key of m.naming) {
    if (key.endsWith('1')) one += 1;
    else if (key.endsWith('2')) two += 1;
  }
  return one === two ? null : one > two ? '1' : '2';
}

function score(base: string, field: PartyField, samples: readonly Mention[], seen: Observations): number {
  if (base === field) return 1000;
  let s = HINTS[field](base) ? 20 : 0;
  let uuid = 0;
  let letters = 0;
  let mine = 0;
  let values = 0;
  for (const m of samples) {
    const side = userSide(m);
    for (const suffix of ['1', '2'] as const) {
      const v = m.fields[base + suffix];
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      values += 1;
      const text = String(v);
      if (UUID_LIKE.test(text)) uuid += 1;
      else if (/\p{L}/u.test(text)) letters += 1;
      if (suffix === side && seen.names(v)) mine += 1;
    }
  }
  if (values === 0) return s;
  const share = (n: number): number => n / values;
  if (field === 'callSegmentId') s += share(uuid) > 0.5 ? 10 : -10;
  else if (share(uuid) > 0.5) s -= 10;
  if (field === 'callerIdName') s += share(letters) > 0 ? 8 : 0;
  if (field === 'username' || field === 'extensionNumber') s += mine > 0 ? 12 : 0;
  if (field === 'callerIdNumber') s += mine > 0 ? 4 : 0;
  return s;
}

export function guessFieldNames(twoParty: readonly Mention[], seen: Observations): FieldNamesGuess {
  const counts = new Map<string, number>();
  for (const m of twoParty)
    for (const b of pairedBases(m.fields)) if (!FIXED.has(b)) counts.set(b, (counts.get(b) ?? 0) + 1);
  // Bases in at least half the events: a field a server sends only now and then is not a party field.
  const candidates = [...counts.entries()]
    .filter(([, n]) => n * 2 >= twoParty.length)
    .map(([b]) => b)
    .slice(0, 8);
  const table = PARTY_FIELDS.map((f) => candidates.map((b) => score(b, f, twoParty, seen)));
  let best = -Infinity;
  let bestPick: number[] = [];
  const pick: number[] = [];
  const used = new Set<number>();
  const walk = (i: number, total: number): void => {
    if (i === PARTY_FIELDS.length) {
      if (total > best) {
        best = total;
        bestPick = [...pick];
      }
      return;
    }
    // -1: this field has no candidate (it keeps its default name).
    for (let c = -1; c < candidates.length; c++) {
      if (c >= 0 && used.has(c)) continue;
      if (c >= 0) used.add(c);
      pick.push(c);
      walk(i + 1, total + (c >= 0 ? table[i]![c]! : 0));
      pick.pop();
      if (c >= 0) used.delete(c);
    }
  };
  walk(0, 0);
  const names = {} as Record<PartyField, string>;
  const missing: PartyField[] = [];
  let ambiguous = false;
  PARTY_FIELDS.forEach((field, i) => {
    const c = bestPick[i] ?? -1;
    const row = table[i]!;
    // A candidate with no support at all is no better than the default name.
    if (c < 0 || row[c]! <= 0) {
      names[field] = field;
      missing.push(field);
      return;
    }
    names[field] = candidates[c]!;
    // Clear when the default name is there, or no other candidate comes within 10 points.
    const rival = Math.max(-Infinity, ...row.filter((_, j) => j !== c));
    if (row[c]! < 1000 && row[c]! - rival < 10) ambiguous = true;
  });
  return { names, missing, ambiguous };
}
