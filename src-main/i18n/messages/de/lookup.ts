import type { lookup as english } from '../en/lookup';
import type { Messages } from '../types';

export const lookup: Messages<typeof english> = {
  'lookup.failedUnexpectedly':
    'Die CRM-Suche ist unerwartet fehlgeschlagen; der Anruf zeigt, was die Telefonanlage gesendet hat.',
  'lookup.failed': 'Die CRM-Suche ist fehlgeschlagen.',
  'lookup.tokenUnreadable': 'Das CRM-Token konnte nicht aus dem Schlüsselbund gelesen werden: {reason}',
  'lookup.tokenMissing':
    'Es ist kein CRM-Token gespeichert; legen Sie es unter Einstellungen → Anrufersuche fest (die Befehlszeile liest ISYMPHONY_CRM_TOKEN oder mit --crm-token-keychain den Schlüsselbund).',
  'lookup.tokenUnsafe':
    'Das gespeicherte CRM-Token enthält Zeichen, die ein Header nicht tragen kann; speichern Sie es erneut.',
  'lookup.timeout':
    'Das CRM hat nicht innerhalb von {ms} ms geantwortet; der Anruf zeigt, was die Telefonanlage gesendet hat.',
  'lookup.unreachable':
    'Das CRM unter {origin} war nicht erreichbar; prüfen Sie die Adresse und das Netzwerk.',
  'lookup.tooLarge':
    'Die Antwort des CRM war größer als {kb} kB und wurde daher nicht gelesen; fragen Sie weniger Felder oder einen einzelnen Datensatz ab.',
  'lookup.redirected':
    'Das CRM hat mit einer Weiterleitung geantwortet (HTTP {status}). Ihr wird nicht gefolgt, damit das Token bei {origin} bleibt; verwenden Sie die Adresse, auf die sie zeigt.',
  'lookup.refused':
    'Das CRM hat die Suche abgelehnt (HTTP {status}); prüfen Sie das Token und seine Berechtigungen.',
  'lookup.rateLimited':
    'Das CRM hat um weniger Anfragen gebeten (HTTP 429); die Suche läuft bei den nächsten Anrufen wieder.',
  'lookup.httpStatus': 'Das CRM hat statt eines Suchergebnisses HTTP {status} geantwortet.',
  'lookup.notJson':
    'Das CRM hat mit etwas geantwortet, das kein JSON ist (eine Webseite?); prüfen Sie die Suchadresse.',
  'lookup.numberUnreadable':
    'Die Nummer ließ sich nicht als vollständige internationale Nummer lesen, daher wurde das CRM nicht gefragt (legen Sie das Standardland fest, wenn Anrufer nationale Nummern senden).',
  'lookup.noNumber': 'Der Anruf hat keine Nummer zum Suchen und keinen Namen aus der Rufnummernanzeige.',
  'lookup.notInPhonebook':
    'Die Nummer steht nicht im Telefonbuch, und die Telefonanlage hat keinen Namen gesendet.',
  'lookup.notAnywhere':
    'Die Nummer steht weder im Telefonbuch noch im CRM, und die Telefonanlage hat keinen Namen gesendet.',
  'lookup.testNobody':
    'Weder Ihr Telefonbuch noch das CRM kennt diese Nummer: Das CRM hat niemanden gefunden, oder seine Antwort enthält nichts unter den Pfaden für Name und Firma.',
  'lookup.testNoTemplate':
    'Wählen Sie zuerst ein CRM oder schreiben Sie eine Suchvorlage, dann testen Sie sie.',
  'lookup.testBusy':
    'Ein Suchtest läuft bereits; warten Sie auf sein Ergebnis und versuchen Sie es dann erneut.',
  'lookup.tokenNoAddress':
    'Speichern Sie zuerst eine Adresse für die CRM-Suche; das Token wird für diese Adresse aufbewahrt.',
  'lookupTemplate.notObject':
    'Die CRM-Suche muss ein Objekt sein, etwa \'{"method":"GET","url":"https://…{e164}",…}\'.',
  'lookupTemplate.tokenInTemplate':
    'Das CRM-Token liegt im Schlüsselbund des Systems (oder für die Befehlszeile in einer Umgebungsvariablen), nie in der Suchvorlage.',
  'lookupTemplate.unknownKey': '„{key}“ gehört nicht zu einer CRM-Suche; verwenden Sie {keys}.',
  'lookupTemplate.preset': 'Die Vorlage muss custom oder eine von {presets} sein.',
  'lookupTemplate.method': 'Die Methode muss GET oder POST sein.',
  'lookupTemplate.text':
    '{field, select, url {Die Suchadresse muss} body {Der Anfrage-Body muss} tokenHeader {Der Token-Header muss} tokenPrefix {Der Text vor dem Token muss} namePaths {Jeder Namenspfad muss} companyPath {Der Firmenpfad muss} recordUrlPath {Der Pfad der Datensatzadresse muss} idPath {Der Pfad der Datensatz-ID muss} recordLink {Der Datensatz-Link muss} allowedOrigins {Jede erlaubte Adresse muss} other {Dieser Wert muss}} Text sein.',
  'lookupTemplate.textLength':
    '{field, select, url {Die Suchadresse ist} body {Der Anfrage-Body ist} tokenHeader {Der Token-Header ist} tokenPrefix {Der Text vor dem Token ist} namePaths {Ein Namenspfad ist} companyPath {Der Firmenpfad ist} recordUrlPath {Der Pfad der Datensatzadresse ist} idPath {Der Pfad der Datensatz-ID ist} recordLink {Der Datensatz-Link ist} allowedOrigins {Eine erlaubte Adresse ist} other {Dieser Wert ist}} zu lang (höchstens {max, plural, one {# Zeichen} other {# Zeichen}}).',
  'lookupTemplate.list':
    '{field, select, namePaths {Die Namenspfade müssen} other {Die erlaubten Adressen müssen}} eine Liste von höchstens {max, plural, one {# Text} other {# Texten}} sein.',
  'lookupTemplate.whole':
    '{field, select, timeoutMs {Die Zeitgrenze muss} other {Die Aufbewahrungszeit muss}} eine ganze Zahl sein.',
  'lookupTemplate.needsReplacing':
    'Die Suche enthält noch {mark}…: Ersetzen Sie es durch Ihre eigenen Angaben (die Domain oder Konto-ID Ihres CRM), wie die Vorlage es beschreibt.',
  'lookupTemplate.pathLength':
    '{field, select, companyPath {Der Firmenpfad} recordUrlPath {Der Pfad der Datensatzadresse} idPath {Der Pfad der Datensatz-ID} other {Der Namenspfad}} muss 1 bis {max, plural, one {# Zeichen} other {# Zeichen}} haben, etwa results.0.name.',
  'lookupTemplate.pathShape':
    '{field, select, companyPath {Der Firmenpfad} recordUrlPath {Der Pfad der Datensatzadresse} idPath {Der Pfad der Datensatz-ID} other {Der Namenspfad}} „{path}“ muss aus Namen und Listenpositionen bestehen, getrennt durch Punkte, etwa results.0.name (Buchstaben, Ziffern, „_“, „-“, „$“, „@“).',
  'lookupTemplate.addressHttps':
    'Die Suchadresse muss mit https:// beginnen (einfaches http ist nur zu diesem Computer erlaubt, etwa http://127.0.0.1).',
  'lookupTemplate.allowedHttps':
    'Die erlaubte Adresse {origin} muss mit https:// beginnen (einfaches http ist nur zu diesem Computer erlaubt, etwa http://127.0.0.1).',
  'lookupTemplate.addressPlaceholder':
    "Die Suchadresse verwendet '{'{name}'}'; eine Suche kennt nur die Nummer des Anrufers: Verwenden Sie '{number}' oder '{e164}'.",
  'lookupTemplate.bodyLength':
    'Der Anfrage-Body hat {length, plural, one {# Zeichen} other {# Zeichen}}; beschränken Sie ihn auf {max}.',
  'lookupTemplate.bodyJson':
    "Der Anfrage-Body ist kein JSON, sobald '{number}' und '{e164}' eingesetzt sind; schreiben Sie jeden als ganzen Wert ohne Anführungszeichen, z. B. '{\"phone\": {e164}}'.",
  'lookupTemplate.recordLinkId':
    "Der Datensatz-Link muss '{id}' enthalten, wo die Datensatz-ID aus der Antwort eingesetzt wird.",
  'lookupTemplate.recordLinkOther':
    "Der Datensatz-Link verwendet '{'{name}'}'; er darf nur '{id}' verwenden.",
  'lookupTemplate.recordLinkOrigin':
    'Der Datensatz-Link führt zu {origin}, das weder die eigene Adresse der Suche noch eine erlaubte ist; fügen Sie sie zu den erlaubten Adressen hinzu.',
  'lookupTemplate.originsMax':
    'Erlauben Sie höchstens {max, plural, one {# weitere Adresse} other {# weitere Adressen}}.',
  'lookupTemplate.originNotAddress':
    '„{entry}“ ist keine Webadresse; schreiben Sie sie als https://crm.example.',
  'lookupTemplate.originNotPlain':
    '„{entry}“ ist keine einfache Webadresse; schreiben Sie sie als https://crm.example.',
  'lookupTemplate.postNeedsBody':
    'Eine POST-Suche braucht einen JSON-Body; schreiben Sie einen oder verwenden Sie GET.',
  'lookupTemplate.getNoBody': 'Eine GET-Suche sendet keinen Body; entfernen Sie ihn oder verwenden Sie POST.',
  'lookupTemplate.noNumber':
    "Die Suche sendet nie die Nummer des Anrufers: Setzen Sie '{e164}' oder '{number}' in die Adresse oder den Body.",
  'lookupTemplate.tokenHeader':
    'Der Token-Header muss ein Header-Name sein, etwa Authorization oder x-api-token.',
  'lookupTemplate.tokenPrefix':
    'Der Text vor dem Token muss einfacher Text mit höchstens {max, plural, one {# Zeichen} other {# Zeichen}} sein, etwa „Bearer “.',
  'lookupTemplate.namePaths':
    'Geben Sie an, wo die Antwort den Namen oder die Firma enthält (ein Pfad wie results.0.name).',
  'lookupTemplate.namePathsMax':
    'Verbinden Sie höchstens {max, plural, one {# Namenspfad} other {# Namenspfade}}.',
  'lookupTemplate.recordLinkNeedsId': 'Ein Datensatz-Link braucht den Pfad der Datensatz-ID in der Antwort.',
  'lookupTemplate.timeout':
    'Die Zeitgrenze der Suche muss {min} bis {max, plural, one {# Millisekunde} other {# Millisekunden}} betragen.',
  'lookupTemplate.cache': 'Bewahren Sie Antworten 0 bis {max, plural, one {# Minute} other {# Minuten}} auf.',
  'phonebookFile.notCsv': 'Die Datei ließ sich nicht als CSV lesen.',
  'phonebookFile.csvQuotes':
    'Die Datei ließ sich nicht als CSV lesen{line, select, none {} other { (Zeile {line})}}: Prüfen Sie, ob alle Anführungszeichen geschlossen sind und jede Zeile dasselbe Trennzeichen verwendet.',
  'phonebookFile.noRows': 'Die Datei enthält keine Zeilen.',
  'phonebookFile.noNumberColumn':
    'Keine Spalte enthält Telefonnummern: Wählen Sie mindestens eine Nummernspalte.',
  'phonebookFile.badMapping':
    'Die Zuordnung nennt eine Spalte, die die Datei nicht hat (sie hat {columns, plural, one {# Spalte} other {# Spalten}}).',
  'phonebookFile.tooManyRows':
    'Die Datei hat mehr als {max, plural, one {# Zeile} other {# Zeilen}}; teilen Sie sie auf.',
  'phonebookFile.tooManyCards':
    'Die Datei hat mehr als {max, plural, one {# Karte} other {# Karten}}; teilen Sie sie auf.',
  'phonebookFile.notVcard':
    'Die Datei ließ sich nicht als vCard lesen: Jede Karte muss von BEGIN:VCARD bis END:VCARD reichen, mit Zeilen der Form NAME:Wert.',
  'phonebookFile.tooLarge':
    'Die Datei ist größer als {mb} MB; teilen Sie sie auf oder exportieren Sie weniger Felder.',
  'phonebookFile.empty': 'Die Datei ist leer.',
};
