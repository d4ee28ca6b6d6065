/**
 * English: what main says itself (tray menu and tooltip, notifications, native dialogs, the updates
 * line). Owned by the main-side strings work. Values are data: names and numbers arrive display-safe
 * and isolated already; a value that is a word is a `select` here.
 */
export const desktop = {
  'tray.noRecentCalls': 'No recent calls',
  'tray.missedCalls': '{count, plural, one {# missed call} other {# missed calls}}',
  'tray.tooltip':
    'iSymphony Companion{demo, select, yes { (demo)} other {}}: {state, select, live {connected} connecting {connecting} backoff {waiting to reconnect} failed {not connected} stopped {stopped} other {not connected yet}}{missed, plural, =0 {} one {, # missed call} other {, # missed calls}}',
  'tray.statusLine':
    '{demo, select, yes {Demo: } other {}}{connection}{dnd, select, on { Do not disturb is on.} presence { Do not disturb is on (your iSymphony status).} other {}}',
  'tray.recentCalls': 'Recent calls',
  'tray.call':
    '{direction, select, outbound {to {who}} other {{who}}}: {state, select, ringing {ringing} answered {on the phone} answeredElsewhere {answered elsewhere} missed {missed} ended {ended} lost {connection lost} other {ended (unknown)}}',
  'tray.unknownCaller': 'Unknown caller',
  'tray.openCrm': 'Open CRM record',
  'tray.callBack': 'Call back',
  'tray.status': 'Status',
  'tray.statusNow': 'Status: {status}',
  'tray.statusPending': 'Status: {status} (waiting for the server…)',
  'tray.statusUnknown': 'Not known until connected',
  'tray.doNotDisturb': 'Do not disturb',
  'tray.pausePops': 'Pause pops',
  'tray.pauseFor15Minutes': 'For 15 minutes',
  'tray.pauseFor1Hour': 'For 1 hour',
  'tray.pauseUntilTomorrow': 'Until tomorrow',
  'tray.pausedUntil': 'Pops paused until {time}',
  'tray.pausedUntilTomorrow': 'Pops paused until tomorrow',
  'tray.resumePops': 'Resume pops',
  'tray.openWindow': 'Open iSymphony Companion',
  'tray.settings': 'Settings…',
  'tray.startAtLogin': 'Start at login',
  'tray.quit': 'Quit',
  'update.check': 'Check for updates…',
  'update.checking': 'Checking for updates…',
  'update.upToDate': 'Up to date (version {version})',
  'update.downloading': 'Downloading update {version}…',
  'update.installsAfterCall': 'Update {version} installs when the call ends',
  'update.readyOnQuit': 'Update {version} is ready; it installs when you quit',
  'update.restart': 'Restart to update',
  'update.checkFailed': 'Update check failed: {reason}',
  'notify.unknownCaller': 'Unknown caller',
  'notify.numberWithheld': 'Number withheld',
  'notify.transferredFrom': '{who}, transferred from {from}',
  'notify.internalCall': '{who}, internal call',
  'notify.called': '{who} called {line}',
  'notify.missedTitle':
    '{known, select, yes {Missed call from {who}} other {Missed call from an unknown caller}}',
  'notify.callBack': 'Call back',
  'notify.notDialled': 'Not dialled',
  'notify.callingPbx': 'Calling through the PBX',
  'notify.callingPhoneApp': 'Calling with your phone app',
  'dialog.dialTitle': 'Call this number?',
  'dialog.dialQuestion': 'Call {number}?',
  'dialog.dialDetail':
    'This is the number on the clipboard. Through the PBX your phone rings first, then the number; otherwise your phone app dials it.',
  'dialog.dialCall': 'Call',
  'dialog.dialCancel': 'Cancel',
  'dialog.passwordMoveTitle': 'Use the stored password for another server?',
  'dialog.passwordMoveQuestion': 'Send your manager password to {to}?',
  'dialog.passwordMoveDetail':
    'The password stored in the keychain was entered for {from}. The settings now name {to}. Only allow this if you trust that server: it will receive the password when the app connects. Otherwise the password is removed and you enter it again for the new server.',
  'dialog.passwordMoveUse': 'Use it for {to}',
  'dialog.passwordMoveRemove': 'Remove it; I will enter it again',
  'dialog.importTitle': 'Import contacts',
  'dialog.importContacts': 'Contacts (CSV, vCard)',
  'dialog.importAllFiles': 'All files',
} satisfies Record<string, string>;
