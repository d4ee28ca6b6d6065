/**
 * English: the sentences of problems, connection states and validation (`Problem.text`,
 * `ConnectionView.text`). Keys `problem.<what>`, `connection.<state>`, `validation.<what>`. Each
 * says what is wrong and, where there is one, the fix. `{at}` is host:port, `{code}` an error
 * constant ("unknown" when there was none worth showing): data, never words.
 */
export const problems = {
  'problem.unexpected': 'Something went wrong: {detail}',
  'problem.waitSeconds': '{seconds, plural, one {# second} other {# seconds}}',
  'problem.waitMs': '{ms} ms',
  'problem.timeout':
    'The server at {at} did not answer within {wait}; check the address and port, and that no firewall drops the connection.',
  'problem.timeoutInTime':
    'The server at {at} did not answer in time; check the address and port, and that no firewall drops the connection.',
  'problem.fingerprintMismatch':
    'The server at {at} presented a different certificate (SHA-256 {fingerprint}) from the one you trusted; trust the new one in settings only if the administrator confirms it was replaced.',
  'problem.frameTooLarge':
    'The server at {at} sent a message larger than the 1 MiB limit, so that connection was closed; the app reconnects by itself.',
  'problem.connectionClosed':
    'The connection to {at} closed unexpectedly; the app reconnects by itself, and if this keeps happening check the network and the server.',
  'problem.connectionCutOff':
    'The connection to {at} was cut off; the app reconnects by itself, and if this keeps happening check the network and the server.',
  'problem.usernameInvalid': 'The manager user name cannot contain ":"; correct it in settings.',
  'problem.heartbeatTimeout':
    'The server at {at} stopped answering (no reply to a ping within {wait}); the app reconnects by itself.',
  'problem.dnsFailed':
    'The server name "{host}" could not be found; check the server address in settings and this computer\'s network connection.',
  'problem.connectionRefused':
    'Nothing accepts connections at {at}; check that iSymphony is running there and that the port is right (58080, or 55050 with SSL).',
  'problem.networkUnreachable':
    "The network path to {at} is unreachable; check this computer's network connection, and the app reconnects once it is back.",
  'problem.certificateRejected':
    'The certificate of the server at {at}{fingerprint, select, none {} other { (SHA-256 {fingerprint})}} is not trusted ({code, select, unknown {unknown error} other {{code}}}); trust this exact certificate in settings if the administrator confirms its fingerprint, or install a valid certificate on the server.',
  'problem.connectionFailed':
    'Connecting to {at} failed ({code, select, unknown {unknown error} other {{code}}}); the app keeps retrying, so check the address, the port and the network.',
  'problem.credentialsRejected':
    "The server at {at} rejected the manager username or password; correct them in settings (they are iSymphony's manager account, not a user's login).",
  'problem.addressNotAllowed':
    "The server at {at} refused this computer's address{address, select, none {} other { ({address})}} because it is not on the allow-list in the server's security.xml; ask the administrator to add it.",
  'problem.notFound':
    'The server at {at} has nothing at that path; check the port (58080, or 55050 with SSL) and the path in settings.',
  'problem.sslRequired': 'The server at {at} requires SSL; turn SSL on in settings and use port 55050.',
  'problem.unexpectedStatus':
    'The server at {at} answered with HTTP {status}, which this app does not expect; check the address and port in settings.',
  'problem.passwordMissing':
    'No password is stored for {account}, so the app does not connect; enter the manager password in settings.',
  'problem.updateUnreachable': 'The update server could not be reached; the app tries again later.',
  'problem.updateNoRelease': 'The update server has no release to offer yet.',
  'problem.updateServerError':
    'The update server answered with an error (HTTP {status}); the app tries again later.',
  'problem.updateBadFeed':
    "The update server's release description is not readable, so nothing was downloaded.",
  'problem.updateBadDownload': 'The downloaded update did not match its checksum and was thrown away.',
  'problem.updateFailedBecause': 'The update failed: {detail}',
  'problem.updateFailed': 'The update failed.',
  'problem.updateNotInstalled':
    'Updates come with the installed app; this copy runs from its build folder, so it is not updated.',
  // '' is ICU's literal apostrophe: a single one before { would quote the argument away.
  'problem.unknownUser':
    "There is no iSymphony user ''{name}'' on this server; calls for them will never pop. Check \"iSymphony username\" in Settings.",
  'problem.unknownExtension':
    "There is no extension ''{name}'' on this server; calls to it will never pop. Check \"Extensions\" in Settings.",
  'problem.identityRestRefused':
    'Could not check that the iSymphony user and extensions exist on this server: the server refused the Live REST API (HTTP 403): the iSymphony licence restricts it, or the manager account has no permission for it. Calls still pop if the names are right.',
  'problem.identityNoCoreServer':
    'Could not check that the iSymphony user and extensions exist on this server: the Live REST API has no such core server (HTTP 404); check "Core server" in Settings → Server → Advanced (usually "default"). Calls still pop if the names are right.',
  'problem.keychainBadAccount': 'The keychain entry needs a manager user name and a server address.',
  'problem.keychainUnavailableMac':
    'The macOS Keychain could not be used: unlock your login keychain in Keychain Access and try again, or choose to keep the password in memory until the app quits.',
  'problem.keychainUnavailableWindows':
    'Windows Credential Manager could not be used: sign in to Windows with your own account and try again, or choose to keep the password in memory until the app quits.',
  'problem.keychainUnavailableLinux':
    'No system keychain is available: install and start a Secret Service such as GNOME Keyring or KWallet (on Debian or Ubuntu: gnome-keyring and libsecret-1-0) and unlock it, or choose to keep the password in memory until the app quits.',
  'problem.keychainRefused':
    'The system keychain refused to {operation, select, get {read} set {store} other {delete}} the password. Try again, or check the keychain app for an entry named "{service}".',
  'problem.testOtherServer':
    'The stored password belongs to the saved server; to test another server (or the same one without TLS), type the manager password.',
  'problem.testNoPassword':
    'No password is stored for {account}; type the manager password to test the connection.',
  'problem.testBusy': 'A connection test is already running; wait for its result, then try again.',
  'problem.callLinksOff':
    'Call links are off, so this app does not dial them. Turn on "Dial tel:, callto: and sip: links" in Settings → General.',
  'problem.noClipboard': 'There is no clipboard to read here.',
  'problem.shortcutTaken':
    'The shortcut {accelerator} is already used by another application; choose a different one.',
  'problem.shortcutInvalid': 'The shortcut {accelerator} is not valid; choose a different one.',
  'problem.dialWaiting': 'A number from the clipboard is already waiting for your answer.',
  'problem.dialCancelled': 'Not dialled: you chose not to call the number.',
  'problem.presenceStopped': 'Presence stopped before the server confirmed the new status.',
  'problem.presenceNotRunning': 'Presence is not running; connect to the server first.',
  'problem.presenceNoUser': 'No iSymphony user is set: enter your iSymphony user name in settings first.',
  'problem.presenceUnknown':
    'Your current status is not known yet: wait until the app is connected to the server, then try again.',
  'problem.presenceSuperseded': 'A newer status was asked for before the server confirmed this one.',
  'problem.presenceUserChanged': 'The iSymphony user changed before the server confirmed the status.',
  'problem.presenceNotConfirmed':
    'The server accepted the new status but did not confirm it within {seconds} s, so the status shown is the one the server last reported; try again, or check it in iSymphony.',
  'problem.presenceUnavailable':
    'Your status can be changed once the app is connected to your server; check the connection first.',
  'connection.notStarted': 'Not connected yet: the connection starts when the app does.',
  'connection.connecting': 'Connecting to {at}.',
  'connection.connectingAgain': 'Connecting to {at} again (attempt {attempt}).',
  'connection.live': 'Connected to {at}: calls will pop up as they ring.',
  'connection.liveWithNotice': 'Connected to {at}: calls will pop up as they ring. {notice}',
  'connection.pinnedExpired':
    'The pinned certificate expired on {day}; it is still trusted because you pinned it, but renew it on the server and pin the new one.',
  'connection.suspended': 'Paused while this computer sleeps: the connection comes back on wake.',
  'connection.stopped': 'Disconnected: start the connection again to receive calls.',
  'connection.appStopped': 'Disconnected: the app has stopped.',
  'connection.noServer': 'Not connected: connect to your iSymphony server in settings, or try the demo.',
  'connection.demoStarting': 'Starting the demo server on this computer.',
  'validation.hostEmpty': "Enter the server's name or IP address.",
  'validation.hostScheme':
    'Enter only the server\'s name or address, without "ws://", "https://" or any other scheme.',
  'validation.hostSpaces': 'The server address cannot contain spaces.',
  'validation.hostUser':
    'Leave user names out of the server address; the manager user name has its own field.',
  'validation.hostPath':
    'Enter only the server\'s name or address, without a path such as "/communication_manager".',
  'validation.hostPort': 'Enter the port in the port field, not after the address.',
  'validation.hostZone':
    'IPv6 addresses with a zone (such as "%eth0") are not supported; use the server\'s name instead.',
  'validation.hostIpv6': '"{host}" is not a valid IPv6 address.',
  'validation.hostIpv4':
    '"{host}" is not a valid IPv4 address: use four numbers from 0 to 255, such as 192.168.1.20.',
  'validation.hostName':
    '"{host}" is not a valid server name: use letters, digits and hyphens between dots, such as pbx.example.com.',
  'validation.port':
    'The port must be a whole number from 1 to 65535 (iSymphony uses {plain}, or {tls} with SSL).',
  'validation.path':
    'The path must start with "/" and use only letters, digits and URL punctuation, such as {example}.',
  'validation.usernameEmpty': 'Enter the manager user name (the server\'s default is "manager").',
  'validation.usernameColon':
    'The manager user name cannot contain ":", because Basic authentication uses it to separate name and password.',
  'validation.usernameLength': 'The manager user name must be at most 256 printable characters.',
  'validation.oneInvalid': 'One setting is not valid: {detail}',
  'validation.someInvalid':
    '{count, plural, one {# setting is not valid} other {# settings are not valid}}; each is marked beside its field.',
  'validation.missing': 'This setting is missing. {detail}',
  'validation.secretInFile':
    'Passwords and other secrets are kept in the system keychain, never in the settings file.',
  'validation.unknownSetting': '"{key}" is not a setting this version of iSymphony Companion knows.',
  'validation.unknownEventKind': '"{key}" is not an event kind the app knows.',
} satisfies Record<string, string>;
