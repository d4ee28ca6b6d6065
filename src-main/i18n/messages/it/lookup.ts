import type { lookup as english } from '../en/lookup';
import type { Messages } from '../types';

export const lookup: Messages<typeof english> = {
  'lookup.failedUnexpectedly':
    'La ricerca nel CRM non è riuscita per un errore imprevisto; la chiamata mostra ciò che ha inviato il centralino.',
  'lookup.failed': 'La ricerca nel CRM non è riuscita.',
  'lookup.tokenUnreadable': 'Non è stato possibile leggere il token CRM dal portachiavi: {reason}',
  'lookup.tokenMissing':
    'Nessun token CRM è salvato; impostalo in Impostazioni → Ricerca del chiamante (la riga di comando legge ISYMPHONY_CRM_TOKEN, oppure il portachiavi con --crm-token-keychain).',
  'lookup.tokenUnsafe':
    'Il token CRM salvato contiene caratteri che un’intestazione non può trasportare; salvalo di nuovo.',
  'lookup.timeout':
    'Il CRM non ha risposto entro {ms} ms; la chiamata mostra ciò che ha inviato il centralino.',
  'lookup.unreachable': 'Il CRM a {origin} non è raggiungibile; controlla l’indirizzo e la rete.',
  'lookup.tooLarge':
    'La risposta del CRM superava {kb} kB, quindi non è stata letta; chiedi meno campi o un solo record.',
  'lookup.redirected':
    'Il CRM ha risposto con un reindirizzamento (HTTP {status}), che non viene seguito perché il token resti a {origin}; usa l’indirizzo a cui punta.',
  'lookup.refused': 'Il CRM ha rifiutato la ricerca (HTTP {status}); controlla il token e i suoi permessi.',
  'lookup.rateLimited':
    'Il CRM ha chiesto di rallentare (HTTP 429); le ricerche riprendono con le prossime chiamate.',
  'lookup.httpStatus': 'Il CRM ha risposto HTTP {status} invece di un risultato di ricerca.',
  'lookup.notJson':
    'Il CRM ha risposto con qualcosa che non è JSON (una pagina web?); controlla l’indirizzo di ricerca.',
  'lookup.numberUnreadable':
    'Il numero non si è potuto leggere come numero internazionale completo, quindi il CRM non è stato interpellato (imposta il paese predefinito se i chiamanti inviano numeri nazionali).',
  'lookup.noNumber': 'La chiamata non ha né un numero da cercare né un nome dall’ID chiamante.',
  'lookup.notInPhonebook': 'Il numero non è in rubrica e il centralino non ha inviato alcun nome.',
  'lookup.notAnywhere':
    'Il numero non è né in rubrica né nel CRM, e il centralino non ha inviato alcun nome.',
  'lookup.testNobody':
    'Né la tua rubrica né il CRM hanno dato un nome a questo numero: il CRM non ha trovato nessuno, oppure la sua risposta non contiene nulla nei percorsi del nome e dell’azienda.',
  'lookup.testNoTemplate': 'Scegli prima un CRM o scrivi un modello di ricerca, poi provalo.',
  'lookup.testBusy': 'Una prova di ricerca è già in corso; attendi il risultato, poi riprova.',
  'lookup.tokenNoAddress':
    'Salva prima un indirizzo di ricerca CRM; il token viene conservato per quell’indirizzo.',
  'lookupTemplate.notObject':
    'La ricerca CRM deve essere un oggetto come \'{"method":"GET","url":"https://…{e164}",…}\'.',
  'lookupTemplate.tokenInTemplate':
    'Il token CRM è conservato nel portachiavi di sistema (o in una variabile d’ambiente per la riga di comando), mai nel modello di ricerca.',
  'lookupTemplate.unknownKey': '"{key}" non fa parte di una ricerca CRM; usa {keys}.',
  'lookupTemplate.preset': 'Il modello predefinito deve essere custom o uno tra {presets}.',
  'lookupTemplate.method': 'Il metodo deve essere GET o POST.',
  'lookupTemplate.text':
    '{field, select, url {L’indirizzo di ricerca deve} body {Il corpo della richiesta deve} tokenHeader {L’intestazione del token deve} tokenPrefix {Il testo prima del token deve} namePaths {Ogni percorso del nome deve} companyPath {Il percorso dell’azienda deve} recordUrlPath {Il percorso dell’indirizzo del record deve} idPath {Il percorso dell’id del record deve} recordLink {Il link del record deve} allowedOrigins {Ogni indirizzo consentito deve} other {Questo valore deve}} essere testo.',
  'lookupTemplate.textLength':
    '{field, select, url {L’indirizzo di ricerca è troppo lungo} body {Il corpo della richiesta è troppo lungo} tokenHeader {L’intestazione del token è troppo lunga} tokenPrefix {Il testo prima del token è troppo lungo} namePaths {Un percorso del nome è troppo lungo} companyPath {Il percorso dell’azienda è troppo lungo} recordUrlPath {Il percorso dell’indirizzo del record è troppo lungo} idPath {Il percorso dell’id del record è troppo lungo} recordLink {Il link del record è troppo lungo} allowedOrigins {Un indirizzo consentito è troppo lungo} other {Questo valore è troppo lungo}} (al massimo {max, plural, one {# carattere} other {# caratteri}}).',
  'lookupTemplate.list':
    '{field, select, namePaths {I percorsi del nome devono} other {Gli indirizzi consentiti devono}} essere un elenco di al massimo {max, plural, one {# testo} other {# testi}}.',
  'lookupTemplate.whole':
    '{field, select, timeoutMs {Il tempo limite deve} other {Il tempo di conservazione deve}} essere un numero intero.',
  'lookupTemplate.needsReplacing':
    'La ricerca contiene ancora {mark}…: sostituiscilo con i tuoi dati (il dominio o l’id dell’account del tuo CRM), come descrive il suo modello.',
  'lookupTemplate.pathLength':
    '{field, select, companyPath {Il percorso dell’azienda} recordUrlPath {Il percorso dell’indirizzo del record} idPath {Il percorso dell’id del record} other {Il percorso del nome}} deve avere da 1 a {max, plural, one {# carattere} other {# caratteri}}, come results.0.name.',
  'lookupTemplate.pathShape':
    '{field, select, companyPath {Il percorso dell’azienda} recordUrlPath {Il percorso dell’indirizzo del record} idPath {Il percorso dell’id del record} other {Il percorso del nome}} "{path}" deve essere fatto di nomi e posizioni di elenco separati da punti, come results.0.name (lettere, cifre, "_", "-", "$", "@").',
  'lookupTemplate.addressHttps':
    'L’indirizzo di ricerca deve iniziare con https:// (il semplice http è consentito solo verso questo computer, come http://127.0.0.1).',
  'lookupTemplate.allowedHttps':
    'L’indirizzo consentito {origin} deve iniziare con https:// (il semplice http è consentito solo verso questo computer, come http://127.0.0.1).',
  'lookupTemplate.addressPlaceholder':
    "L’indirizzo di ricerca usa '{'{name}'}'; una ricerca conosce solo il numero del chiamante: usa '{number}' o '{e164}'.",
  'lookupTemplate.bodyLength':
    'Il corpo della richiesta ha {length, plural, one {# carattere} other {# caratteri}}; limitalo a {max}.',
  'lookupTemplate.bodyJson':
    "Il corpo della richiesta non è JSON una volta inseriti '{number}' e '{e164}'; scrivi ciascuno come valore intero senza virgolette, ad es. '{\"phone\": {e164}}'.",
  'lookupTemplate.recordLinkId':
    "Il link del record deve contenere '{id}', dove va l’id del record preso dalla risposta.",
  'lookupTemplate.recordLinkOther': "Il link del record usa '{'{name}'}'; può usare solo '{id}'.",
  'lookupTemplate.recordLinkOrigin':
    'Il link del record porta a {origin}, che non è né l’indirizzo della ricerca né uno consentito; aggiungilo agli indirizzi consentiti.',
  'lookupTemplate.originsMax':
    'Consenti al massimo {max, plural, one {# altro indirizzo} other {# altri indirizzi}}.',
  'lookupTemplate.originNotAddress': '"{entry}" non è un indirizzo web; scrivilo come https://crm.example.',
  'lookupTemplate.originNotPlain':
    '"{entry}" non è un semplice indirizzo web; scrivilo come https://crm.example.',
  'lookupTemplate.postNeedsBody': 'Una ricerca POST ha bisogno di un corpo JSON; scrivine uno, o usa GET.',
  'lookupTemplate.getNoBody': 'Una ricerca GET non invia alcun corpo; toglilo, o usa POST.',
  'lookupTemplate.noNumber':
    "La ricerca non invia mai il numero del chiamante: metti '{e164}' o '{number}' nell’indirizzo o nel corpo.",
  'lookupTemplate.tokenHeader':
    'L’intestazione del token deve essere un nome di intestazione come Authorization o x-api-token.',
  'lookupTemplate.tokenPrefix':
    'Il testo prima del token deve essere testo semplice di al massimo {max, plural, one {# carattere} other {# caratteri}}, come "Bearer ".',
  'lookupTemplate.namePaths':
    'Indica dove la risposta contiene il nome o l’azienda (un percorso come results.0.name).',
  'lookupTemplate.namePathsMax':
    'Unisci al massimo {max, plural, one {# percorso del nome} other {# percorsi del nome}}.',
  'lookupTemplate.recordLinkNeedsId':
    'Un link del record ha bisogno del percorso dell’id del record nella risposta.',
  'lookupTemplate.timeout':
    'Il tempo limite della ricerca deve essere da {min} a {max, plural, one {# millisecondo} other {# millisecondi}}.',
  'lookupTemplate.cache': 'Conserva le risposte da 0 a {max, plural, one {# minuto} other {# minuti}}.',
  'phonebookFile.notCsv': 'Non è stato possibile leggere il file come CSV.',
  'phonebookFile.csvQuotes':
    'Non è stato possibile leggere il file come CSV{line, select, none {} other { (riga {line})}}: controlla che le virgolette siano chiuse e che ogni riga usi lo stesso separatore.',
  'phonebookFile.noRows': 'Il file non contiene righe.',
  'phonebookFile.noNumberColumn':
    'Nessuna colonna contiene numeri di telefono: scegli almeno una colonna di numeri.',
  'phonebookFile.badMapping':
    'L’associazione indica una colonna che il file non ha (ne ha {columns, plural, one {#} other {#}}).',
  'phonebookFile.tooManyRows': 'Il file ha più di {max, plural, one {# riga} other {# righe}}; dividilo.',
  'phonebookFile.tooManyCards': 'Il file ha più di {max, plural, one {# scheda} other {# schede}}; dividilo.',
  'phonebookFile.notVcard':
    'Non è stato possibile leggere il file come vCard: ogni scheda deve andare da BEGIN:VCARD a END:VCARD con righe NOME:valore.',
  'phonebookFile.tooLarge': 'Il file supera {mb} MB; dividilo o esporta meno campi.',
  'phonebookFile.empty': 'Il file è vuoto.',
};
