import type { checks as english } from '../en/checks';
import type { Messages } from '../types';

export const checks: Messages<typeof english> = {
  'address.tooLong': 'Das ist zu lang für eine Serveradresse; geben Sie nur den Namen des Servers ein.',
  'address.scheme':
    'Eine Adresse, die mit „{scheme}://“ beginnt, ist nicht verwendbar: Fügen Sie die Adresse des iSymphony-Servers ein (ws://, wss://, http:// oder https://) oder geben Sie seinen Namen ein.',
  'address.spaces': 'Eine Serveradresse darf keine Leerzeichen oder Steuerzeichen enthalten.',
  'address.badPort':
    'Der Port in dieser Adresse ({port}) ist kein Port: Ports reichen von 1 bis 65535 (iSymphony verwendet {plain}, mit SSL {tls}).',
  'address.unreadable':
    'Diese Adresse ließ sich nicht lesen; geben Sie nur den Namen oder die IP-Adresse des Servers ein, etwa pbx.example.com.',
  'address.filled':
    'Aus der Adresse übernommen: Server {host}, Port {port}{usual, select, plain { (der Port von iSymphony)} tls { (der SSL-Port von iSymphony)} other {}}, TLS {tls, select, on {an} other {aus}}.{credentials, select, dropped { Benutzername und Passwort darin wurden weggelassen: Manager-Benutzer und Passwort haben eigene Felder.} other {}}',
  'address.filledPort': 'Übernommen: Server {host}, Port {port}.',
  'address.filledPath': 'Übernommen: Server {host} (der Pfad dahinter wird nicht gebraucht).',
  'profile.eventName':
    'Der Ereignisname für „{kind}“ muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern, „.“, „_“ oder „-“ enthalten (höchstens 64).',
  'profile.eventNameTwice': '„{kind}“ und „{other}“ können nicht beide den Ereignisnamen „{name}“ verwenden.',
  'profile.callerSuffix': 'Die anrufende Seite muss das Suffix „1“ oder „2“ sein.',
  'profile.callerSuffixOf': 'Die anrufende Seite von „{kind}“ muss das Suffix „1“ oder „2“ sein.',
  'profile.fieldName':
    'Der Feldname für „{field}“ muss mit einem Buchstaben oder „_“ beginnen und darf nur Buchstaben, Ziffern oder „_“ enthalten (höchstens 63).',
  'profile.fieldNameReserved':
    'Der Feldname für „{field}“ darf nicht „{name}“ sein: Ereignisse verwenden diesen Namen für etwas anderes.',
  'profile.fieldNameTwice': '„{field}“ und „{other}“ können nicht beide den Feldnamen „{name}“ verwenden.',
  'originate.path':
    'Der Pfad für den Anrufaufbau ist relativ zur Nebenstelle: Buchstaben, Ziffern, „.“, „_“ oder „-“ in Abschnitten, getrennt durch „/“ (höchstens 128 Zeichen).',
  'originate.bodyLength': 'Der Body für den Anrufaufbau darf höchstens 1024 Zeichen haben.',
  'originate.bodyNumber':
    "Der Body für den Anrufaufbau muss '{number}' enthalten, wo die Nummer eingesetzt wird.",
  'originate.bodyJson':
    'Der Body für den Anrufaufbau muss JSON sein (mit \'{number}\' in einer Zeichenkette), etwa \'{"destination":"{number}"}\'.',
  'settingsLoad.unreadable':
    'Die Einstellungsdatei {path} ließ sich nicht lesen ({code}), daher gelten die Standardeinstellungen. Prüfen Sie ihre Berechtigungen.',
  'settingsLoad.writeFailed':
    'Die Einstellungen ließen sich nicht in {path} speichern ({code}). Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.',
  'settingsLoad.notJson':
    'Die Einstellungsdatei war beschädigt (sie ist kein gültiges JSON), daher gelten die Standardeinstellungen.',
  'settingsLoad.notObject': 'Die Einstellungsdatei enthält kein Einstellungsobjekt.',
  'settingsLoad.versionNotWhole': 'Die Einstellungsdatei hat eine schemaVersion, die keine ganze Zahl ist.',
  'settingsLoad.newer':
    'Die Einstellungen wurden von einer neueren Version von iSymphony Companion gespeichert (Format {version}; diese liest bis {target}). Aktualisieren Sie die App, um sie zu verwenden.',
  'settingsLoad.noMigration': 'Einstellungen im Format {at} kann diese Version nicht umwandeln.',
  'settingsLoad.migrationFailed':
    'Einstellungen im Format {at} ließen sich nicht in Format {next} umwandeln.',
  'settingsLoad.defaultsInUse': '{reason} Es gelten die Standardeinstellungen.',
  'settingsLoad.invalid':
    '{count, plural, one {Eine Einstellung in der Datei war ungültig} other {Einige Einstellungen in der Datei waren ungültig (#)}}, daher gelten die Standardeinstellungen.',
  'settingsLoad.keptAs': '{reason} Die alte Datei wurde als {file} aufbewahrt.',
  'settingsLoad.newerInUse':
    '{reason} {usable, select, yes {Es gelten die Einstellungen, die diese Version versteht.} other {Es gelten die Standardeinstellungen.}}{kept, select, none {} other { Eine Kopie wurde als {kept} aufbewahrt.}}',
};
