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
import { english } from '../i18n/english';
import { listRef, type MessageRef, type MessageRefValue } from '../i18n/message-ref';
import type { MessageKey } from '../i18n/catalogues';
import { guessFieldNames, isTwoParty, userSide } from './field-names';
import type { Mention, Observations, TypeSeen } from './observations';

export type Confidence = 'high' | 'low' | 'none';

export interface Evidence {
  readonly topic:
    'types' | 'dial' | 'link' | 'linkEnd' | 'hangup' | 'callerSuffix' | 'fieldNames' | 'undecided';
  /** One plain sentence, in English (the command line prints it). */
  readonly finding: string;
  /** The same sentence as a catalogue message, for the window to say in the chosen language. */
  readonly text: MessageRef;
  readonly types?: readonly TypeSeen[];
}

type Topic = Evidence['topic'];

/** A finding: its English sentence and its message, from one catalogue key. */
function found(
  topic: Topic,
  key: MessageKey,
  values?: Readonly<Record<string, MessageRefValue>>,
): Pick<Evidence, 'topic' | 'finding' | 'text'> {
  return { topic, finding: english(key, values), text: values ? { key, values } : { key } };
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

/** The finding that some party fields kept their usual names (the result screen marks that line undecided). */
export const MISSING_FIELDS = 'detection.evidence.missingFields' satisfies MessageKey;
/** The finding that no event told caller and called apart. */
export const CALLER_UNKNOWN = 'detection.evidence.callerUnknown' satisfies MessageKey;

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
    ...found('types', 'detection.evidence.seen', {
      events: seen.events,
      types: types.length,
      mentions: mentions.length,
    }),
    types,
  });
  const twoParty = mentions.filter((m) => isTwoParty(m.fields));
  if (twoParty.length === 0) {
    evidence.push(
      found(
        'undecided',
        mentions.length === 0 ? 'detection.evidence.noMention' : 'detection.evidence.noCall',
      ),
    );
    return { profile: profileOverridesOf(base), resolved: base, confidence: 'none', evidence, sure: false };
  }
  let low = false;
  const fields = guessFieldNames(twoParty, seen);
  const renamed = Object.entries(fields.names).filter(([f, n]) => f !== n);
  evidence.push(
    renamed.length === 0
      ? found('fieldNames', 'detection.evidence.usualFields')
      : found('fieldNames', 'detection.evidence.renamedFields', {
          names: listRef(
            renamed.map(([f, n]) => ({
              key: 'detection.evidence.fieldName',
              values: { name: q(n), field: f },
            })),
          ),
          ambiguous: fields.ambiguous ? 'yes' : 'no',
        }),
  );
  if (fields.missing.length > 0) {
    low = true;
    evidence.push(found('undecided', MISSING_FIELDS, { fields: listRef(fields.missing) }));
  }
  if (fields.ambiguous) low = true;

  // Ringing, answered, answer ended: the order in which two-party types came within each call.
  const calls = callSequences(twoParty, fields.names.callSegmentId);
  const eventTypes: Partial<Record<TwoPartyKind | 'hangup', string>> = {};
  const taken = new Set<string>();
  TWO_PARTY_KINDS.forEach((kind, position) => {
    const winner = vote(calls, taken);
    if (winner === null) {
      low = true;
      evidence.push(
        found('undecided', 'detection.evidence.notReached', { kind, name: q(base.eventTypes[kind]) }),
      );
      return;
    }
    taken.add(winner.type);
    eventTypes[kind] = winner.type;
    if (winner.rival * 2 >= winner.votes) low = true;
    const t = types.find((x) => x.type === winner.type);
    evidence.push(
      found(kind, 'detection.evidence.came', {
        name: q(winner.type),
        position: (['first', 'second', 'third'] as const)[position] ?? 'third',
        votes: winner.votes,
        calls: calls.length,
        seen: t?.count ?? 0,
        fields: t && t.fields.length > 0 ? listRef(t.fields) : { key: 'detection.evidence.noField' },
        kind,
      }),
    );
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
    evidence.push(found('hangup', 'detection.evidence.hangup', { name: q(hangup[0]), times: hangup[1] }));
  } else {
    low = true;
    evidence.push(found('undecided', 'detection.evidence.noHangup', { name: q(base.eventTypes.hangup) }));
  }

  // The caller is the side that does not name the user (the user was rung).
  const suffixes: Partial<Record<TwoPartyKind, PartySuffix>> = {};
  const findings: MessageRef[] = [];
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
    const suffix: PartySuffix = one >= two ? '1' : '2';
    suffixes[kind] = suffix;
    if (one > 0 && two > 0) low = true;
    findings.push({
      key: 'detection.evidence.callerKind',
      values: { kind, suffix, most: Math.max(one, two), total: one + two },
    });
  }
  const votesFor2 = Object.values(suffixes).filter((s) => s === '2').length;
  const callerSuffix: PartySuffix = votesFor2 * 2 > Object.keys(suffixes).length ? '2' : '1';
  const byKind = Object.fromEntries(
    Object.entries(suffixes).filter(([, s]) => s !== callerSuffix),
  ) as Partial<Record<TwoPartyKind, PartySuffix>>;
  evidence.push(
    findings.length === 0
      ? found('callerSuffix', CALLER_UNKNOWN)
      : found('callerSuffix', 'detection.evidence.caller', { findings: listRef(findings) }),
  );
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
    evidence.push(
      found('undecided', 'detection.evidence.unusable', {
        reason: resolved.error.text ?? resolved.error.message,
      }),
    );
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
