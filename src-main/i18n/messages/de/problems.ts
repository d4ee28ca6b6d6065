import type { problems as english } from '../en/problems';
import type { Messages } from '../types';

export const problems: Messages<typeof english> = {
  'problem.unexpected': 'Etwas ist schiefgelaufen: {detail}',
  'problem.waitSeconds': '{seconds, plural, one {# Sekunde} other {# Sekunden}}',
  'problem.waitMs': '{ms} ms',
  'problem.timeout':
    'Der Server unter {at} hat nicht innerhalb von {wait} geantwortet; prüfen Sie Adresse und Port und ob eine Firewall die Verbindung verwirft.',
  'problem.timeoutInTime':
    'Der Server unter {at} hat nicht rechtzeitig geantwortet; prüfen Sie Adresse und Port und ob eine Firewall die Verbindung verwirft.',
  'problem.fingerprintMismatch':
    'Der Server unter {at} hat ein anderes Zertifikat (SHA-256 {fingerprint}) vorgelegt als das, dem Sie vertraut haben; vertrauen Sie dem neuen in den Einstellungen nur, wenn der Administrator bestätigt, dass es ersetzt wurde.',
  'problem.frameTooLarge':
    'Der Server unter {at} hat eine Nachricht über der Grenze von 1 MiB gesendet, daher wurde diese Verbindung geschlossen; die App verbindet sich von selbst neu.',
  'problem.connectionClosed':
    'Die Verbindung zu {at} wurde unerwartet geschlossen; die App verbindet sich von selbst neu. Wenn das immer wieder passiert, prüfen Sie das Netzwerk und den Server.',
  'problem.connectionCutOff':
    'Die Verbindung zu {at} wurde unterbrochen; die App verbindet sich von selbst neu. Wenn das immer wieder passiert, prüfen Sie das Netzwerk und den Server.',
  'problem.usernameInvalid':
    'Der Manager-Benutzername darf kein „:“ enthalten; korrigieren Sie ihn in den Einstellungen.',
  'problem.heartbeatTimeout':
    'Der Server unter {at} antwortet nicht mehr (keine Antwort auf einen Ping innerhalb von {wait}); die App verbindet sich von selbst neu.',
  'problem.dnsFailed':
    'Der Servername „{host}“ wurde nicht gefunden; prüfen Sie die Serveradresse in den Einstellungen und die Netzwerkverbindung dieses Computers.',
  'problem.connectionRefused':
    'Unter {at} nimmt nichts Verbindungen an; prüfen Sie, ob iSymphony dort läuft und ob der Port stimmt (58080, mit SSL 55050).',
  'problem.networkUnreachable':
    'Der Netzwerkpfad zu {at} ist nicht erreichbar; prüfen Sie die Netzwerkverbindung dieses Computers. Die App verbindet sich neu, sobald sie wieder da ist.',
  'problem.certificateRejected':
    'Dem Zertifikat des Servers unter {at}{fingerprint, select, none {} other { (SHA-256 {fingerprint})}} wird nicht vertraut ({code, select, unknown {unbekannter Fehler} other {{code}}}); vertrauen Sie genau diesem Zertifikat in den Einstellungen, wenn der Administrator seinen Fingerabdruck bestätigt, oder installieren Sie ein gültiges Zertifikat auf dem Server.',
  'problem.connectionFailed':
    'Die Verbindung zu {at} ist fehlgeschlagen ({code, select, unknown {unbekannter Fehler} other {{code}}}); die App versucht es weiter, prüfen Sie also Adresse, Port und Netzwerk.',
  'problem.credentialsRejected':
    'Der Server unter {at} hat den Manager-Benutzernamen oder das Passwort abgelehnt; korrigieren Sie beides in den Einstellungen (es ist das Manager-Konto von iSymphony, nicht die Anmeldung eines Benutzers).',
  'problem.addressNotAllowed':
    'Der Server unter {at} hat die Adresse dieses Computers{address, select, none {} other { ({address})}} abgelehnt, weil sie nicht auf der Freigabeliste in der security.xml des Servers steht; bitten Sie den Administrator, sie hinzuzufügen.',
  'problem.notFound':
    'Der Server unter {at} hat unter diesem Pfad nichts; prüfen Sie in den Einstellungen den Port (58080, mit SSL 55050) und den Pfad.',
  'problem.sslRequired':
    'Der Server unter {at} verlangt SSL; schalten Sie SSL in den Einstellungen ein und verwenden Sie Port 55050.',
  'problem.unexpectedStatus':
    'Der Server unter {at} hat mit HTTP {status} geantwortet, was diese App nicht erwartet; prüfen Sie Adresse und Port in den Einstellungen.',
  'problem.passwordMissing':
    'Für {account} ist kein Passwort gespeichert, daher verbindet sich die App nicht; geben Sie das Manager-Passwort in den Einstellungen ein.',
  'problem.updateUnreachable': 'Der Update-Server war nicht erreichbar; die App versucht es später erneut.',
  'problem.updateNoRelease': 'Der Update-Server bietet noch keine Version an.',
  'problem.updateServerError':
    'Der Update-Server hat mit einem Fehler geantwortet (HTTP {status}); die App versucht es später erneut.',
  'problem.updateBadFeed':
    'Die Versionsbeschreibung des Update-Servers ist nicht lesbar, daher wurde nichts heruntergeladen.',
  'problem.updateBadDownload':
    'Das heruntergeladene Update passte nicht zu seiner Prüfsumme und wurde verworfen.',
  'problem.updateFailedBecause': 'Das Update ist fehlgeschlagen: {detail}',
  'problem.updateFailed': 'Das Update ist fehlgeschlagen.',
  'problem.updateNotInstalled':
    'Updates gibt es für die installierte App; diese Kopie läuft aus ihrem Build-Ordner und wird daher nicht aktualisiert.',
  'problem.unknownUser':
    'Auf diesem Server gibt es keinen iSymphony-Benutzer „{name}“; Anrufe für ihn erscheinen nie. Prüfen Sie „iSymphony-Benutzername“ in den Einstellungen.',
  'problem.unknownExtension':
    'Auf diesem Server gibt es keine Nebenstelle „{name}“; Anrufe an sie erscheinen nie. Prüfen Sie „Nebenstellen“ in den Einstellungen.',
  'problem.identityRestRefused':
    'Es ließ sich nicht prüfen, ob der iSymphony-Benutzer und die Nebenstellen auf diesem Server existieren: Der Server hat die Live-REST-API verweigert (HTTP 403); die iSymphony-Lizenz schränkt sie ein, oder das Manager-Konto hat keine Berechtigung dafür. Anrufe erscheinen trotzdem, wenn die Namen stimmen.',
  'problem.identityNoCoreServer':
    'Es ließ sich nicht prüfen, ob der iSymphony-Benutzer und die Nebenstellen auf diesem Server existieren: Die Live-REST-API kennt diesen Core-Server nicht (HTTP 404); prüfen Sie „Core-Server“ unter Einstellungen → Server → Erweitert (meist „default“). Anrufe erscheinen trotzdem, wenn die Namen stimmen.',
  'problem.keychainBadAccount':
    'Der Schlüsselbund-Eintrag braucht einen Manager-Benutzernamen und eine Serveradresse.',
  'problem.keychainUnavailableMac':
    'Der macOS-Schlüsselbund ließ sich nicht verwenden: Entsperren Sie Ihren Anmeldeschlüsselbund in der Schlüsselbundverwaltung und versuchen Sie es erneut, oder lassen Sie das Passwort bis zum Beenden der App im Speicher.',
  'problem.keychainUnavailableWindows':
    'Die Windows-Anmeldeinformationsverwaltung ließ sich nicht verwenden: Melden Sie sich mit Ihrem eigenen Konto bei Windows an und versuchen Sie es erneut, oder lassen Sie das Passwort bis zum Beenden der App im Speicher.',
  'problem.keychainUnavailableLinux':
    'Kein Schlüsselbund des Systems verfügbar: Installieren und starten Sie einen Secret Service wie GNOME Keyring oder KWallet (unter Debian oder Ubuntu: gnome-keyring und libsecret-1-0) und entsperren Sie ihn, oder lassen Sie das Passwort bis zum Beenden der App im Speicher.',
  'problem.keychainRefused':
    'Der Schlüsselbund des Systems hat sich geweigert, das Passwort {operation, select, get {zu lesen} set {zu speichern} other {zu löschen}}. Versuchen Sie es erneut, oder suchen Sie in der Schlüsselbund-App nach einem Eintrag namens „{service}“.',
  'problem.testOtherServer':
    'Das gespeicherte Passwort gehört zum gespeicherten Server; um einen anderen Server (oder denselben ohne TLS) zu testen, geben Sie das Manager-Passwort ein.',
  'problem.testNoPassword':
    'Für {account} ist kein Passwort gespeichert; geben Sie das Manager-Passwort ein, um die Verbindung zu testen.',
  'problem.testBusy':
    'Ein Verbindungstest läuft bereits; warten Sie sein Ergebnis ab und versuchen Sie es dann erneut.',
  'problem.callLinksOff':
    'Anruf-Links sind aus, daher wählt diese App sie nicht. Schalten Sie „tel:-, callto:- und sip:-Links mit dieser App wählen“ unter Einstellungen → Allgemein ein.',
  'problem.noClipboard': 'Hier gibt es keine Zwischenablage zum Lesen.',
  'problem.shortcutTaken':
    'Das Tastenkürzel {accelerator} wird schon von einer anderen Anwendung verwendet; wählen Sie ein anderes.',
  'problem.shortcutInvalid': 'Das Tastenkürzel {accelerator} ist nicht gültig; wählen Sie ein anderes.',
  'problem.dialWaiting': 'Eine Nummer aus der Zwischenablage wartet bereits auf Ihre Antwort.',
  'problem.dialCancelled': 'Nicht gewählt: Sie haben entschieden, die Nummer nicht anzurufen.',
  'problem.presenceStopped': 'Der Status wurde beendet, bevor der Server den neuen Status bestätigt hat.',
  'problem.presenceNotRunning': 'Der Status läuft nicht; verbinden Sie sich zuerst mit dem Server.',
  'problem.presenceNoUser':
    'Kein iSymphony-Benutzer festgelegt: Geben Sie zuerst Ihren iSymphony-Benutzernamen in den Einstellungen ein.',
  'problem.presenceUnknown':
    'Ihr aktueller Status ist noch nicht bekannt: Warten Sie, bis die App mit dem Server verbunden ist, und versuchen Sie es dann erneut.',
  'problem.presenceSuperseded':
    'Ein neuerer Status wurde angefordert, bevor der Server diesen bestätigt hat.',
  'problem.presenceUserChanged':
    'Der iSymphony-Benutzer hat sich geändert, bevor der Server den Status bestätigt hat.',
  'problem.presenceNotConfirmed':
    'Der Server hat den neuen Status angenommen, aber nicht innerhalb von {seconds} s bestätigt; angezeigt wird daher der zuletzt vom Server gemeldete Status. Versuchen Sie es erneut oder prüfen Sie ihn in iSymphony.',
  'problem.presenceUnavailable':
    'Ihr Status lässt sich ändern, sobald die App mit Ihrem Server verbunden ist; prüfen Sie zuerst die Verbindung.',
  'connection.notStarted': 'Noch nicht verbunden: Die Verbindung startet mit der App.',
  'connection.connecting': 'Verbindung zu {at} wird hergestellt.',
  'connection.connectingAgain': 'Verbindung zu {at} wird erneut hergestellt (Versuch {attempt}).',
  'connection.live': 'Verbunden mit {at}: Anrufe erscheinen, sobald sie klingeln.',
  'connection.liveWithNotice': 'Verbunden mit {at}: Anrufe erscheinen, sobald sie klingeln. {notice}',
  'connection.pinnedExpired':
    'Das festgelegte Zertifikat ist am {day} abgelaufen; ihm wird weiter vertraut, weil Sie es festgelegt haben, aber erneuern Sie es auf dem Server und legen Sie das neue fest.',
  'connection.suspended':
    'Pausiert, solange dieser Computer schläft: Die Verbindung kommt beim Aufwachen zurück.',
  'connection.stopped': 'Getrennt: Starten Sie die Verbindung erneut, um Anrufe zu erhalten.',
  'connection.appStopped': 'Getrennt: Die App wurde beendet.',
  'connection.noServer':
    'Nicht verbunden: Verbinden Sie sich in den Einstellungen mit Ihrem iSymphony-Server, oder probieren Sie die Demo aus.',
  'connection.demoStarting': 'Der Demo-Server wird auf diesem Computer gestartet.',
  'validation.hostEmpty': 'Geben Sie den Namen oder die IP-Adresse des Servers ein.',
  'validation.hostScheme':
    'Geben Sie nur den Namen oder die Adresse des Servers ein, ohne „ws://“, „https://“ oder ein anderes Schema.',
  'validation.hostSpaces': 'Die Serveradresse darf keine Leerzeichen enthalten.',
  'validation.hostUser':
    'Lassen Sie Benutzernamen aus der Serveradresse weg; der Manager-Benutzername hat ein eigenes Feld.',
  'validation.hostPath':
    'Geben Sie nur den Namen oder die Adresse des Servers ein, ohne einen Pfad wie „/communication_manager“.',
  'validation.hostPort': 'Geben Sie den Port im Port-Feld ein, nicht hinter der Adresse.',
  'validation.hostZone':
    'IPv6-Adressen mit Zone (etwa „%eth0“) werden nicht unterstützt; verwenden Sie stattdessen den Namen des Servers.',
  'validation.hostIpv6': '„{host}“ ist keine gültige IPv6-Adresse.',
  'validation.hostIpv4':
    '„{host}“ ist keine gültige IPv4-Adresse: Verwenden Sie vier Zahlen von 0 bis 255, etwa 192.168.1.20.',
  'validation.hostName':
    '„{host}“ ist kein gültiger Servername: Verwenden Sie Buchstaben, Ziffern und Bindestriche zwischen Punkten, etwa pbx.example.com.',
  'validation.port':
    'Der Port muss eine ganze Zahl von 1 bis 65535 sein (iSymphony verwendet {plain}, mit SSL {tls}).',
  'validation.path':
    'Der Pfad muss mit „/“ beginnen und darf nur Buchstaben, Ziffern und URL-Satzzeichen enthalten, etwa {example}.',
  'validation.usernameEmpty':
    'Geben Sie den Manager-Benutzernamen ein (die Voreinstellung des Servers ist „manager“).',
  'validation.usernameColon':
    'Der Manager-Benutzername darf kein „:“ enthalten, weil die Basic-Authentifizierung damit Name und Passwort trennt.',
  'validation.usernameLength': 'Der Manager-Benutzername darf höchstens 256 druckbare Zeichen lang sein.',
  'validation.oneInvalid': 'Eine Einstellung ist ungültig: {detail}',
  'validation.someInvalid':
    '{count, plural, one {# Einstellung ist ungültig} other {# Einstellungen sind ungültig}}; jede ist neben ihrem Feld markiert.',
  'validation.missing': 'Diese Einstellung fehlt. {detail}',
  'validation.secretInFile':
    'Passwörter und andere Geheimnisse werden im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.',
  'validation.unknownSetting':
    '„{key}“ ist keine Einstellung, die diese Version von iSymphony Companion kennt.',
  'validation.unknownEventKind': '„{key}“ ist keine Ereignisart, die die App kennt.',
};
