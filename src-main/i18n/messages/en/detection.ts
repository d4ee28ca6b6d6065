/**
 * English: what "Detect call events…" says while it listens, what it found (the verdict, one line per
 * decision) and the evidence behind it. Names from the server (event types, field names) are values,
 * never translated; the English evidence is also the command line's (`discover`).
 */
export const detection = {
  'detection.running.connecting': 'Connecting to your server to listen…',
  'detection.running.listening':
    'Listening. Now ring your own extension from another phone, answer it, wait a moment, then hang up.',
  'detection.running.reconnecting': 'The connection dropped; reconnecting. What was seen so far is kept.',

  'detection.headline.high': 'Found how your server reports calls, with high confidence.',
  'detection.headline.low':
    'Found part of how your server reports calls, with low confidence: {undecided, plural, =0 {some of it was a close call.} other {it could not decide # of {total} things (marked below).}} Ring your extension again, answer, then hang up, for a surer result.',
  'detection.headline.unchanged':
    '{headline} Your settings already use exactly this, so there is nothing to change.',
  'detection.headline.noEvents':
    'Could not decide: the server sent no events at all while detection listened. Ring your own extension while it listens, and make sure the manager account may receive events.',
  'detection.headline.notYou':
    'Could not decide: the server sent {events, plural, one {# event} other {# events}}, but none named you ({who}). Check your user name and extensions under “Your calls”, then ring your own extension while detection listens.',
  'detection.headline.noCall':
    'Could not decide: events named you, but none of them was a call to you. Ring your own extension from another phone while detection listens.',
  'detection.who':
    '{hasUser, select, yes {user “{user}”{count, plural, =0 {} one {, extension {extensions}} other {, extensions {extensions}}}} other {{count, plural, one {extension {extensions}} other {extensions {extensions}}}}}',
  /** Two or more items of a list, the last one possibly a list again. */
  'detection.list': '{first}, {rest}',

  'detection.line.dial': 'Ringing',
  'detection.line.link': 'Answered',
  'detection.line.linkEnd': 'Answer ended',
  'detection.line.hangup': 'Hung up',
  'detection.line.caller': 'The caller',
  'detection.line.fields': 'Caller details',
  'detection.value.event': '“{name}”',
  'detection.value.eventUndecided':
    'could not decide ({kind, select, dial {no test call was seen ringing} link {no test call was answered} linkEnd {no answered test call ended} other {no test call was hung up}}); keeps “{name}”',
  'detection.value.caller': 'in the fields ending in {suffix}',
  'detection.value.callerExcept': 'in the fields ending in {suffix} ({exceptions})',
  'detection.value.exception':
    '{suffix} when {kind, select, dial {ringing} link {answered} other {answer ended}}',
  'detection.value.callerUndecided':
    'could not decide (no event told the sides apart); keeps the fields ending in {suffix}',
  'detection.value.usualNames': 'the usual names',
  'detection.value.field':
    '{field, select, callerIdName {name} callerIdNumber {number} did {dialled number} extensionNumber {extension} username {user} other {call id}} “{name}”',
  'detection.value.fieldsUndecided': '{names}; could not decide some of them, so their usual names stay',

  'detection.evidence.seen':
    'Saw {events, plural, one {# event} other {# events}} of {types, plural, one {# type} other {# types}}; {mentions, plural, one {# named} other {# named}} the user.',
  'detection.evidence.noMention':
    'No event named the user or their extensions, so nothing can be said about calls: check the user name and extensions, and ring the extension while discovery runs.',
  'detection.evidence.noCall':
    'Events named the user, but none of them had two parties (a caller and a called side), so no call was seen: ring the extension while discovery runs.',
  'detection.evidence.usualFields': 'The party fields have their usual names.',
  'detection.evidence.renamedFields':
    'The party fields are named {names}.{ambiguous, select, yes { Some of these were close calls.} other {}}',
  'detection.evidence.fieldName': '{name} for {field}',
  'detection.evidence.missingFields': 'No field looked like {fields}; the usual names are kept.',
  'detection.evidence.notReached':
    'No call got as far as {kind, select, dial {ringing (dial)} link {answered (link): answer the test call, then hang up} other {answer ended (linkEnd): answer the test call, then hang up}}; its event name stays {name}.',
  'detection.evidence.came':
    '{name} came {position, select, first {first} second {second} other {third}} in {votes, plural, one {# call} other {# calls}} out of {calls} to the user (seen: {seen}, naming the user in {fields}): it means {kind, select, dial {ringing (dial)} link {answered (link)} other {answer ended (linkEnd)}}.',
  'detection.evidence.noField': 'no field',
  'detection.evidence.hangup':
    "{name} named the user's call segments {times, plural, one {once} other {# times}} with one party: it means hung up (hangup).",
  'detection.evidence.noHangup':
    'No one-party event named a segment of the calls, so the hang-up event stays {name}: hang up the test call while discovery runs.',
  'detection.evidence.caller': 'The caller is the side that does not name the user: {findings}.',
  'detection.evidence.callerKind':
    '{kind}: suffix {suffix} ({most, plural, one {# event} other {# events}} out of {total} named the user on the other side)',
  'detection.evidence.callerUnknown':
    'The caller is the side that does not name the user: no event told the sides apart.',
  'detection.evidence.unusable': 'What was seen does not make a usable profile: {reason}',

  'detection.problem.busy':
    'Call events are already being detected: wait for the result, or cancel it first.',
  'detection.problem.needsServer':
    'Detection needs your own iSymphony server: connect to it first. The demo already speaks the standard events.',
  'detection.problem.needsIdentity':
    'Enter your iSymphony user name or an extension under “Your calls” and save first: detection looks for the events that name you.',
  'detection.problem.cancelled': 'Detection was cancelled.',
  'detection.problem.notRunning': 'No detection is running.',
  'detection.problem.nothingToApply': 'There is no detected profile to apply: detect call events first.',
  'detection.problem.stale':
    'The server settings changed since detection ran, so what it found may not fit: run it again.',
} satisfies Record<string, string>;
