/**
 * English: why main refused something a person asked of the desktop itself: open a call's CRM
 * record or copy its number, open a link, copy the diagnostics, start the demo, start at login,
 * handle call links, set a status, and a window's request main could not take. Values are data (a
 * folder, link schemes, status types, limits, a request's channel and field) or a nested message,
 * never words.
 */
export const actions = {
  'action.callGone': 'That call is no longer known; it may have been cleared from the history.',
  'action.callGoneShort': 'That call is no longer known.',
  'action.noCrmTemplate': 'No CRM link fits this call; add a CRM template in settings, or change its rules.',
  'action.templateNotOffered': 'That CRM template does not apply to this call; pick one from its menu.',
  'action.noCurrentCall': 'No call is ringing, going on or just ended right now.',
  'action.noNumberToCopy': 'This caller sent no number to copy.',
  'action.diagnosticsFailed': 'The diagnostics report could not be made; see the log.',
  'open.notWeb': 'Only http and https links can be opened; check the CRM link template.',
  'open.noPhoneApp': 'No phone app on this computer answered the tel: link; install or set a softphone.',
  'open.noBrowser': 'The link could not be opened: no web browser answered. Check your default browser.',
  'demo.failed':
    'The demo server could not start on this computer; restart the app, or connect to your own server.',
  'loginItem.failed': 'Start at login could not be changed; try again or set it in the system settings.',
  'loginItem.notWritable': 'Start at login could not be changed: {folder} is not writable.',
  'callLinks.notHandled':
    "The system did not let this app handle {links} links; choose it as the handler in the system's settings.",
  'callLinks.notReleased':
    "The system did not let this app stop handling {links} links; choose another handler in the system's settings.",
  'statusRequest.noSuchType': 'There is no status type "{type}"; the types are {types}.',
  'statusRequest.noSuchTypeUnshown': 'There is no status type that; the types are {types}.',
  'statusRequest.nameTooLong':
    'A status name must be at most {max} printable characters (or left out for "{name}").',
  'statusRequest.noteTooLong': 'A status note must be text of at most {max} characters.',
  'statusRequest.returnNotDate': 'The return time is not a valid date and time.',
  'statusRequest.returnNotMs': 'The return time must be -1 (none) or a time in milliseconds since the epoch.',
  'statusRequest.returnNotTime':
    'The return time must be -1 (none), a time in milliseconds since the epoch, or a date.',
  'statusRequest.returnPast': 'The return time must be in the future; leave it out for none.',
  'request.unreadable': 'The {channel} request could not be read.',
  'request.invalid': 'The {channel} request was not valid.',
  'request.invalidField': 'The {channel} request was not valid. {field}: {reason}',
  'request.unknownKey': '"{key}" is not part of the {channel} request.',
  'request.lookupNumberTooLong': 'A number can have at most {max} characters.',
  'request.lookupNumberChars': 'Type a phone number: digits, with +, spaces, ( ) - . / if you like.',
  'request.lookupNumberDigits': 'Type a phone number to look up.',
  'request.contactNumberTooLong': 'A number has at most {max} characters.',
  'request.contactTooManyNumbers': 'A contact has at most {max} numbers.',
} satisfies Record<string, string>;
