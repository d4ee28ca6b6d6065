import type { detection as english } from '../en/detection';
import type { Messages } from '../types';

export const detection: Messages<typeof english> = {
  'detection.running.connecting': 'Connessione al tuo server per metterti in ascolto…',
  'detection.running.listening':
    'In ascolto. Ora chiama il tuo interno da un altro telefono, rispondi, attendi un momento, poi riaggancia.',
  'detection.running.reconnecting':
    'La connessione si è interrotta; riconnessione in corso. Quanto visto finora viene conservato.',

  'detection.headline.high': 'Trovato come il tuo server segnala le chiamate, con alta affidabilità.',
  'detection.headline.low':
    'Trovato in parte come il tuo server segnala le chiamate, con bassa affidabilità: {undecided, plural, =0 {alcuni punti erano incerti.} one {non è riuscito a decidere # punto su {total} (segnato sotto).} other {non è riuscito a decidere # punti su {total} (segnati sotto).}} Chiama di nuovo il tuo interno, rispondi, poi riaggancia, per un risultato più sicuro.',
  'detection.headline.unchanged':
    '{headline} Le tue impostazioni usano già esattamente questo, quindi non c’è nulla da cambiare.',
  'detection.headline.noEvents':
    'Impossibile decidere: il server non ha inviato alcun evento durante l’ascolto. Chiama il tuo interno mentre il rilevamento è in ascolto e verifica che l’account manager possa ricevere gli eventi.',
  'detection.headline.notYou':
    'Impossibile decidere: il server ha inviato {events, plural, one {# evento} other {# eventi}}, ma nessuno ti nominava ({who}). Controlla il tuo nome utente e i tuoi interni in «Le tue chiamate», poi chiama il tuo interno mentre il rilevamento è in ascolto.',
  'detection.headline.noCall':
    'Impossibile decidere: alcuni eventi ti nominavano, ma nessuno era una chiamata per te. Chiama il tuo interno da un altro telefono mentre il rilevamento è in ascolto.',
  'detection.who':
    '{hasUser, select, yes {utente «{user}»{count, plural, =0 {} one {, interno {extensions}} other {, interni {extensions}}}} other {{count, plural, one {interno {extensions}} other {interni {extensions}}}}}',
  'detection.list': '{first}, {rest}',

  'detection.line.dial': 'Squillo',
  'detection.line.link': 'Risposta',
  'detection.line.linkEnd': 'Fine conversazione',
  'detection.line.hangup': 'Riaggancio',
  'detection.line.caller': 'Il chiamante',
  'detection.line.fields': 'Dati del chiamante',
  'detection.value.event': '«{name}»',
  'detection.value.eventUndecided':
    'impossibile decidere ({kind, select, dial {nessuna chiamata di prova è stata vista squillare} link {nessuna chiamata di prova ha avuto risposta} linkEnd {nessuna chiamata di prova con risposta è terminata} other {nessuna chiamata di prova è stata riagganciata}}); resta «{name}»',
  'detection.value.caller': 'nei campi che finiscono con {suffix}',
  'detection.value.callerExcept': 'nei campi che finiscono con {suffix} ({exceptions})',
  'detection.value.exception':
    '{suffix} {kind, select, dial {durante lo squillo} link {dopo la risposta} other {a fine conversazione}}',
  'detection.value.callerUndecided':
    'impossibile decidere (nessun evento distingueva i due lati); restano i campi che finiscono con {suffix}',
  'detection.value.usualNames': 'i nomi consueti',
  'detection.value.field':
    '{field, select, callerIdName {nome} callerIdNumber {numero} did {numero composto} extensionNumber {interno} username {utente} other {id chiamata}} «{name}»',
  'detection.value.fieldsUndecided':
    '{names}; per alcuni non è stato possibile decidere, quindi restano i loro nomi consueti',

  'detection.evidence.seen':
    '{events, plural, one {Visto # evento} other {Visti # eventi}} di {types, plural, one {# tipo} other {# tipi}}; {mentions, plural, one {# nominava} other {# nominavano}} l’utente.',
  'detection.evidence.noMention':
    'Nessun evento nominava l’utente o i suoi interni, quindi non si può dire nulla sulle chiamate: controlla il nome utente e gli interni e chiama l’interno mentre il rilevamento è attivo.',
  'detection.evidence.noCall':
    'Alcuni eventi nominavano l’utente, ma nessuno aveva due parti (un chiamante e un chiamato), quindi non è stata vista nessuna chiamata: chiama l’interno mentre il rilevamento è attivo.',
  'detection.evidence.usualFields': 'I campi delle parti hanno i loro nomi consueti.',
  'detection.evidence.renamedFields':
    'I campi delle parti si chiamano {names}.{ambiguous, select, yes { Alcuni erano incerti.} other {}}',
  'detection.evidence.fieldName': '{name} per {field}',
  'detection.evidence.missingFields': 'Nessun campo somigliava a {fields}; restano i nomi consueti.',
  'detection.evidence.notReached':
    'Nessuna chiamata è arrivata {kind, select, dial {allo squillo (dial)} link {alla risposta (link): rispondi alla chiamata di prova, poi riaggancia} other {alla fine della conversazione (linkEnd): rispondi alla chiamata di prova, poi riaggancia}}; il suo nome di evento resta {name}.',
  'detection.evidence.came':
    '{name} è arrivato {position, select, first {per primo} second {per secondo} other {per terzo}} in {votes, plural, one {# chiamata} other {# chiamate}} su {calls} all’utente (visti: {seen}, con l’utente in {fields}): significa {kind, select, dial {squillo (dial)} link {risposta (link)} other {fine conversazione (linkEnd)}}.',
  'detection.evidence.noField': 'nessun campo',
  'detection.evidence.hangup':
    '{name} ha nominato i segmenti di chiamata dell’utente {times, plural, one {# volta} other {# volte}} con una sola parte: significa riaggancio (hangup).',
  'detection.evidence.noHangup':
    'Nessun evento con una sola parte nominava un segmento delle chiamate, quindi l’evento di riaggancio resta {name}: riaggancia la chiamata di prova mentre il rilevamento è attivo.',
  'detection.evidence.caller': 'Il chiamante è il lato che non nomina l’utente: {findings}.',
  'detection.evidence.callerKind':
    '{kind}: suffisso {suffix} ({most, plural, one {# evento su {total} nominava} other {# eventi su {total} nominavano}} l’utente dall’altro lato)',
  'detection.evidence.callerUnknown':
    'Il chiamante è il lato che non nomina l’utente: nessun evento distingueva i due lati.',
  'detection.evidence.unusable': 'Quanto visto non forma un profilo utilizzabile: {reason}',

  'detection.problem.busy':
    'Il rilevamento degli eventi di chiamata è già in corso: attendi il risultato o prima annullalo.',
  'detection.problem.needsServer':
    'Il rilevamento richiede il tuo server iSymphony: prima collegati. La demo usa già gli eventi standard.',
  'detection.problem.needsIdentity':
    'Inserisci il tuo nome utente iSymphony o un interno in «Le tue chiamate» e salva: il rilevamento cerca gli eventi che ti nominano.',
  'detection.problem.cancelled': 'Il rilevamento è stato annullato.',
  'detection.problem.notRunning': 'Nessun rilevamento in corso.',
  'detection.problem.nothingToApply':
    'Non c’è alcun profilo rilevato da applicare: prima rileva gli eventi di chiamata.',
  'detection.problem.stale':
    'Le impostazioni del server sono cambiate dopo il rilevamento, quindi ciò che ha trovato potrebbe non essere adatto: eseguilo di nuovo.',
};
