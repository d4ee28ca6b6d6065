import type { validation as english } from '../en/validation';
import type { Messages } from '../types';

export const validation: Messages<typeof english> = {
  'validation.didText': 'Die gewählte Nummer muss Text sein.',
  'validation.didDigits':
    'Schreiben Sie die gewählte Nummer mit Ziffern (auf Wunsch mit +, Leerzeichen oder Bindestrichen), etwa 0800 123 456.',
  'validation.lineNameText': 'Der Name der Leitung muss Text sein.',
  'validation.lineNameEmpty': 'Geben Sie der Leitung einen Namen, etwa „Acme – Vertrieb“.',
  'validation.lineNameLength': 'Der Name einer Leitung darf höchstens 80 Zeichen haben.',
  'validation.lineNameControl': 'Der Name einer Leitung darf keine Steuer- oder Richtungszeichen enthalten.',
  'validation.didLabelsMax': 'Benennen Sie höchstens {max} gewählte Nummern.',
  'validation.didTwice': 'Die gewählte Nummer {did} ist zweimal benannt; behalten Sie nur einen Namen dafür.',
  'validation.mode': 'Der Modus muss „demo“ oder „server“ sein.',
  'validation.managerText': 'Der Manager-Benutzername muss Text sein.',
  'validation.managerEmpty':
    'Geben Sie den Manager-Benutzernamen ein (die Voreinstellung von iSymphony ist „manager“).',
  'validation.managerLength': 'Der Manager-Benutzername darf höchstens 128 Zeichen haben.',
  'validation.managerColon': 'Der Manager-Benutzername darf weder „:“ noch Steuerzeichen enthalten.',
  'validation.coreServerText': 'Der Core-Server muss Text sein, etwa „default“.',
  'validation.coreServer':
    'Der Core-Server wird mit seinem Namen (Buchstaben, Ziffern, „.“, „_“ und „-“, etwa „default“) oder seiner ID (einer UUID) angegeben.',
  'validation.userText': 'Der iSymphony-Benutzername muss Text sein.',
  'validation.userLength': 'Der iSymphony-Benutzername darf höchstens 128 Zeichen haben.',
  'validation.extensionText': 'Jede Nebenstelle muss Text sein.',
  'validation.extensionDigits': 'Eine Nebenstelle besteht aus 1 bis 15 Ziffern.',
  'validation.extensionsMax': 'Pop-ups gibt es für höchstens 100 Nebenstellen.',
  'validation.extensionsTwice': 'Jede Nebenstelle darf nur einmal aufgeführt werden.',
  'validation.popStyle': 'Die Art des Pop-ups muss „notification“, „window“, „both“ oder „off“ sein.',
  'validation.displayId': 'Die ID eines Bildschirms muss eine ganze Zahl sein.',
  'validation.popDisplay':
    'Zeigen Sie Pop-ups auf dem Bildschirm mit dem Mauszeiger („cursor“) oder auf einem gewählten Bildschirm an.',
  'validation.popCorner':
    'Die Ecke des Pop-ups muss „top-left“, „top-right“, „bottom-left“ oder „bottom-right“ sein.',
  'validation.autoOpenCrm': '„CRM von selbst öffnen“ muss „never“, „ring“ oder „answer“ sein.',
  'validation.afterCall':
    'Behalten Sie die Karte nach einem Anruf 0 bis 3600 Sekunden lang oder bis Sie sie schließen.',
  'validation.prefixText': 'Die Amtsholung muss Text sein.',
  'validation.prefixDigits': 'Die Amtsholung besteht aus bis zu 4 Ziffern, etwa 9, oder bleibt leer.',
  'validation.missedNotification':
    '„Über verpasste Anrufe benachrichtigen“ muss ein- oder ausgeschaltet sein.',
  'validation.ringSound': 'Der Klingelton muss „off“, „chime“, „bell“ oder „pulse“ sein.',
  'validation.ringVolume': 'Die Lautstärke des Klingeltons muss eine Zahl von 0 bis 100 sein.',
  'validation.ringVolumeWhole': 'Die Lautstärke des Klingeltons muss eine ganze Zahl von 0 bis 100 sein.',
  'validation.internalCalls': '„Pop-up für interne Anrufe“ muss ein- oder ausgeschaltet sein.',
  'validation.doNotDisturb': '„Nicht stören“ muss ein- oder ausgeschaltet sein.',
  'validation.followDnd': '„Dem Nicht-stören-Status von iSymphony folgen“ muss ein- oder ausgeschaltet sein.',
  'validation.shortcutText': 'Das Tastenkürzel muss Text sein, etwa CommandOrControl+Shift+K.',
  'validation.shortcutKeys':
    'Das Tastenkürzel braucht mindestens eine Zusatztaste und eine Taste, etwa CommandOrControl+Shift+K.',
  'validation.startAtLogin': '„Bei der Anmeldung starten“ muss ein- oder ausgeschaltet sein.',
  'validation.callLinks': '„Anruf-Links wählen“ muss ein- oder ausgeschaltet sein.',
  'validation.dialShortcutText': 'Das Tastenkürzel zum Wählen muss Text sein, etwa CommandOrControl+Shift+D.',
  'validation.dialShortcutKeys':
    'Das Tastenkürzel zum Wählen braucht mindestens eine Zusatztaste und eine Taste, etwa CommandOrControl+Shift+D.',
  'validation.theme': 'Das Design muss „system“, „light“ oder „dark“ sein.',
  'validation.textSize': 'Die Textgröße muss 100, 125, 150, 175 oder 200 (Prozent) sein.',
  'validation.language': 'Die Sprache muss „system“ oder eine von en, de, fr, it, es, ar sein.',
  'validation.clock': 'Die Uhr muss „locale“, 12 oder 24 sein.',
  'validation.dialShortcutSame':
    'Das Tastenkürzel zum Wählen ist dasselbe wie das für das CRM; wählen Sie ein anderes.',
  'validation.hostText': 'Die Serveradresse muss Text sein, etwa pbx.example.com oder 192.0.2.10.',
  'validation.hostMissing': 'Geben Sie die Serveradresse ein, etwa pbx.example.com oder 192.0.2.10.',
  'validation.hostLength': 'Die Serveradresse ist zu lang (höchstens 253 Zeichen).',
  'validation.hostOnly':
    'Geben Sie nur den Servernamen oder die IP-Adresse ein, ohne „ws://“, Port oder Pfad.',
  'validation.portRange': 'Der Port muss eine Zahl von 1 bis 65535 sein.',
  'validation.portWhole': 'Der Port muss eine ganze Zahl von 1 bis 65535 sein.',
  'validation.tls': '„Sichere Verbindung (TLS)“ muss ein- oder ausgeschaltet sein.',
  'validation.fingerprintText':
    'Der Fingerabdruck des vertrauenswürdigen Zertifikats muss Text wie AB:CD:… sein oder leer bleiben.',
  'validation.fingerprint':
    'Der Fingerabdruck des Zertifikats besteht aus 32 durch Doppelpunkte getrennten Paaren von Hexadezimalziffern (SHA-256).',
  'validation.fingerprintNeedsTls':
    'Ein vertrauenswürdiges Zertifikat gilt nur für eine sichere Verbindung: Schalten Sie TLS ein (wss) oder leeren Sie den Fingerabdruck.',
  'validation.eventNameText': 'Ein Ereignisname muss Text sein.',
  'validation.eventName':
    'Ein Ereignisname beginnt mit einem Buchstaben und enthält nur Buchstaben, Ziffern, „.“, „_“ oder „-“ (höchstens 64).',
  'validation.callerSuffix': 'Die anrufende Seite muss das Suffix „1“ oder „2“ sein.',
  'validation.callerSuffixByKind': 'Die anrufende Seite eines Ereignisses muss das Suffix „1“ oder „2“ sein.',
  'validation.originatePath': 'Der Pfad der Originate-Anfrage muss Text sein.',
  'validation.originateMethod': 'Die Methode der Originate-Anfrage muss POST oder PUT sein.',
  'validation.originateBody': 'Der Inhalt der Originate-Anfrage muss Text sein.',
  'validation.originate': 'Die Originate-Anfrage besteht aus Pfad, Methode und Inhalt, oder sie ist „off“.',
  'validation.fieldNameText': 'Ein Feldname muss Text sein.',
  'validation.ruleDidText': 'Jede gewählte Nummer muss Text sein.',
  'validation.ruleDidEmpty': 'Eine gewählte Nummer darf nicht leer sein.',
  'validation.ruleDidLength': 'Eine gewählte Nummer darf höchstens 32 Zeichen haben.',
  'validation.ruleDidsMax': 'Eine Regel darf höchstens 200 gewählte Nummern aufführen.',
  'validation.ruleCallers': 'Die Anruferregel muss „internal“, „external“ oder „any“ sein.',
  'validation.patternText': 'Das Nummernmuster muss Text sein.',
  'validation.pattern':
    'Das Nummernmuster darf nur Ziffern, „+“, „#“, „*“ (beliebig viele Ziffern) und „?“ (eine Ziffer) enthalten.',
  'validation.templateIdText': 'Die ID einer Vorlage muss Text sein.',
  'validation.templateId': 'Die ID einer Vorlage besteht aus 1 bis 64 Buchstaben, Ziffern, „-“ oder „_“.',
  'validation.templateNameText': 'Der Name einer Vorlage muss Text sein.',
  'validation.templateNameEmpty': 'Geben Sie der Vorlage einen Namen.',
  'validation.templateNameLength': 'Der Name einer Vorlage darf höchstens 80 Zeichen haben.',
  'validation.linkText': 'Der Link muss Text sein.',
  'validation.linkLength': 'Der Link darf höchstens 2048 Zeichen haben.',
  'validation.link': 'Der Link muss mit http:// oder https:// beginnen und darf keine Leerzeichen enthalten.',
  'validation.templateAutoOpen': '„Von selbst öffnen“ muss „never“, „ring“ oder „answer“ sein.',
  'validation.templatesMax': 'Behalten Sie höchstens 20 CRM-Vorlagen.',
  'validation.templateIdTwice': 'Eine andere Vorlage verwendet bereits die ID „{id}“.',
  'validation.countryText': 'Das Standardland muss ein Code aus zwei Buchstaben sein, etwa GB oder DE.',
  'validation.country': 'Das Standardland muss ein Code aus zwei Großbuchstaben sein, etwa GB oder DE.',
  'validation.notValid': 'Dieser Wert ist hier nicht gültig.',
  'validation.locked':
    'Ihr Administrator hat dies für alle Benutzer dieses Computers festgelegt ({path}); es lässt sich hier nicht ändern.',
  'validation.lockedSummary':
    '{count, plural, one {Eine Einstellung lässt sich nicht ändern: {detail}} other {# Einstellungen lassen sich nicht ändern: {detail}}}',
  'settingsFile.notJson':
    'Diese Datei ist keine Einstellungsdatei: Sie enthält kein gültiges JSON. Es wurde nichts geändert.',
  'settingsFile.noSettings':
    'Diese Datei ist keine Einstellungsdatei: Sie enthält keine Einstellungen. Es wurde nichts geändert.',
  'settingsFile.otherFormat':
    'Diese Datei ist keine Einstellungsdatei von iSymphony Companion. Es wurde nichts geändert.',
  'settingsFile.empty': 'Diese Datei enthält keine Einstellungen. Es wurde nichts geändert.',
  'settingsFile.oneInvalid':
    'Die Datei wurde nicht importiert: {path, select, none {} other {{path}: }}{detail} Es wurde nichts geändert.',
  'settingsFile.someInvalid':
    'Die Datei wurde nicht importiert: {count, plural, one {# Einstellung darin ist ungültig} other {# Einstellungen darin sind ungültig}} (unten aufgeführt). Es wurde nichts geändert.',
  'settingsFile.noDialogImport':
    'Diese App kann hier kein Dateifenster zeigen, daher lassen sich keine Einstellungen importieren.',
  'settingsFile.noDialogExport':
    'Diese App kann hier kein Dateifenster zeigen, daher lassen sich keine Einstellungen exportieren.',
  'settingsFile.notAFile': '{file} ist keine Datei. Es wurde nichts geändert.',
  'settingsFile.tooLarge': '{file} ist zu groß für eine Einstellungsdatei. Es wurde nichts geändert.',
  'settingsFile.unreadable': '{file} konnte nicht gelesen werden ({code}). Es wurde nichts geändert.',
  'settingsFile.writeFailed':
    'Die Einstellungen konnten nicht in {file} geschrieben werden ({code}). Wählen Sie einen anderen Ordner.',
  'settingsFile.importTitle': 'Einstellungen importieren',
  'settingsFile.exportTitle': 'Einstellungen exportieren',
  'settingsFile.filterJson': 'Einstellungen (JSON)',
};
