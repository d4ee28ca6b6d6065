import type { crm as english } from '../en/crm';
import type { Messages } from '../types';

export const crm: Messages<typeof english> = {
  'crmLink.closeBrace':
    "La plantilla tiene una «'}'» en la posición {position} sin una «'{'» antes; escriba %7D para una llave literal.",
  'crmLink.openBrace':
    "La plantilla tiene una «'{'» en la posición {position} que ninguna «'}'» cierra; escriba %7B para una llave literal.",
  'crmLink.unknownPlaceholder':
    'La plantilla usa {placeholder}, que no es un marcador; use uno de {placeholders}.',
  'crmLink.empty':
    "{field, select, url {La dirección de búsqueda está vacía} recordLink {El enlace del registro está vacío} other {La plantilla de enlace está vacía}}; escriba una dirección como https://crm.example/search?q='{e164}'.",
  'crmLink.tooLong':
    '{field, select, url {La dirección de búsqueda} recordLink {El enlace del registro} other {La plantilla de enlace}} tiene {length} caracteres; {field, select, recordLink {acórtelo} other {acórtela}} a {max} como máximo.',
  'crmLink.badCharacter':
    '{field, select, url {La dirección de búsqueda} recordLink {El enlace del registro} other {La plantilla de enlace}} contiene {what} en la posición {position}; quítelo.',
  'crmLink.char.space': 'un espacio (escriba %20 en su lugar)',
  'crmLink.char.backslash': 'una barra invertida (los navegadores la leen como «/»; escriba / o %5C)',
  'crmLink.char.control': 'un carácter de control invisible ({code})',
  'crmLink.char.direction': 'un carácter invisible de dirección del texto ({code})',
  'crmLink.placeholderInScheme':
    'El marcador {placeholder} está en el esquema; los marcadores solo pueden ir en la ruta, la consulta o el fragmento (después del host).',
  'crmLink.notHttp':
    '{field, select, url {Una dirección de búsqueda} recordLink {Un enlace del registro} other {Una plantilla de enlace}} debe empezar por https:// (o http://); {field, select, recordLink {este} other {esta}} empieza por {start}.',
  'crmLink.start.slashes': '«//» sin esquema',
  'crmLink.start.scheme': '«{scheme}»',
  'crmLink.start.none': 'ningún esquema',
  'crmLink.placeholderInHost':
    'El marcador {placeholder} está en el host, el puerto o el nombre de usuario; los marcadores solo pueden ir en la ruta, la consulta o el fragmento (después del host).',
  'crmLink.noHost':
    '{field, select, url {La dirección de búsqueda} recordLink {El enlace del registro} other {La plantilla de enlace}} no tiene host después de «//»; {field, select, recordLink {escríbalo} other {escríbala}} como https://crm.example/….',
  'crmLink.atBeforeHost':
    '{field, select, url {La dirección de búsqueda} recordLink {El enlace del registro} other {La plantilla de enlace}} tiene una «@» antes del host («{authority}»), así que un navegador abriría la parte después de la «@»; quite el nombre de usuario y la «@».',
  'crmLink.unparseable':
    '{field, select, url {La dirección de búsqueda} recordLink {El enlace del registro} other {La plantilla de enlace}} no es una dirección web válida; compruebe el nombre del host y el puerto.',
  'crmLink.notWebAddress':
    '{field, select, url {La dirección de búsqueda} recordLink {El enlace del registro} other {La plantilla de enlace}} no es una dirección http o https válida; compruebe el nombre del host.',
  'crmLink.userInfo':
    '{field, select, url {La dirección de búsqueda} recordLink {El enlace del registro} other {La plantilla de enlace}} lleva un nombre de usuario o una contraseña; quítelos junto con la «@».',
  'crmLink.unknownCountry':
    "El país predeterminado para '{e164}' no es correcto: «{country}» no es un código de país ISO 3166 conocido para números de teléfono; escriba un código de dos letras como ES, MX o AR.",
  'crmLink.linkTooLong':
    'El enlace tendría {length} caracteres (como máximo {max}); use menos marcadores en la plantilla.',
  'crmLink.pathStep':
    'Un valor de esta llamada formaría un paso de ruta («.» o «..») y cambiaría la página que abre el enlace, así que no se creó.',
  'crmLink.callNotWebAddress':
    'El enlace para esta llamada no es una dirección web válida, así que no se creó.',
  'crmLink.callNotHttp': 'El enlace para esta llamada no es una dirección http o https, así que no se creó.',
  'crmLink.callLeaves': 'El enlace para esta llamada saldría de {origin}, así que no se creó.',
};
