/**
 * From what a discovery session saw, the protocol profile the server seems to speak: which event
 * type means ringing, answered, answer ended and hung up, which suffix is the caller (per kind
 * where they differ), and what the party fields are called. Every decision comes with the
 * evidence behind it, and the confidence says plainly when it could not decide.
 */
import { profileOverridesOf } from '../protocol/profile-json';
import {
  DEFAULT_PROFILE,
  resolveProfile,
  TWO_PARTY_KINDS,
  type PartySuffix,
  type ProtocolProfile,
  type ProtocolProfileOverrides,
  type TwoPartyKind,
} from '../protocol/profile';
import { guessFieldNames, isTwoParty, userSide } from './field-names';
import type { Mention, Observations, TypeSeen } from './observations';

export type Confidence = 'high' | 'low' | 'none';

export interface Evidence {
  readonly topic:
    'types' | 'dial' | 'link' | 'linkEnd' | 'hangup' | 'callerSuffix' | 'fieldNames' | 'undecided';
  /** One plain sentence. */
  readonly finding: string;
  readonly types?: readonly TypeSeen[];
}

export interface Proposal {
  /** Exactly what `--protocol-profile` accepts. */
  readonly profile: ProtocolProfileOverrides;
  readonly resolved: ProtocolProfile;
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  /** High confidence and a hang-up of the user's side seen: waiting longer would add nothing. */
  readonly sure: boolean;
}

const q = (s: string): string => JSON.stringify(s.slice(0, 64));

/** For each call (the user's segment), the two-party types in the order they came. */
function callSequences(twoParty: readonly Mention[], segmentBase: string): string[][] {
  const calls = new Map<string, string[]>();
  for (const m of twoParty) {
    const side = userSide(m);
    const id = side === null ? undefined : m.fields[segmentBase + side];
    const key = typeof id === 'string' || typeof id === 'number' ? String(id) : `#${m.seq}`;
    const seq = calls.get(key) ?? [];
    if (!seq.includes(m.type)) seq.push(m.type);
    calls.set(key, seq);
  }
  return [...calls.values()];
}

/** The type that came first among those not yet given a meaning, most often over the calls; with its votes. */
function vote(calls: readonly string[][], taken: ReadonlySet<string>) {
  const votes = new Map<string, number>();
  for (const seq of calls) {
    const pick = seq.find((t) => !taken.has(t));
    if (pick !== undefined) votes.set(pick, (votes.get(pick) ?? 0) + 1);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  return top ? { type: top[0], votes: top[1], rival: ranked[1]?.[1] ?? 0 } : null;
}

/** `base`: what an undecided part keeps (the profile given with --protocol-profile, else the defaults). */
export function propose(seen: Observations, base: ProtocolProfile = DEFAULT_PROFILE): Proposal {
  const evidence: Evidence[] = [];
  const types = seen.types();
  const mentions = seen.mentions;
  evidence.push({
    topic: 'types',
    finding: `Saw ${seen.events} events of ${types.length} types; ${mentions.length} named the user.`,
    types,
  });
  const twoParty = mentions.filter((m) => isTwoParty(m.fields));
  if (twoParty.length === 0) {
    evidence.push({
      topic: 'undecided',
      finding:
        mentions.length === 0
          ? 'No event named the user or their extensions, so nothing can be said about calls: check the user name and extensions, and ring the extension while discovery runs.'
          : 'Events named the user, but none of them had two parties (a caller and a called side), so no call was seen: ring the extension while discovery runs.',
    });
    return { profile: profileOverridesOf(base), resolved: base, confidence: 'none', evidence, sure: false };
  }
  let low = false;
  const fields = guessFieldNames(twoParty, seen);
  const renamed = Object.entries(fields.names).filter(([f, n]) => f !== n);
  evidence.push({
    topic: 'fieldNames',
    finding:
      renamed.length === 0
        ? 'The party fields have their usual names.'
        : `The party fields are named ${renamed.map(([f, n]) => `${q(n)} for ${f}`).join(', ')}.` +
          (fields.ambiguous ? ' Some of these were close calls.' : ''),
  });
  if (fields.missing.length > 0) {
    low = true;
    evidence.push({
      topic: 'undecided',
      finding: `No field looked like ${fields.missing.join(', ')}; the usual names are kept.`,
    });
  }
  if (fields.ambiguous) low = true;

  // Ringing, answered, answer ended: the order in which two-party types came within each call.
  const calls = callSequences(twoParty, fields.names.callSegmentId);
  const eventTypes: Partial<Record<TwoPartyKind | 'hangup', string>> = {};
  const taken = new Set<string>();
  const MEANING: Record<TwoPartyKind, string> = {
    dial: 'ringing (dial)',
    link: 'answered (link)',
    linkEnd: 'answer ended (linkEnd)',
  };
  TWO_PARTY_KINDS.forEach((kind, position) => {
    const winner = vote(calls, taken);
    if (winner === null) {
      low = true;
      evidence.push({
        topic: 'undecided',
        finding: `No call got as far as ${MEANING[kind]}${kind === 'dial' ? '' : ': answer the test call, then hang up'}; its event name stays ${q(base.eventTypes[kind])}.`,
      });
      return;
    }
    taken.add(winner.type);
    eventTypes[kind] = winner.type;
    if (winner.rival * 2 >= winner.votes) low = true;
    const t = types.find((x) => x.type === winner.type);
    evidence.push({
      topic: kind,
      finding: `${q(winner.type)} came ${['first', 'second', 'third'][position]} in ${winner.votes} of ${calls.length} calls to the user (${t?.count ?? 0} seen, naming the user in ${t?.fields.join(', ') || 'no field'}): it means ${MEANING[kind]}.`,
    });
  });

  // Hung up: a one-party type naming the user whose segment id is one the calls used.
  const segmentIds = new Set<string>();
  for (const m of twoParty)
    for (const s of ['1', '2'])
      if (typeof m.fields[fields.names.callSegmentId + s] === 'string')
        segmentIds.add(m.fields[fields.names.callSegmentId + s] as string);
  const hangupVotes = new Map<string, number>();
  for (const m of mentions) {
    if (isTwoParty(m.fields)) continue;
    const id = m.fields[fields.names.callSegmentId];
    if (typeof id === 'string' && segmentIds.has(id))
      hangupVotes.set(m.type, (hangupVotes.get(m.type) ?? 0) + 1);
  }
  const hangup = [...hangupVotes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (hangup) {
    eventTypes.hangup = hangup[0];
    evidence.push({
      topic: 'hangup',
      finding: `${q(hangup[0])} named the user's call segments ${hangup[1]} times with one party: it means hung up (hangup).`,
    });
  } else {
    low = true;
    evidence.push({
      topic: 'undecided',
      finding: `No one-party event named a segment of the calls, so the hang-up event stays ${q(base.eventTypes.hangup)}: hang up the test call while discovery runs.`,
    });
  }

  // The caller is the side that does not name the user (the user was rung).
  const suffixes: Partial<Record<TwoPartyKind, PartySuffix>> = {};
  const findings: string[] = [];
  for (const kind of TWO_PARTY_KINDS) {
    const type = eventTypes[kind];
    if (type === undefined) continue;
    let one = 0;
    let two = 0;
    for (const m of twoParty) {
      if (m.type !== type) continue;
      const side = userSide(m);
      if (side === '2') one += 1;
      else if (side === '1') two += 1;
    }
    if (one + two === 0) continue;
    suffixes[kind] = one >= two ? '1' : '2';
    if (one > 0 && two > 0) low = true;
    findings.push(
      `${kind}: suffix ${suffixes[kind]} (${Math.max(one, two)} of ${one + two} events named the user on the other side)`,
    );
  }
  const votesFor2 = Object.values(suffixes).filter((s) => s === '2').length;
  const callerSuffix: PartySuffix = votesFor2 * 2 > Object.keys(suffixes).length ? '2' : '1';
  const byKind = Object.fromEntries(
    Object.entries(suffixes).filter(([, s]) => s !== callerSuffix),
  ) as Partial<Record<TwoPartyKind, PartySuffix>>;
  evidence.push({
    topic: 'callerSuffix',
    finding: `The caller is the side that does not name the user: ${findings.join('; ') || 'no event told the sides apart'}.`,
  });
  if (findings.length === 0) low = true;

  const resolved = resolveProfile({
    eventTypes: { ...base.eventTypes, ...eventTypes },
    callerSuffix,
    ...(Object.keys(byKind).length > 0 ? { callerSuffixByKind: byKind } : {}),
    fieldNames: {
      ...fields.names,
      ...Object.fromEntries(fields.missing.map((f) => [f, base.fieldNames[f]])),
    },
  });
  if (!resolved.ok) {
    evidence.push({
      topic: 'undecided',
      finding: `What was seen does not make a usable profile: ${resolved.error.message}`,
    });
    return { profile: profileOverridesOf(base), resolved: base, confidence: 'none', evidence, sure: false };
  }
  const confidence: Confidence = low ? 'low' : 'high';
  return {
    profile: profileOverridesOf(resolved.value),
    resolved: resolved.value,
    confidence,
    evidence,
    sure: confidence === 'high' && hangup !== undefined,
  };
}
