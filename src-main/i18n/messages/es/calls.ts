import type { calls as english } from '../en/calls';
import type { Messages } from '../types';

export const calls: Messages<typeof english> = {
  'dial.viaPbx':
    'Llamando al {number} a través de la centralita: primero suena su teléfono ({extension}) y después se marca el número.',
  'dial.viaTel':
    'El {number} se pasó a su aplicación de teléfono (enlace tel:) en lugar de a la centralita. {reason}',
  'dial.pbxOnly':
    'La centralita no puede realizar esta llamada. {reason} Marque en su lugar tel:{tel} con su aplicación de teléfono.',
  'dial.telFailed':
    'No se pudo marcar el {number}. {reason} Tampoco respondió al enlace tel: ninguna aplicación de teléfono de este equipo; instale o elija un softphone.',
  'dial.noPbx.off': 'Las llamadas a través de la centralita están desactivadas en la configuración.',
  'dial.noPbx.noExtension': 'En la configuración no figura ninguna extensión suya.',
  'dial.noPbx.notConnected': 'La aplicación no está conectada a la centralita.',
  'dial.noPbx.refused':
    'La centralita se negó a realizar la llamada (HTTP {status}): {why, select, licence {su licencia o la cuenta de administrador no lo permite} other {no tiene esa acción}}.',
  'dial.refused': '{why} No se marcó nada.',
  'dial.why.noNumber': 'No hay ningún número que marcar.',
  'dial.why.tooLong': 'Es demasiado largo para ser un número de teléfono.',
  'dial.why.notDigits': 'No es un número de teléfono (solo se admiten dígitos, espacios y un + inicial).',
  'dial.why.invalid': '{number} no es un número de teléfono válido.',
  'dial.why.prefixNotDigits': 'El prefijo de línea exterior no son dígitos.',
  'dial.why.linkTooLong': 'Este enlace es demasiado largo para contener un número de teléfono.',
  'dial.why.notALink': 'No es un enlace tel:, callto: ni sip:.',
  'dial.why.linkUnsafe': 'Este enlace contiene caracteres invisibles o de control.',
  'dial.why.sipNoUser': 'Esta dirección SIP no indica ningún usuario al que llamar.',
  'dial.why.linkEncoding': 'Este enlace no está bien codificado.',
  'dial.why.linkEmpty': 'Este enlace no contiene ningún número.',
  'dial.why.linkComputer': 'Este enlace indica un equipo, no un número de teléfono.',
  'dial.why.linkNotNumber':
    'Este enlace no contiene un número de teléfono (solo se admiten dígitos, separadores y un + inicial).',
};
