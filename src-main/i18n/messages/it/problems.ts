import type { problems as english } from '../en/problems';
import type { Messages } from '../types';

export const problems: Messages<typeof english> = {
  'problem.unexpected': 'Qualcosa è andato storto: {detail}',
  'problem.waitSeconds': '{seconds, plural, one {# secondo} other {# secondi}}',
  'problem.waitMs': '{ms} ms',
  'problem.timeout':
    'Il server {at} non ha risposto entro {wait}; controlla indirizzo e porta, e che nessun firewall blocchi la connessione.',
  'problem.timeoutInTime':
    'Il server {at} non ha risposto in tempo; controlla indirizzo e porta, e che nessun firewall blocchi la connessione.',
  'problem.fingerprintMismatch':
    'Il server {at} ha presentato un certificato diverso (SHA-256 {fingerprint}) da quello di cui ti fidi; considera attendibile il nuovo nelle impostazioni solo se l’amministratore conferma che è stato sostituito.',
  'problem.frameTooLarge':
    'Il server {at} ha inviato un messaggio oltre il limite di 1 MiB, quindi quella connessione è stata chiusa; l’app si riconnette da sola.',
  'problem.connectionClosed':
    'La connessione a {at} si è chiusa inaspettatamente; l’app si riconnette da sola. Se succede spesso, controlla la rete e il server.',
  'problem.connectionCutOff':
    'La connessione a {at} è stata interrotta; l’app si riconnette da sola. Se succede spesso, controlla la rete e il server.',
  'problem.usernameInvalid':
    'Il nome utente del manager non può contenere ":"; correggilo nelle impostazioni.',
  'problem.heartbeatTimeout':
    'Il server {at} ha smesso di rispondere (nessuna risposta a un ping entro {wait}); l’app si riconnette da sola.',
  'problem.dnsFailed':
    'Il nome del server "{host}" non è stato trovato; controlla l’indirizzo del server nelle impostazioni e la connessione di rete di questo computer.',
  'problem.connectionRefused':
    'Nessuno accetta connessioni su {at}; controlla che iSymphony sia in esecuzione lì e che la porta sia giusta (58080, o 55050 con SSL).',
  'problem.networkUnreachable':
    'La rete verso {at} non è raggiungibile; controlla la connessione di rete di questo computer. L’app si riconnette appena torna disponibile.',
  'problem.certificateRejected':
    'Il certificato del server {at}{fingerprint, select, none {} other { (SHA-256 {fingerprint})}} non è attendibile ({code, select, unknown {errore sconosciuto} other {{code}}}); considera attendibile esattamente questo certificato nelle impostazioni se l’amministratore ne conferma l’impronta, oppure installa un certificato valido sul server.',
  'problem.connectionFailed':
    'La connessione a {at} non è riuscita ({code, select, unknown {errore sconosciuto} other {{code}}}); l’app continua a riprovare, quindi controlla indirizzo, porta e rete.',
  'problem.credentialsRejected':
    'Il server {at} ha rifiutato il nome utente o la password del manager; correggili nelle impostazioni (sono l’account manager di iSymphony, non l’accesso di un utente).',
  'problem.addressNotAllowed':
    'Il server {at} ha rifiutato l’indirizzo di questo computer{address, select, none {} other { ({address})}} perché non è nell’elenco consentito del file security.xml del server; chiedi all’amministratore di aggiungerlo.',
  'problem.notFound':
    'Il server {at} non ha nulla a quel percorso; controlla nelle impostazioni la porta (58080, o 55050 con SSL) e il percorso.',
  'problem.sslRequired': 'Il server {at} richiede SSL; attiva SSL nelle impostazioni e usa la porta 55050.',
  'problem.unexpectedStatus':
    'Il server {at} ha risposto con HTTP {status}, che questa app non si aspetta; controlla indirizzo e porta nelle impostazioni.',
  'problem.passwordMissing':
    'Non c’è una password salvata per {account}, quindi l’app non si connette; inserisci la password del manager nelle impostazioni.',
  'problem.updateUnreachable': 'Il server degli aggiornamenti non è raggiungibile; l’app riprova più tardi.',
  'problem.updateNoRelease': 'Il server degli aggiornamenti non ha ancora una versione da offrire.',
  'problem.updateServerError':
    'Il server degli aggiornamenti ha risposto con un errore (HTTP {status}); l’app riprova più tardi.',
  'problem.updateBadFeed':
    'La descrizione della versione sul server degli aggiornamenti non è leggibile, quindi non è stato scaricato nulla.',
  'problem.updateBadDownload':
    'L’aggiornamento scaricato non corrispondeva al suo checksum ed è stato scartato.',
  'problem.updateFailedBecause': 'L’aggiornamento non è riuscito: {detail}',
  'problem.updateFailed': 'L’aggiornamento non è riuscito.',
  'problem.updateNotInstalled':
    'Gli aggiornamenti sono per l’app installata; questa copia viene eseguita dalla cartella di build, quindi non viene aggiornata.',
  'problem.unknownUser':
    'Su questo server non esiste l’utente iSymphony "{name}"; le sue chiamate non compariranno mai. Controlla "Nome utente iSymphony" nelle impostazioni.',
  'problem.unknownExtension':
    'Su questo server non esiste l’interno "{name}"; le chiamate verso di esso non compariranno mai. Controlla "Interni" nelle impostazioni.',
  'problem.identityRestRefused':
    'Impossibile verificare che l’utente iSymphony e gli interni esistano su questo server: il server ha rifiutato la Live REST API (HTTP 403); la licenza iSymphony la limita, oppure l’account manager non ha il permesso di usarla. Le chiamate compaiono comunque se i nomi sono giusti.',
  'problem.identityNoCoreServer':
    'Impossibile verificare che l’utente iSymphony e gli interni esistano su questo server: la Live REST API non ha questo core server (HTTP 404); controlla "Core server" in Impostazioni → Server → Avanzate (di solito "default"). Le chiamate compaiono comunque se i nomi sono giusti.',
  'problem.keychainBadAccount':
    'La voce del portachiavi richiede un nome utente del manager e un indirizzo del server.',
  'problem.keychainUnavailableMac':
    'Non è stato possibile usare il Portachiavi di macOS: sblocca il portachiavi di login in Accesso Portachiavi e riprova, oppure scegli di tenere la password in memoria fino alla chiusura dell’app.',
  'problem.keychainUnavailableWindows':
    'Non è stato possibile usare Gestione credenziali di Windows: accedi a Windows con il tuo account e riprova, oppure scegli di tenere la password in memoria fino alla chiusura dell’app.',
  'problem.keychainUnavailableLinux':
    'Nessun portachiavi di sistema disponibile: installa e avvia un Secret Service come GNOME Keyring o KWallet (su Debian o Ubuntu: gnome-keyring e libsecret-1-0) e sbloccalo, oppure scegli di tenere la password in memoria fino alla chiusura dell’app.',
  'problem.keychainRefused':
    'Il portachiavi di sistema si è rifiutato di {operation, select, get {leggere} set {salvare} other {eliminare}} la password. Riprova, oppure cerca nell’app del portachiavi una voce chiamata "{service}".',
  'problem.testOtherServer':
    'La password salvata appartiene al server salvato; per provare un altro server (o lo stesso senza TLS), digita la password del manager.',
  'problem.testNoPassword':
    'Non c’è una password salvata per {account}; digita la password del manager per provare la connessione.',
  'problem.testBusy': 'È già in corso una prova di connessione; attendi il risultato, poi riprova.',
  'problem.callLinksOff':
    'I link di chiamata sono disattivati, quindi questa app non li compone. Attiva "Componi i link tel:, callto: e sip: con questa app" in Impostazioni → Generali.',
  'problem.noClipboard': 'Qui non ci sono appunti da leggere.',
  'problem.shortcutTaken':
    'La scorciatoia {accelerator} è già usata da un’altra applicazione; scegline un’altra.',
  'problem.shortcutInvalid': 'La scorciatoia {accelerator} non è valida; scegline un’altra.',
  'problem.dialWaiting': 'Un numero dagli appunti sta già aspettando la tua risposta.',
  'problem.dialCancelled': 'Non composto: hai scelto di non chiamare il numero.',
  'problem.presenceStopped': 'La presenza si è fermata prima che il server confermasse il nuovo stato.',
  'problem.presenceNotRunning': 'La presenza non è attiva; prima connettiti al server.',
  'problem.presenceNoUser':
    'Nessun utente iSymphony impostato: prima inserisci il tuo nome utente iSymphony nelle impostazioni.',
  'problem.presenceUnknown':
    'Il tuo stato attuale non è ancora noto: attendi che l’app sia connessa al server, poi riprova.',
  'problem.presenceSuperseded':
    'È stato chiesto uno stato più recente prima che il server confermasse questo.',
  'problem.presenceUserChanged': 'L’utente iSymphony è cambiato prima che il server confermasse lo stato.',
  'problem.presenceNotConfirmed':
    'Il server ha accettato il nuovo stato ma non l’ha confermato entro {seconds} s, quindi lo stato mostrato è l’ultimo riferito dal server; riprova, oppure controllalo in iSymphony.',
  'problem.presenceUnavailable':
    'Potrai cambiare il tuo stato quando l’app sarà connessa al tuo server; prima controlla la connessione.',
  'connection.notStarted': 'Non ancora connesso: la connessione parte insieme all’app.',
  'connection.connecting': 'Connessione a {at} in corso.',
  'connection.connectingAgain': 'Nuova connessione a {at} (tentativo {attempt}).',
  'connection.live': 'Connesso a {at}: le chiamate compaiono appena squillano.',
  'connection.liveWithNotice': 'Connesso a {at}: le chiamate compaiono appena squillano. {notice}',
  'connection.pinnedExpired':
    'Il certificato fissato è scaduto il {day}; resta attendibile perché l’hai fissato tu, ma rinnovalo sul server e fissa quello nuovo.',
  'connection.suspended':
    'In pausa mentre questo computer è in sospensione: la connessione riprende al risveglio.',
  'connection.stopped': 'Disconnesso: riavvia la connessione per ricevere chiamate.',
  'connection.appStopped': 'Disconnesso: l’app si è fermata.',
  'connection.noServer':
    'Non connesso: collegati al tuo server iSymphony nelle impostazioni, oppure prova la demo.',
  'connection.demoStarting': 'Avvio del server demo su questo computer.',
  'validation.hostEmpty': 'Inserisci il nome o l’indirizzo IP del server.',
  'validation.hostScheme':
    'Inserisci solo il nome o l’indirizzo del server, senza "ws://", "https://" o altri schemi.',
  'validation.hostSpaces': 'L’indirizzo del server non può contenere spazi.',
  'validation.hostUser':
    'Lascia i nomi utente fuori dall’indirizzo del server; il nome utente del manager ha un campo suo.',
  'validation.hostPath':
    'Inserisci solo il nome o l’indirizzo del server, senza un percorso come "/communication_manager".',
  'validation.hostPort': 'Inserisci la porta nel campo della porta, non dopo l’indirizzo.',
  'validation.hostZone':
    'Gli indirizzi IPv6 con una zona (come "%eth0") non sono supportati; usa invece il nome del server.',
  'validation.hostIpv6': '"{host}" non è un indirizzo IPv6 valido.',
  'validation.hostIpv4':
    '"{host}" non è un indirizzo IPv4 valido: usa quattro numeri da 0 a 255, come 192.168.1.20.',
  'validation.hostName':
    '"{host}" non è un nome di server valido: usa lettere, cifre e trattini tra punti, come pbx.example.com.',
  'validation.port':
    'La porta deve essere un numero intero da 1 a 65535 (iSymphony usa {plain}, o {tls} con SSL).',
  'validation.path':
    'Il percorso deve iniziare con "/" e usare solo lettere, cifre e la punteggiatura degli URL, come {example}.',
  'validation.usernameEmpty':
    'Inserisci il nome utente del manager (quello predefinito del server è "manager").',
  'validation.usernameColon':
    'Il nome utente del manager non può contenere ":", perché l’autenticazione Basic lo usa per separare nome e password.',
  'validation.usernameLength': 'Il nome utente del manager può avere al massimo 256 caratteri stampabili.',
  'validation.oneInvalid': 'Un’impostazione non è valida: {detail}',
  'validation.someInvalid':
    '{count, plural, one {# impostazione non è valida} other {# impostazioni non sono valide}}; ognuna è segnalata accanto al suo campo.',
  'validation.missing': 'Questa impostazione manca. {detail}',
  'validation.secretInFile':
    'Password e altri segreti sono conservati nel portachiavi di sistema, mai nel file delle impostazioni.',
  'validation.unknownSetting':
    '"{key}" non è un’impostazione che questa versione di iSymphony Companion conosce.',
  'validation.unknownEventKind': '"{key}" non è un tipo di evento che l’app conosce.',
};
