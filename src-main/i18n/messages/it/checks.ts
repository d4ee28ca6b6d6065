import type { checks as english } from '../en/checks';
import type { Messages } from '../types';

export const checks: Messages<typeof english> = {
  'address.tooLong': 'È troppo lungo per un indirizzo di server; scrivi solo il nome del server.',
  'address.scheme':
    'Un indirizzo che inizia con "{scheme}://" non si può usare: incolla l’indirizzo del server iSymphony (ws://, wss://, http:// o https://) o scrivi il suo nome.',
  'address.spaces': 'Un indirizzo di server non può contenere spazi o caratteri di controllo.',
  'address.badPort':
    'La porta in quell’indirizzo ({port}) non è una porta: le porte vanno da 1 a 65535 (iSymphony usa {plain}, o {tls} con SSL).',
  'address.unreadable':
    'Non è stato possibile leggere quell’indirizzo; scrivi solo il nome o l’indirizzo IP del server, come pbx.example.com.',
  'address.filled':
    'Compilato dall’indirizzo: server {host}, porta {port}{usual, select, plain { (la porta di iSymphony)} tls { (la porta SSL di iSymphony)} other {}}, TLS {tls, select, on {attivo} other {disattivo}}.{credentials, select, dropped { Il nome utente e la password che conteneva sono stati tralasciati: l’utente manager e la password hanno campi propri.} other {}}',
  'address.filledPort': 'Compilato: server {host}, porta {port}.',
  'address.filledPath': 'Compilato: server {host} (il percorso che segue non serve).',
  'profile.eventName':
    'Il nome dell’evento per "{kind}" deve iniziare con una lettera e usare solo lettere, cifre, ".", "_" o "-" (al massimo 64).',
  'profile.eventNameTwice': '"{kind}" e "{other}" non possono usare entrambi il nome di evento "{name}".',
  'profile.callerSuffix': 'Il lato chiamante deve essere il suffisso "1" o "2".',
  'profile.callerSuffixOf': 'Il lato chiamante di "{kind}" deve essere il suffisso "1" o "2".',
  'profile.fieldName':
    'Il nome del campo per "{field}" deve iniziare con una lettera o "_" e usare solo lettere, cifre o "_" (al massimo 63).',
  'profile.fieldNameReserved':
    'Il nome del campo per "{field}" non può essere "{name}": gli eventi usano quel nome per altro.',
  'profile.fieldNameTwice': '"{field}" e "{other}" non possono usare entrambi il nome di campo "{name}".',
  'originate.path':
    'Il percorso per avviare le chiamate è relativo all’interno: lettere, cifre, ".", "_" o "-" in segmenti separati da "/" (al massimo 128 caratteri).',
  'originate.bodyLength': 'Il corpo per avviare le chiamate può avere al massimo 1024 caratteri.',
  'originate.bodyNumber': "Il corpo per avviare le chiamate deve contenere '{number}', dove va il numero.",
  'originate.bodyJson':
    'Il corpo per avviare le chiamate deve essere JSON (con \'{number}\' dentro una stringa), come \'{"destination":"{number}"}\'.',
  'settingsLoad.unreadable':
    'Non è stato possibile leggere il file delle impostazioni {path} ({code}), quindi si usano le impostazioni predefinite. Controlla i suoi permessi.',
  'settingsLoad.writeFailed':
    'Non è stato possibile salvare le impostazioni in {path} ({code}). Controlla che la cartella esista e che tu possa scriverci.',
  'settingsLoad.notJson':
    'Il file delle impostazioni era danneggiato (non è JSON valido), quindi si usano le impostazioni predefinite.',
  'settingsLoad.notObject': 'Il file delle impostazioni non contiene un oggetto di impostazioni.',
  'settingsLoad.versionNotWhole':
    'Il file delle impostazioni ha una schemaVersion che non è un numero intero.',
  'settingsLoad.newer':
    'Le impostazioni sono state salvate da una versione più recente di iSymphony Companion (formato {version}; questa legge fino al {target}). Aggiorna l’app per usarle.',
  'settingsLoad.noMigration': 'Questa versione non può convertire impostazioni nel formato {at}.',
  'settingsLoad.migrationFailed':
    'Non è stato possibile convertire le impostazioni dal formato {at} al formato {next}.',
  'settingsLoad.defaultsInUse': '{reason} Si usano le impostazioni predefinite.',
  'settingsLoad.invalid':
    '{count, plural, one {Un’impostazione nel file non era valida} other {Alcune impostazioni nel file non erano valide (#)}}, quindi si usano le impostazioni predefinite.',
  'settingsLoad.keptAs': '{reason} Il vecchio file è stato conservato come {file}.',
  'settingsLoad.newerInUse':
    '{reason} {usable, select, yes {Si usano le impostazioni che questa versione capisce.} other {Si usano le impostazioni predefinite.}}{kept, select, none {} other { Una copia è stata conservata come {kept}.}}',
};
