import type { calls as english } from '../en/calls';
import type { Messages } from '../types';

export const calls: Messages<typeof english> = {
  'dial.viaPbx':
    '{number} wird über die Telefonanlage angerufen: Zuerst klingelt Ihr Telefon ({extension}), dann wird die Nummer gewählt.',
  'dial.viaTel':
    '{number} wurde statt an die Telefonanlage an Ihre Telefon-App übergeben (tel:-Link). {reason}',
  'dial.pbxOnly':
    'Die Telefonanlage kann diesen Anruf nicht aufbauen. {reason} Wählen Sie stattdessen tel:{tel} mit Ihrer Telefon-App.',
  'dial.telFailed':
    '{number} konnte nicht gewählt werden. {reason} Auch keine Telefon-App auf diesem Computer hat den tel:-Link angenommen; installieren oder wählen Sie ein Softphone.',
  'dial.noPbx.off': 'Anrufe über die Telefonanlage sind in den Einstellungen ausgeschaltet.',
  'dial.noPbx.noExtension': 'In den Einstellungen ist keine Nebenstelle von Ihnen eingetragen.',
  'dial.noPbx.notConnected': 'Die App ist nicht mit der Telefonanlage verbunden.',
  'dial.noPbx.refused':
    'Die Telefonanlage hat den Anruf abgelehnt (HTTP {status}): {why, select, licence {Ihre Lizenz oder das Manager-Konto erlaubt es nicht} other {sie kennt diese Aktion nicht}}.',
  'dial.refused': '{why} Es wurde nichts gewählt.',
  'dial.why.noNumber': 'Es gibt keine Nummer zum Wählen.',
  'dial.why.tooLong': 'Das ist zu lang für eine Telefonnummer.',
  'dial.why.notDigits':
    'Das ist keine Telefonnummer (nur Ziffern, Leerzeichen und ein führendes + sind erlaubt).',
  'dial.why.invalid': '{number} ist keine gültige Telefonnummer.',
  'dial.why.prefixNotDigits': 'Die Amtsholung besteht nicht aus Ziffern.',
  'dial.why.linkTooLong': 'Dieser Link ist zu lang, um eine Telefonnummer zu enthalten.',
  'dial.why.notALink': 'Das ist kein tel:-, callto:- oder sip:-Link.',
  'dial.why.linkUnsafe': 'Dieser Link enthält unsichtbare Zeichen oder Steuerzeichen.',
  'dial.why.sipNoUser': 'Diese SIP-Adresse nennt keinen Teilnehmer, der angerufen werden kann.',
  'dial.why.linkEncoding': 'Dieser Link ist nicht korrekt kodiert.',
  'dial.why.linkEmpty': 'Dieser Link enthält keine Nummer.',
  'dial.why.linkComputer': 'Dieser Link nennt einen Computer, keine Telefonnummer.',
  'dial.why.linkNotNumber':
    'Dieser Link enthält keine Telefonnummer (nur Ziffern, Trennzeichen und ein führendes + sind erlaubt).',
};
