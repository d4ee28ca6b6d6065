import type { crm as english } from '../en/crm';
import type { Messages } from '../types';

export const crm: Messages<typeof english> = {
  'crmLink.closeBrace':
    "Die Vorlage hat an Stelle {position} eine „'}'“ ohne „'{'“ davor; schreiben Sie %7D für eine Klammer als Zeichen.",
  'crmLink.openBrace':
    "Die Vorlage hat an Stelle {position} eine „'{'“, die keine „'}'“ schließt; schreiben Sie %7B für eine Klammer als Zeichen.",
  'crmLink.unknownPlaceholder':
    'Die Vorlage verwendet {placeholder}, das ist kein Platzhalter; verwenden Sie einen von {placeholders}.',
  'crmLink.empty':
    "{field, select, url {Die Suchadresse} recordLink {Der Datensatz-Link} other {Die Link-Vorlage}} ist leer; geben Sie eine Adresse wie https://crm.example/search?q='{e164}' ein.",
  'crmLink.tooLong':
    '{field, select, url {Die Suchadresse} recordLink {Der Datensatz-Link} other {Die Link-Vorlage}} ist {length} Zeichen lang; kürzen Sie {field, select, recordLink {ihn} other {sie}} auf höchstens {max}.',
  'crmLink.badCharacter':
    '{field, select, url {Die Suchadresse} recordLink {Der Datensatz-Link} other {Die Link-Vorlage}} enthält an Stelle {position} {what}; entfernen Sie es.',
  'crmLink.char.space': 'ein Leerzeichen (schreiben Sie stattdessen %20)',
  'crmLink.char.backslash': 'einen Backslash (Browser lesen ihn als „/“; schreiben Sie / oder %5C)',
  'crmLink.char.control': 'ein unsichtbares Steuerzeichen ({code})',
  'crmLink.char.direction': 'ein unsichtbares Schreibrichtungszeichen ({code})',
  'crmLink.placeholderInScheme':
    'Der Platzhalter {placeholder} steht im Schema; Platzhalter dürfen nur im Pfad, in der Abfrage oder im Fragment stehen (nach dem Host).',
  'crmLink.notHttp':
    '{field, select, url {Eine Suchadresse} recordLink {Ein Datensatz-Link} other {Eine Link-Vorlage}} muss mit https:// (oder http://) beginnen; {field, select, recordLink {dieser} other {diese}} beginnt mit {start}.',
  'crmLink.start.slashes': '„//“ ohne Schema',
  'crmLink.start.scheme': '„{scheme}“',
  'crmLink.start.none': 'keinem Schema',
  'crmLink.placeholderInHost':
    'Der Platzhalter {placeholder} steht im Host, im Port oder im Benutzernamen; Platzhalter dürfen nur im Pfad, in der Abfrage oder im Fragment stehen (nach dem Host).',
  'crmLink.noHost':
    '{field, select, url {Die Suchadresse} recordLink {Der Datensatz-Link} other {Die Link-Vorlage}} hat nach „//“ keinen Host; schreiben Sie {field, select, recordLink {ihn} other {sie}} wie https://crm.example/….',
  'crmLink.atBeforeHost':
    '{field, select, url {Die Suchadresse} recordLink {Der Datensatz-Link} other {Die Link-Vorlage}} hat ein „@“ vor dem Host („{authority}“), ein Browser würde also den Teil nach dem „@“ öffnen; entfernen Sie den Benutzernamen und das „@“.',
  'crmLink.unparseable':
    '{field, select, url {Die Suchadresse} recordLink {Der Datensatz-Link} other {Die Link-Vorlage}} ist keine gültige Webadresse; prüfen Sie den Hostnamen und den Port.',
  'crmLink.notWebAddress':
    '{field, select, url {Die Suchadresse} recordLink {Der Datensatz-Link} other {Die Link-Vorlage}} ist keine gültige http- oder https-Adresse; prüfen Sie den Hostnamen.',
  'crmLink.userInfo':
    '{field, select, url {Die Suchadresse} recordLink {Der Datensatz-Link} other {Die Link-Vorlage}} enthält einen Benutzernamen oder ein Passwort; entfernen Sie es samt dem „@“.',
  'crmLink.unknownCountry':
    "Das Standardland für '{e164}' ist falsch: „{country}“ ist kein ISO-3166-Ländercode, für den Telefonnummern bekannt sind; geben Sie einen zweibuchstabigen Code wie DE, AT oder CH ein.",
  'crmLink.linkTooLong':
    'Der Link wäre {length} Zeichen lang (höchstens {max}); verwenden Sie weniger Platzhalter in der Vorlage.',
  'crmLink.pathStep':
    'Ein Wert dieses Anrufs würde einen Pfadschritt („.“ oder „..“) bilden und ändern, welche Seite der Link öffnet; deshalb wurde er nicht erstellt.',
  'crmLink.callNotWebAddress':
    'Der Link für diesen Anruf ist keine gültige Webadresse; deshalb wurde er nicht erstellt.',
  'crmLink.callNotHttp':
    'Der Link für diesen Anruf ist keine http- oder https-Adresse; deshalb wurde er nicht erstellt.',
  'crmLink.callLeaves':
    'Der Link für diesen Anruf würde {origin} verlassen; deshalb wurde er nicht erstellt.',
};
