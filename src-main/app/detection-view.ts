/**
 * What "Detect call events…" found, in the words the screen shows: a discovery proposal becomes a
 * verdict, one line per decision (or "could not decide"), and the evidence. Pure. Names in it come
 * from the server (checked identifiers, at most 64 characters); the renderer shows them as text.
 */
import type { Proposal } from '../discovery/propose';
import type { DetectionLine, DetectionView } from '../ipc/contract';
import { profileOverridesOf } from '../protocol/profile-json';
import {
  DEFAULT_FIELD_NAMES,
  PARTY_FIELDS,
  TWO_PARTY_KINDS,
  type PartyField,
  type ProtocolProfile,
} from '../protocol/profile';
import type { Identity } from '../discovery/observations';

type Result = Extract<DetectionView, { kind: 'result' }>;

const MEANINGS = [
  ['dial', 'Ringing', 'no test call was seen ringing'],
  ['link', 'Answered', 'no test call was answered'],
  ['linkEnd', 'Answer ended', 'no answered test call ended'],
  ['hangup', 'Hung up', 'no test call was hung up'],
] as const;

const FIELD_WORDS: Readonly<Record<PartyField, string>> = {
  callerIdName: 'name',
  callerIdNumber: 'number',
  did: 'dialled number',
  extensionNumber: 'extension',
  username: 'user',
  callSegmentId: 'call id',
};

const quote = (name: string): string => `“${name}”`;

/** What detection saw, beside the proposal. */
export interface DetectionStats {
  readonly eventsSeen: number;
  readonly userEvents: number;
}

function whoText(identity: Identity): string {
  const parts: string[] = [];
  if (identity.username !== '') parts.push(`user ${quote(identity.username)}`);
  if (identity.extensions.length > 0)
    parts.push(
      `${identity.extensions.length === 1 ? 'extension' : 'extensions'} ${identity.extensions.join(', ')}`,
    );
  return parts.join(', ');
}

function nothingHeadline(stats: DetectionStats, identity: Identity): string {
  if (stats.eventsSeen === 0) {
    return 'Could not decide: the server sent no events at all while detection listened. Ring your own extension while it listens, and make sure the manager account may receive events.';
  }
  if (stats.userEvents === 0) {
    return `Could not decide: the server sent ${stats.eventsSeen} ${stats.eventsSeen === 1 ? 'event' : 'events'}, but none named you (${whoText(identity)}). Check your user name and extensions under “Your calls”, then ring your own extension while detection listens.`;
  }
  return 'Could not decide: events named you, but none of them was a call to you. Ring your own extension from another phone while detection listens.';
}

function callerLine(resolved: ProtocolProfile, decided: boolean): DetectionLine {
  const main = resolved.callerSuffix;
  const exceptions = TWO_PARTY_KINDS.filter((k) => resolved.callerSuffixes[k] !== main);
  const words: Record<string, string> = { dial: 'ringing', link: 'answered', linkEnd: 'answer ended' };
  const except =
    exceptions.length === 0
      ? ''
      : ` (${exceptions.map((k) => `${resolved.callerSuffixes[k]} when ${words[k]}`).join(', ')})`;
  return {
    label: 'The caller',
    value: decided
      ? `in the fields ending in ${main}${except}`
      : `could not decide (no event told the sides apart); keeps the fields ending in ${main}`,
    decided,
  };
}

function fieldsLine(resolved: ProtocolProfile, proposal: Proposal): DetectionLine {
  const renamed = PARTY_FIELDS.filter((f) => resolved.fieldNames[f] !== DEFAULT_FIELD_NAMES[f]);
  const missing = proposal.evidence.some(
    (e) => e.topic === 'undecided' && e.finding.startsWith('No field looked like'),
  );
  const value =
    renamed.length === 0
      ? 'the usual names'
      : renamed.map((f) => `${FIELD_WORDS[f]} ${quote(resolved.fieldNames[f])}`).join(', ');
  return {
    label: 'Caller details',
    value: missing ? `${value}; could not decide some of them, so their usual names stay` : value,
    decided: !missing,
  };
}

/**
 * The result screen for a proposal. `saved`: the profile in the settings now, so "apply" is only
 * offered when the proposal changes something.
 */
export function detectionResult(
  proposal: Proposal,
  stats: DetectionStats,
  identity: Identity,
  saved: ProtocolProfile,
): Result {
  const evidence = proposal.evidence.map((e) => e.finding);
  if (proposal.confidence === 'none') {
    return {
      kind: 'result',
      confidence: 'none',
      headline: nothingHeadline(stats, identity),
      lines: [],
      evidence,
      canApply: false,
      applied: false,
    };
  }
  const topics = new Set(proposal.evidence.map((e) => e.topic));
  const r = proposal.resolved;
  const lines: DetectionLine[] = MEANINGS.map(([kind, label, why]) =>
    topics.has(kind)
      ? { label, value: quote(r.eventTypes[kind]), decided: true }
      : { label, value: `could not decide (${why}); keeps ${quote(r.eventTypes[kind])}`, decided: false },
  );
  lines.push(
    callerLine(r, !proposal.evidence.some((e) => e.finding.includes('no event told the sides apart'))),
  );
  lines.push(fieldsLine(r, proposal));
  const changes = JSON.stringify(proposal.profile) !== JSON.stringify(profileOverridesOf(saved));
  const undecided = lines.filter((l) => !l.decided).length;
  const headline =
    proposal.confidence === 'high'
      ? 'Found how your server reports calls, with high confidence.'
      : `Found part of how your server reports calls, with low confidence: ${
          undecided > 0
            ? `it could not decide ${undecided} of ${lines.length} things (marked below).`
            : 'some of it was a close call.'
        } Ring your extension again, answer, then hang up, for a surer result.`;
  return {
    kind: 'result',
    confidence: proposal.confidence,
    headline: changes
      ? headline
      : `${headline} Your settings already use exactly this, so there is nothing to change.`,
    lines,
    evidence,
    canApply: changes,
    applied: false,
  };
}
