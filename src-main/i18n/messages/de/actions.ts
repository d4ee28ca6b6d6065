import type { actions as english } from '../en/actions';
import type { Messages } from '../types';

export const actions: Messages<typeof english> = {
  'action.callGone': 'Dieser Anruf ist nicht mehr bekannt; vielleicht wurde er aus dem Verlauf gelöscht.',
  'action.callGoneShort': 'Dieser Anruf ist nicht mehr bekannt.',
  'action.noCrmTemplate':
    'Zu diesem Anruf passt kein CRM-Link; fügen Sie in den Einstellungen eine CRM-Vorlage hinzu oder ändern Sie ihre Regeln.',
  'action.templateNotOffered':
    'Diese CRM-Vorlage gilt nicht für diesen Anruf; wählen Sie eine aus seinem Menü.',
  'action.noCurrentCall':
    'Gerade klingelt kein Anruf, läuft keiner und ist auch keiner eben zu Ende gegangen.',
  'action.noNumberToCopy': 'Dieser Anrufer hat keine Nummer übermittelt, die sich kopieren ließe.',
  'action.diagnosticsFailed': 'Die Diagnosedaten konnten nicht erstellt werden; siehe das Protokoll.',
  'open.notWeb': 'Nur http- und https-Links lassen sich öffnen; prüfen Sie die Link-Vorlage des CRM.',
  'open.noPhoneApp':
    'Keine Telefon-App auf diesem Computer hat den tel:-Link angenommen; installieren oder wählen Sie ein Softphone.',
  'open.noBrowser':
    'Der Link ließ sich nicht öffnen: Kein Webbrowser hat geantwortet. Prüfen Sie Ihren Standardbrowser.',
  'demo.failed':
    'Der Demo-Server konnte auf diesem Computer nicht starten; starten Sie die App neu oder verbinden Sie sich mit Ihrem eigenen Server.',
  'loginItem.failed':
    '„Bei der Anmeldung starten“ ließ sich nicht ändern; versuchen Sie es erneut oder stellen Sie es in den Systemeinstellungen ein.',
  'loginItem.notWritable':
    '„Bei der Anmeldung starten“ ließ sich nicht ändern: In {folder} kann nicht geschrieben werden.',
  'callLinks.notHandled':
    'Das System hat dieser App nicht erlaubt, Links vom Typ {links} zu übernehmen; wählen Sie sie in den Systemeinstellungen als Standard-App dafür.',
  'callLinks.notReleased':
    'Das System hat dieser App nicht erlaubt, Links vom Typ {links} wieder abzugeben; wählen Sie in den Systemeinstellungen eine andere Standard-App dafür.',
  'statusRequest.noSuchType': 'Einen Statustyp „{type}“ gibt es nicht; die Typen sind {types}.',
  'statusRequest.noSuchTypeUnshown': 'Diesen Statustyp gibt es nicht; die Typen sind {types}.',
  'statusRequest.nameTooLong':
    'Ein Statusname darf höchstens {max} druckbare Zeichen lang sein (oder leer bleiben für „{name}“).',
  'statusRequest.noteTooLong': 'Eine Statusnotiz muss Text von höchstens {max} Zeichen sein.',
  'statusRequest.returnNotDate': 'Die Rückkehrzeit ist kein gültiges Datum mit Uhrzeit.',
  'statusRequest.returnNotMs':
    'Die Rückkehrzeit muss -1 (keine) oder eine Zeit in Millisekunden seit der Epoche sein.',
  'statusRequest.returnNotTime':
    'Die Rückkehrzeit muss -1 (keine), eine Zeit in Millisekunden seit der Epoche oder ein Datum sein.',
  'statusRequest.returnPast':
    'Die Rückkehrzeit muss in der Zukunft liegen; lassen Sie sie weg, wenn es keine gibt.',
  'request.unreadable': 'Die Anfrage {channel} ließ sich nicht lesen.',
  'request.invalid': 'Die Anfrage {channel} war ungültig.',
  'request.invalidField': 'Die Anfrage {channel} war ungültig. {field}: {reason}',
  'request.unknownKey': '„{key}“ gehört nicht zur Anfrage {channel}.',
  'request.lookupNumberTooLong': 'Eine Nummer darf höchstens {max} Zeichen haben.',
  'request.lookupNumberChars':
    'Geben Sie eine Telefonnummer ein: Ziffern, auf Wunsch mit +, Leerzeichen, ( ) - . /.',
  'request.lookupNumberDigits': 'Geben Sie eine Telefonnummer zum Nachschlagen ein.',
  'request.contactNumberTooLong': 'Eine Nummer hat höchstens {max} Zeichen.',
  'request.contactTooManyNumbers': 'Ein Kontakt hat höchstens {max} Nummern.',
};
