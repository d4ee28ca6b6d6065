/**
 * English: what the dialler says (call back, click-to-dial, the clipboard shortcut): which way a
 * call went, why not through the PBX, and why a number or link was not dialled. Keys `dial.<what>`;
 * `dial.noPbx.*` and `dial.why.*` are whole sentences put into the others as `{reason}`/`{why}`.
 * `{number}` is the number as shown (E.164 or an extension), `{status}` an HTTP status: data.
 */
export const calls = {
  'dial.viaPbx': 'Calling {number} through the PBX: your phone ({extension}) rings first, then the number.',
  'dial.viaTel': 'Handed {number} to your phone app (tel: link) instead of the PBX. {reason}',
  'dial.pbxOnly': 'The PBX cannot place this call. {reason} Dial tel:{tel} with your phone app instead.',
  'dial.telFailed':
    '{number} could not be dialled. {reason} No phone app on this computer answered the tel: link either; install or choose a softphone.',
  'dial.noPbx.off': 'Placing calls through the PBX is off in settings.',
  'dial.noPbx.noExtension': 'No extension of yours is set in settings.',
  'dial.noPbx.notConnected': 'The app is not connected to the PBX.',
  'dial.noPbx.refused':
    'The PBX refused to place the call (HTTP {status}): {why, select, licence {its licence or the manager account does not allow it} other {it has no such action}}.',
  'dial.refused': '{why} Nothing was dialled.',
  'dial.why.noNumber': 'There is no number to dial.',
  'dial.why.tooLong': 'That is too long to be a phone number.',
  'dial.why.notDigits': 'That is not a phone number (only digits, spaces and a leading + are).',
  'dial.why.invalid': '{number} is not a valid phone number.',
  'dial.why.prefixNotDigits': 'The outside-line prefix is not digits.',
  'dial.why.linkTooLong': 'That link is too long to hold a phone number.',
  'dial.why.notALink': 'That is not a tel:, callto: or sip: link.',
  'dial.why.linkUnsafe': 'That link holds invisible or control characters.',
  'dial.why.sipNoUser': 'That SIP address names no user to call.',
  'dial.why.linkEncoding': 'That link is not properly encoded.',
  'dial.why.linkEmpty': 'That link holds no number.',
  'dial.why.linkComputer': 'That link names a computer, not a phone number.',
  'dial.why.linkNotNumber':
    'That link does not hold a phone number (only digits, separators and a leading + are).',
};
