/**
 * What "Detect call events…" found, as the screen says it: a discovery proposal becomes a verdict,
 * one line per decision (or "could not decide"), and the evidence, each a catalogue message the
 * window says in the chosen language. Pure. Names in it come from the server (checked identifiers,
 * at most 64 characters): values in the messages, never translated; the renderer shows them as text.
 */
import { CALLER_UNKNOWN, MISSING_FIELDS, type Proposal } from '../discovery/propose';
import type { MessageKey } from '../i18n/catalogues';
import { listRef, refList, type MessageRef } from '../i18n/message-ref';
import type { DetectionLine, DetectionView } from '../ipc/contract';
import { profileOverridesOf } from '../protocol/profile-json';
import {
  DEFAULT_FIELD_NAMES,
  PARTY_FIELDS,
  TWO_PARTY_KINDS,
  type ProtocolProfile,
} from '../protocol/profile';
import type { Identity } from '../discovery/observations';

type Result = Extract<DetectionView, { kind: 'result' }>;

const MEANINGS = [
  ['dial', 'detection.line.dial'],
  ['link', 'detection.line.link'],
  ['linkEnd', 'detection.line.linkEnd'],
  ['hangup', 'detection.line.hangup'],
] as const satisfies readonly (readonly [string, MessageKey])[];

const said = (key: MessageKey, values?: MessageRef['values']): MessageRef =>
  values ? { key, values } : { key };

/** What detection saw, beside the proposal. */
export interface DetectionStats {
  readonly eventsSeen: number;
  readonly userEvents: number;
}

function who(identity: Identity): MessageRef {
  return said('detection.who', {
    hasUser: identity.username === '' ? 'no' : 'yes',
    user: identity.username,
    count: identity.extensions.length,
    extensions: listRef(identity.extensions),
  });
}

function nothingHeadline(stats: DetectionStats, identity: Identity): MessageRef {
  if (stats.eventsSeen === 0) return said('detection.headline.noEvents');
  if (stats.userEvents === 0) {
    return said('detection.headline.notYou', { events: stats.eventsSeen, who: who(identity) });
  }
  return said('detection.headline.noCall');
}

function callerLine(resolved: ProtocolProfile, decided: boolean): DetectionLine {
  const main = resolved.callerSuffix;
  const exceptions = TWO_PARTY_KINDS.filter((k) => resolved.callerSuffixes[k] !== main);
  const value = !decided
    ? said('detection.value.callerUndecided', { suffix: main })
    : exceptions.length === 0
      ? said('detection.value.caller', { suffix: main })
      : said('detection.value.callerExcept', {
          suffix: main,
          exceptions: listRef(
            exceptions.map((kind) =>
              said('detection.value.exception', { suffix: resolved.callerSuffixes[kind], kind }),
            ),
          ),
        });
  return { label: said('detection.line.caller'), value, decided };
}

function fieldsLine(resolved: ProtocolProfile, proposal: Proposal): DetectionLine {
  const renamed = PARTY_FIELDS.filter((f) => resolved.fieldNames[f] !== DEFAULT_FIELD_NAMES[f]);
  const missing = proposal.evidence.some((e) => e.text.key === MISSING_FIELDS);
  const [first, ...rest] = renamed.map((f) =>
    said('detection.value.field', { field: f, name: resolved.fieldNames[f] }),
  );
  const names = first === undefined ? said('detection.value.usualNames') : refList(first, ...rest);
  const value = missing ? said('detection.value.fieldsUndecided', { names }) : names;
  return { label: said('detection.line.fields'), value, decided: !missing };
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
  const evidence = proposal.evidence.map((e) => e.text);
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
  const lines: DetectionLine[] = MEANINGS.map(([kind, label]) =>
    topics.has(kind)
      ? {
          label: said(label),
          value: said('detection.value.event', { name: r.eventTypes[kind] }),
          decided: true,
        }
      : {
          label: said(label),
          value: said('detection.value.eventUndecided', { kind, name: r.eventTypes[kind] }),
          decided: false,
        },
  );
  lines.push(callerLine(r, !proposal.evidence.some((e) => e.text.key === CALLER_UNKNOWN)));
  lines.push(fieldsLine(r, proposal));
  const changes = JSON.stringify(proposal.profile) !== JSON.stringify(profileOverridesOf(saved));
  const undecided = lines.filter((l) => !l.decided).length;
  const headline =
    proposal.confidence === 'high'
      ? said('detection.headline.high')
      : said('detection.headline.low', { undecided, total: lines.length });
  return {
    kind: 'result',
    confidence: proposal.confidence,
    headline: changes ? headline : said('detection.headline.unchanged', { headline }),
    lines,
    evidence,
    canApply: changes,
    applied: false,
  };
}
