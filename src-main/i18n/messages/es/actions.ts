import type { actions as english } from '../en/actions';
import type { Messages } from '../types';

export const actions: Messages<typeof english> = {
  'action.callGone': 'Esa llamada ya no se conoce; puede que se haya borrado del historial.',
  'action.callGoneShort': 'Esa llamada ya no se conoce.',
  'action.noCrmTemplate':
    'Ningún enlace de CRM corresponde a esta llamada; añada una plantilla de CRM en la configuración o cambie sus reglas.',
  'action.templateNotOffered':
    'Esa plantilla de CRM no se aplica a esta llamada; elija una del menú de la llamada.',
  'action.noCurrentCall': 'Ahora mismo no hay ninguna llamada sonando, en curso o recién terminada.',
  'action.noNumberToCopy': 'Esta persona no envió ningún número que copiar.',
  'action.diagnosticsFailed': 'No se pudo preparar el diagnóstico; consulte el registro.',
  'open.notWeb': 'Solo se pueden abrir enlaces http y https; compruebe la plantilla de enlace del CRM.',
  'open.noPhoneApp':
    'Ninguna aplicación de teléfono de este equipo respondió al enlace tel:; instale o elija un softphone.',
  'open.noBrowser':
    'No se pudo abrir el enlace: no respondió ningún navegador web. Compruebe su navegador predeterminado.',
  'demo.failed':
    'El servidor de demostración no pudo iniciarse en este equipo; reinicie la aplicación o conéctese a su propio servidor.',
  'loginItem.failed':
    'No se pudo cambiar «Iniciar al iniciar sesión»; inténtelo de nuevo o ajústelo en la configuración del sistema.',
  'loginItem.notWritable':
    'No se pudo cambiar «Iniciar al iniciar sesión»: no se puede escribir en {folder}.',
  'callLinks.notHandled':
    'El sistema no permitió que esta aplicación gestione los enlaces {links}; elíjala como gestor en la configuración del sistema.',
  'callLinks.notReleased':
    'El sistema no permitió que esta aplicación deje de gestionar los enlaces {links}; elija otro gestor en la configuración del sistema.',
  'statusRequest.noSuchType': 'No existe el tipo de estado «{type}»; los tipos son {types}.',
  'statusRequest.noSuchTypeUnshown': 'Ese tipo de estado no existe; los tipos son {types}.',
  'statusRequest.nameTooLong':
    'Un nombre de estado debe tener como máximo {max} caracteres imprimibles (u omitirse para «{name}»).',
  'statusRequest.noteTooLong': 'Una nota de estado debe ser un texto de como máximo {max} caracteres.',
  'statusRequest.returnNotDate': 'La hora de vuelta no es una fecha y hora válidas.',
  'statusRequest.returnNotMs':
    'La hora de vuelta debe ser -1 (ninguna) o una hora en milisegundos desde la época Unix.',
  'statusRequest.returnNotTime':
    'La hora de vuelta debe ser -1 (ninguna), una hora en milisegundos desde la época Unix o una fecha.',
  'statusRequest.returnPast': 'La hora de vuelta debe estar en el futuro; omítala si no hay ninguna.',
  'request.unreadable': 'No se pudo leer la solicitud {channel}.',
  'request.invalid': 'La solicitud {channel} no era válida.',
  'request.invalidField': 'La solicitud {channel} no era válida. {field}: {reason}',
  'request.unknownKey': '«{key}» no forma parte de la solicitud {channel}.',
  'request.lookupNumberTooLong': 'Un número puede tener como máximo {max} caracteres.',
  'request.lookupNumberChars':
    'Escriba un número de teléfono: dígitos, con +, espacios, ( ) - . / si lo desea.',
  'request.lookupNumberDigits': 'Escriba un número de teléfono para buscarlo.',
  'request.contactNumberTooLong': 'Un número tiene como máximo {max} caracteres.',
  'request.contactTooManyNumbers': 'Un contacto tiene como máximo {max} números.',
};
