import type { detection as english } from '../en/detection';
import type { Messages } from '../types';

export const detection: Messages<typeof english> = {
  'detection.running.connecting': 'Verbindung zu Ihrem Server wird hergestellt, um mitzuhören…',
  'detection.running.listening':
    'Es wird mitgehört. Rufen Sie jetzt Ihre eigene Nebenstelle von einem anderen Telefon an, nehmen Sie ab, warten Sie einen Moment und legen Sie dann auf.',
  'detection.running.reconnecting':
    'Die Verbindung ist abgebrochen und wird wiederhergestellt. Was bisher gesehen wurde, bleibt erhalten.',

  'detection.headline.high': 'Gefunden, wie Ihr Server Anrufe meldet – mit hoher Sicherheit.',
  'detection.headline.low':
    'Teilweise gefunden, wie Ihr Server Anrufe meldet – mit geringer Sicherheit: {undecided, plural, =0 {Manches war knapp.} one {# von {total} Punkten ließ sich nicht entscheiden (unten markiert).} other {# von {total} Punkten ließen sich nicht entscheiden (unten markiert).}} Rufen Sie Ihre Nebenstelle noch einmal an, nehmen Sie ab und legen Sie auf, um ein sichereres Ergebnis zu erhalten.',
  'detection.headline.unchanged':
    '{headline} Ihre Einstellungen verwenden bereits genau das, es gibt also nichts zu ändern.',
  'detection.headline.noEvents':
    'Keine Entscheidung möglich: Der Server hat beim Mithören überhaupt keine Ereignisse gesendet. Rufen Sie Ihre eigene Nebenstelle an, während mitgehört wird, und stellen Sie sicher, dass das Manager-Konto Ereignisse empfangen darf.',
  'detection.headline.notYou':
    'Keine Entscheidung möglich: Der Server hat {events, plural, one {# Ereignis} other {# Ereignisse}} gesendet, aber keines nannte Sie ({who}). Prüfen Sie Ihren Benutzernamen und Ihre Nebenstellen unter „Ihre Anrufe“ und rufen Sie dann Ihre eigene Nebenstelle an, während die Erkennung mithört.',
  'detection.headline.noCall':
    'Keine Entscheidung möglich: Ereignisse nannten Sie, aber keines davon war ein Anruf an Sie. Rufen Sie Ihre eigene Nebenstelle von einem anderen Telefon an, während die Erkennung mithört.',
  'detection.who':
    '{hasUser, select, yes {Benutzer „{user}“{count, plural, =0 {} one {, Nebenstelle {extensions}} other {, Nebenstellen {extensions}}}} other {{count, plural, one {Nebenstelle {extensions}} other {Nebenstellen {extensions}}}}}',
  'detection.list': '{first}, {rest}',

  'detection.line.dial': 'Klingeln',
  'detection.line.link': 'Angenommen',
  'detection.line.linkEnd': 'Gespräch beendet',
  'detection.line.hangup': 'Aufgelegt',
  'detection.line.caller': 'Der Anrufer',
  'detection.line.fields': 'Anruferangaben',
  'detection.value.event': '„{name}“',
  'detection.value.eventUndecided':
    'keine Entscheidung ({kind, select, dial {kein Testanruf wurde beim Klingeln gesehen} link {kein Testanruf wurde angenommen} linkEnd {kein angenommener Testanruf wurde beendet} other {bei keinem Testanruf wurde aufgelegt}}); bleibt bei „{name}“',
  'detection.value.caller': 'in den Feldern mit der Endung {suffix}',
  'detection.value.callerExcept': 'in den Feldern mit der Endung {suffix} ({exceptions})',
  'detection.value.exception':
    '{suffix} {kind, select, dial {beim Klingeln} link {nach dem Annehmen} other {am Gesprächsende}}',
  'detection.value.callerUndecided':
    'keine Entscheidung (kein Ereignis unterschied die beiden Seiten); bleibt bei den Feldern mit der Endung {suffix}',
  'detection.value.usualNames': 'die üblichen Namen',
  'detection.value.field':
    '{field, select, callerIdName {Name} callerIdNumber {Nummer} did {gewählte Nummer} extensionNumber {Nebenstelle} username {Benutzer} other {Anruf-ID}} „{name}“',
  'detection.value.fieldsUndecided':
    '{names}; einige ließen sich nicht entscheiden, für sie bleiben die üblichen Namen',

  'detection.evidence.seen':
    '{events, plural, one {# Ereignis} other {# Ereignisse}} von {types, plural, one {# Typ} other {# Typen}} gesehen; {mentions, plural, one {# nannte} other {# nannten}} den Benutzer.',
  'detection.evidence.noMention':
    'Kein Ereignis nannte den Benutzer oder seine Nebenstellen, daher lässt sich über Anrufe nichts sagen: Prüfen Sie Benutzernamen und Nebenstellen und rufen Sie die Nebenstelle an, während die Erkennung läuft.',
  'detection.evidence.noCall':
    'Ereignisse nannten den Benutzer, aber keines hatte zwei Teilnehmer (eine anrufende und eine angerufene Seite), daher wurde kein Anruf gesehen: Rufen Sie die Nebenstelle an, während die Erkennung läuft.',
  'detection.evidence.usualFields': 'Die Teilnehmerfelder haben ihre üblichen Namen.',
  'detection.evidence.renamedFields':
    'Die Teilnehmerfelder heißen {names}.{ambiguous, select, yes { Einige davon waren knapp.} other {}}',
  'detection.evidence.fieldName': '{name} für {field}',
  'detection.evidence.missingFields': 'Kein Feld sah aus wie {fields}; die üblichen Namen bleiben.',
  'detection.evidence.notReached':
    'Kein Anruf kam bis {kind, select, dial {zum Klingeln (dial)} link {zum Annehmen (link): Nehmen Sie den Testanruf an und legen Sie dann auf} other {zum Gesprächsende (linkEnd): Nehmen Sie den Testanruf an und legen Sie dann auf}}; sein Ereignisname bleibt {name}.',
  'detection.evidence.came':
    '{name} kam {position, select, first {als erstes} second {als zweites} other {als drittes}} in {votes, plural, one {# Anruf} other {# Anrufen}} von {calls} an den Benutzer (gesehen: {seen}, der Benutzer genannt in {fields}): Es bedeutet {kind, select, dial {Klingeln (dial)} link {angenommen (link)} other {Gespräch beendet (linkEnd)}}.',
  'detection.evidence.noField': 'keinem Feld',
  'detection.evidence.hangup':
    '{name} nannte die Anrufsegmente des Benutzers {times, plural, one {einmal} other {#-mal}} mit nur einem Teilnehmer: Es bedeutet aufgelegt (hangup).',
  'detection.evidence.noHangup':
    'Kein Ereignis mit nur einem Teilnehmer nannte ein Segment der Anrufe, daher bleibt das Ereignis für Auflegen {name}: Legen Sie beim Testanruf auf, während die Erkennung läuft.',
  'detection.evidence.caller': 'Der Anrufer ist die Seite, die den Benutzer nicht nennt: {findings}.',
  'detection.evidence.callerKind':
    '{kind}: Endung {suffix} ({most, plural, one {in # Ereignis} other {in # Ereignissen}} von {total} stand der Benutzer auf der anderen Seite)',
  'detection.evidence.callerUnknown':
    'Der Anrufer ist die Seite, die den Benutzer nicht nennt: Kein Ereignis unterschied die beiden Seiten.',
  'detection.evidence.unusable': 'Was gesehen wurde, ergibt kein brauchbares Profil: {reason}',

  'detection.problem.busy':
    'Anrufereignisse werden bereits erkannt: Warten Sie auf das Ergebnis oder brechen Sie die Erkennung zuerst ab.',
  'detection.problem.needsServer':
    'Die Erkennung braucht Ihren eigenen iSymphony-Server: Verbinden Sie sich zuerst mit ihm. Die Demo spricht bereits die Standardereignisse.',
  'detection.problem.needsIdentity':
    'Geben Sie unter „Ihre Anrufe“ Ihren iSymphony-Benutzernamen oder eine Nebenstelle ein und speichern Sie zuerst: Die Erkennung sucht nach den Ereignissen, die Sie nennen.',
  'detection.problem.cancelled': 'Die Erkennung wurde abgebrochen.',
  'detection.problem.notRunning': 'Es läuft keine Erkennung.',
  'detection.problem.nothingToApply':
    'Es gibt kein erkanntes Profil zum Übernehmen: Erkennen Sie zuerst die Anrufereignisse.',
  'detection.problem.stale':
    'Die Servereinstellungen haben sich seit der Erkennung geändert, daher passt das Gefundene womöglich nicht: Starten Sie sie erneut.',
};
