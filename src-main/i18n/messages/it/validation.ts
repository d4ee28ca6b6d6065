import type { validation as english } from '../en/validation';
import type { Messages } from '../types';

export const validation: Messages<typeof english> = {
  'validation.didText': 'Il numero composto deve essere testo.',
  'validation.didDigits':
    'Scrivi il numero composto con le cifre (e, se vuoi, +, spazi o trattini), per esempio 0800 123 456.',
  'validation.lineNameText': 'Il nome della linea deve essere testo.',
  'validation.lineNameEmpty': 'Dai un nome alla linea, per esempio “Acme – Vendite”.',
  'validation.lineNameLength': 'Il nome di una linea può avere al massimo 80 caratteri.',
  'validation.lineNameControl':
    'Il nome di una linea non può contenere caratteri di controllo o di direzione.',
  'validation.didLabelsMax': 'Dai un nome al massimo a {max} numeri composti.',
  'validation.didTwice': 'Il numero composto {did} ha due nomi; tienine uno solo.',
  'validation.mode': 'La modalità deve essere “demo” o “server”.',
  'validation.managerText': 'Il nome utente del manager deve essere testo.',
  'validation.managerEmpty':
    'Inserisci il nome utente del manager (quello predefinito di iSymphony è “manager”).',
  'validation.managerLength': 'Il nome utente del manager può avere al massimo 128 caratteri.',
  'validation.managerColon': 'Il nome utente del manager non può contenere “:” né caratteri di controllo.',
  'validation.coreServerText': 'Il server core deve essere testo, per esempio “default”.',
  'validation.coreServer':
    'Il server core si indica con il suo nome (lettere, cifre, “.”, “_” e “-”, per esempio “default”) o con il suo ID (un UUID).',
  'validation.userText': 'Il nome utente iSymphony deve essere testo.',
  'validation.userLength': 'Il nome utente iSymphony può avere al massimo 128 caratteri.',
  'validation.extensionText': 'Ogni interno deve essere testo.',
  'validation.extensionDigits': 'Un interno è composto da 1 a 15 cifre.',
  'validation.extensionsMax': 'Le schede si mostrano al massimo per 100 interni.',
  'validation.extensionsTwice': 'Ogni interno può comparire una sola volta.',
  'validation.popStyle': 'Il tipo di scheda deve essere “notification”, “window”, “both” o “off”.',
  'validation.displayId': 'L’ID di uno schermo deve essere un numero intero.',
  'validation.popDisplay':
    'Mostra le schede sullo schermo con il puntatore (“cursor”) o su uno schermo scelto.',
  'validation.popCorner':
    'L’angolo della scheda deve essere “top-left”, “top-right”, “bottom-left” o “bottom-right”.',
  'validation.autoOpenCrm': '“Apri il CRM da solo” deve essere “never”, “ring” o “answer”.',
  'validation.afterCall':
    'Tieni la scheda dopo una chiamata da 0 a 3600 secondi, oppure finché non la chiudi.',
  'validation.prefixText': 'Il prefisso per la linea esterna deve essere testo.',
  'validation.prefixDigits':
    'Il prefisso per la linea esterna ha fino a 4 cifre, per esempio 9, oppure resta vuoto.',
  'validation.missedNotification': '“Avvisami delle chiamate perse” deve essere attivato o disattivato.',
  'validation.ringSound': 'La suoneria deve essere “off”, “chime”, “bell” o “pulse”.',
  'validation.ringVolume': 'Il volume della suoneria deve essere un numero da 0 a 100.',
  'validation.ringVolumeWhole': 'Il volume della suoneria deve essere un numero intero da 0 a 100.',
  'validation.internalCalls': '“Scheda per le chiamate interne” deve essere attivato o disattivato.',
  'validation.doNotDisturb': '“Non disturbare” deve essere attivato o disattivato.',
  'validation.followDnd': '“Segui lo stato Non disturbare di iSymphony” deve essere attivato o disattivato.',
  'validation.shortcutText': 'La scorciatoia deve essere testo, per esempio CommandOrControl+Shift+K.',
  'validation.shortcutKeys':
    'La scorciatoia richiede almeno un tasto modificatore e un tasto, per esempio CommandOrControl+Shift+K.',
  'validation.startAtLogin': '“Avvia all’accesso” deve essere attivato o disattivato.',
  'validation.callLinks': '“Componi i link di chiamata” deve essere attivato o disattivato.',
  'validation.dialShortcutText':
    'La scorciatoia per comporre deve essere testo, per esempio CommandOrControl+Shift+D.',
  'validation.dialShortcutKeys':
    'La scorciatoia per comporre richiede almeno un tasto modificatore e un tasto, per esempio CommandOrControl+Shift+D.',
  'validation.theme': 'Il tema deve essere “system”, “light” o “dark”.',
  'validation.textSize': 'La dimensione del testo deve essere 100, 125, 150, 175 o 200 (per cento).',
  'validation.language': 'La lingua deve essere “system” o una tra en, de, fr, it, es, ar.',
  'validation.clock': 'L’orologio deve essere “locale”, 12 o 24.',
  'validation.dialShortcutSame': 'La scorciatoia per comporre è uguale a quella del CRM; scegline un’altra.',
  'validation.hostText':
    'L’indirizzo del server deve essere testo, per esempio pbx.example.com o 192.0.2.10.',
  'validation.hostMissing': 'Inserisci l’indirizzo del server, per esempio pbx.example.com o 192.0.2.10.',
  'validation.hostLength': 'L’indirizzo del server è troppo lungo (al massimo 253 caratteri).',
  'validation.hostOnly':
    'Inserisci solo il nome o l’indirizzo IP del server, senza “ws://”, porta o percorso.',
  'validation.portRange': 'La porta deve essere un numero da 1 a 65535.',
  'validation.portWhole': 'La porta deve essere un numero intero da 1 a 65535.',
  'validation.tls': '“Connessione sicura (TLS)” deve essere attivato o disattivato.',
  'validation.fingerprintText':
    'L’impronta del certificato attendibile deve essere testo come AB:CD:… oppure restare vuota.',
  'validation.fingerprint':
    'L’impronta del certificato è formata da 32 coppie di cifre esadecimali separate da due punti (SHA-256).',
  'validation.fingerprintNeedsTls':
    'Un certificato attendibile vale solo per una connessione sicura: attiva TLS (wss) oppure cancella l’impronta.',
  'validation.eventNameText': 'Il nome di un evento deve essere testo.',
  'validation.eventName':
    'Il nome di un evento inizia con una lettera e usa solo lettere, cifre, “.”, “_” o “-” (al massimo 64).',
  'validation.callerSuffix': 'Il lato chiamante deve essere il suffisso “1” o “2”.',
  'validation.callerSuffixByKind': 'Il lato chiamante di un evento deve essere il suffisso “1” o “2”.',
  'validation.originatePath': 'Il percorso della richiesta originate deve essere testo.',
  'validation.originateMethod': 'Il metodo della richiesta originate deve essere POST o PUT.',
  'validation.originateBody': 'Il corpo della richiesta originate deve essere testo.',
  'validation.originate': 'La richiesta originate è formata da percorso, metodo e corpo, oppure è “off”.',
  'validation.fieldNameText': 'Il nome di un campo deve essere testo.',
  'validation.ruleDidText': 'Ogni numero composto deve essere testo.',
  'validation.ruleDidEmpty': 'Un numero composto non può essere vuoto.',
  'validation.ruleDidLength': 'Un numero composto può avere al massimo 32 caratteri.',
  'validation.ruleDidsMax': 'Una regola può elencare al massimo 200 numeri composti.',
  'validation.ruleCallers': 'La regola dei chiamanti deve essere “internal”, “external” o “any”.',
  'validation.patternText': 'Lo schema del numero deve essere testo.',
  'validation.pattern':
    'Lo schema del numero può usare solo cifre, “+”, “#”, “*” (qualsiasi sequenza) e “?” (una cifra).',
  'validation.templateIdText': 'L’ID di un modello deve essere testo.',
  'validation.templateId': 'L’ID di un modello è formato da 1 a 64 lettere, cifre, “-” o “_”.',
  'validation.templateNameText': 'Il nome di un modello deve essere testo.',
  'validation.templateNameEmpty': 'Dai un nome al modello.',
  'validation.templateNameLength': 'Il nome di un modello può avere al massimo 80 caratteri.',
  'validation.linkText': 'Il link deve essere testo.',
  'validation.linkLength': 'Il link può avere al massimo 2048 caratteri.',
  'validation.link': 'Il link deve iniziare con http:// o https:// e non contenere spazi.',
  'validation.templateAutoOpen': '“Apri da solo” deve essere “never”, “ring” o “answer”.',
  'validation.templatesMax': 'Tieni al massimo 20 modelli CRM.',
  'validation.templateIdTwice': 'Un altro modello usa già l’ID “{id}”.',
  'validation.countryText': 'Il paese predefinito deve essere un codice di due lettere, per esempio IT o GB.',
  'validation.country':
    'Il paese predefinito deve essere un codice di due lettere maiuscole, per esempio IT o GB.',
  'validation.notValid': 'Questo valore non è valido qui.',
  'validation.locked':
    'L’amministratore ha impostato questo valore per tutti gli utenti di questo computer ({path}); non si può modificare qui.',
  'validation.lockedSummary':
    '{count, plural, one {Un’impostazione non si può modificare: {detail}} other {# impostazioni non si possono modificare: {detail}}}',
  'settingsFile.notJson':
    'Questo file non è un file di impostazioni: non è JSON valido. Non è stato cambiato nulla.',
  'settingsFile.noSettings':
    'Questo file non è un file di impostazioni: non contiene impostazioni. Non è stato cambiato nulla.',
  'settingsFile.otherFormat':
    'Questo file non è un file di impostazioni di iSymphony Companion. Non è stato cambiato nulla.',
  'settingsFile.empty': 'Questo file non contiene impostazioni. Non è stato cambiato nulla.',
  'settingsFile.oneInvalid':
    'Il file non è stato importato: {path, select, none {} other {{path}: }}{detail} Non è stato cambiato nulla.',
  'settingsFile.someInvalid':
    'Il file non è stato importato: {count, plural, one {# impostazione al suo interno non è valida} other {# impostazioni al suo interno non sono valide}} (elencate sotto). Non è stato cambiato nulla.',
  'settingsFile.noDialogImport':
    'Qui questa app non può mostrare una finestra di selezione dei file, quindi non si possono importare impostazioni.',
  'settingsFile.noDialogExport':
    'Qui questa app non può mostrare una finestra di selezione dei file, quindi non si possono esportare impostazioni.',
  'settingsFile.notAFile': '{file} non è un file. Non è stato cambiato nulla.',
  'settingsFile.tooLarge':
    '{file} è troppo grande per essere un file di impostazioni. Non è stato cambiato nulla.',
  'settingsFile.unreadable': 'Non è stato possibile leggere {file} ({code}). Non è stato cambiato nulla.',
  'settingsFile.writeFailed':
    'Non è stato possibile scrivere le impostazioni in {file} ({code}). Scegli un’altra cartella.',
  'settingsFile.importTitle': 'Importa impostazioni',
  'settingsFile.exportTitle': 'Esporta impostazioni',
  'settingsFile.filterJson': 'Impostazioni (JSON)',
};
