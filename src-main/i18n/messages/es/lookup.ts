import type { lookup as english } from '../en/lookup';
import type { Messages } from '../types';

export const lookup: Messages<typeof english> = {
  'lookup.failedUnexpectedly':
    'La búsqueda en el CRM falló de forma inesperada; la llamada muestra lo que envió la centralita.',
  'lookup.failed': 'La búsqueda en el CRM falló.',
  'lookup.tokenUnreadable': 'No se pudo leer el token del CRM del llavero: {reason}',
  'lookup.tokenMissing':
    'No hay ningún token del CRM guardado; defínalo en Configuración → Búsqueda del llamante (la línea de comandos lee ISYMPHONY_CRM_TOKEN, o el llavero con --crm-token-keychain).',
  'lookup.tokenUnsafe':
    'El token del CRM guardado contiene caracteres que una cabecera no puede llevar; guárdelo de nuevo.',
  'lookup.timeout': 'El CRM no respondió en {ms} ms; la llamada muestra lo que envió la centralita.',
  'lookup.unreachable': 'No se pudo contactar con el CRM en {origin}; compruebe la dirección y la red.',
  'lookup.tooLarge':
    'La respuesta del CRM superaba los {kb} kB, así que no se leyó; pida menos campos o un solo registro.',
  'lookup.redirected':
    'El CRM respondió con una redirección (HTTP {status}), que no se sigue para que el token se quede en {origin}; use la dirección a la que apunta.',
  'lookup.refused': 'El CRM rechazó la búsqueda (HTTP {status}); compruebe el token y sus permisos.',
  'lookup.rateLimited':
    'El CRM pidió ir más despacio (HTTP 429); las búsquedas se reanudan con las próximas llamadas.',
  'lookup.httpStatus': 'El CRM respondió HTTP {status} en lugar de un resultado de búsqueda.',
  'lookup.notJson':
    'El CRM respondió con algo que no es JSON (¿una página web?); compruebe la dirección de búsqueda.',
  'lookup.numberUnreadable':
    'El número no se pudo leer como un número internacional completo, así que no se consultó el CRM (defina el país predeterminado si los llamantes envían números nacionales).',
  'lookup.noNumber': 'La llamada no tiene número que buscar ni nombre de identificación del llamante.',
  'lookup.notInPhonebook': 'El número no está en la agenda y la centralita no envió ningún nombre.',
  'lookup.notAnywhere':
    'El número no está ni en la agenda ni en el CRM, y la centralita no envió ningún nombre.',
  'lookup.testNobody':
    'Ni su agenda ni el CRM dieron un nombre para este número: el CRM no encontró a nadie, o su respuesta no contiene nada en las rutas del nombre y de la empresa.',
  'lookup.testNoTemplate': 'Elija primero un CRM o escriba una plantilla de búsqueda, y después pruébela.',
  'lookup.testBusy': 'Ya hay una prueba de búsqueda en curso; espere su resultado y vuelva a intentarlo.',
  'lookup.tokenNoAddress':
    'Guarde primero una dirección de búsqueda del CRM; el token se guarda para esa dirección.',
  'lookupTemplate.notObject':
    'La búsqueda del CRM debe ser un objeto como \'{"method":"GET","url":"https://…{e164}",…}\'.',
  'lookupTemplate.tokenInTemplate':
    'El token del CRM se guarda en el llavero del sistema (o en una variable de entorno para la línea de comandos), nunca en la plantilla de búsqueda.',
  'lookupTemplate.unknownKey': '"{key}" no forma parte de una búsqueda del CRM; use {keys}.',
  'lookupTemplate.preset': 'La plantilla predefinida debe ser custom o una de {presets}.',
  'lookupTemplate.method': 'El método debe ser GET o POST.',
  'lookupTemplate.text':
    '{field, select, url {La dirección de búsqueda debe} body {El cuerpo de la petición debe} tokenHeader {La cabecera del token debe} tokenPrefix {El texto antes del token debe} namePaths {Cada ruta del nombre debe} companyPath {La ruta de la empresa debe} recordUrlPath {La ruta de la dirección del registro debe} idPath {La ruta del id del registro debe} recordLink {El enlace del registro debe} allowedOrigins {Cada dirección permitida debe} other {Este valor debe}} ser texto.',
  'lookupTemplate.textLength':
    '{field, select, url {La dirección de búsqueda es demasiado larga} body {El cuerpo de la petición es demasiado largo} tokenHeader {La cabecera del token es demasiado larga} tokenPrefix {El texto antes del token es demasiado largo} namePaths {Una ruta del nombre es demasiado larga} companyPath {La ruta de la empresa es demasiado larga} recordUrlPath {La ruta de la dirección del registro es demasiado larga} idPath {La ruta del id del registro es demasiado larga} recordLink {El enlace del registro es demasiado largo} allowedOrigins {Una dirección permitida es demasiado larga} other {Este valor es demasiado largo}} (como máximo {max, plural, one {# carácter} other {# caracteres}}).',
  'lookupTemplate.list':
    '{field, select, namePaths {Las rutas del nombre deben} other {Las direcciones permitidas deben}} ser una lista de como máximo {max, plural, one {# texto} other {# textos}}.',
  'lookupTemplate.whole':
    '{field, select, timeoutMs {El tiempo de espera debe} other {El tiempo de conservación debe}} ser un número entero.',
  'lookupTemplate.needsReplacing':
    'La búsqueda todavía contiene {mark}…: sustitúyalo por sus propios datos (el dominio o el id de cuenta de su CRM), como describe su plantilla.',
  'lookupTemplate.pathLength':
    '{field, select, companyPath {La ruta de la empresa} recordUrlPath {La ruta de la dirección del registro} idPath {La ruta del id del registro} other {La ruta del nombre}} debe tener de 1 a {max, plural, one {# carácter} other {# caracteres}}, como results.0.name.',
  'lookupTemplate.pathShape':
    '{field, select, companyPath {La ruta de la empresa} recordUrlPath {La ruta de la dirección del registro} idPath {La ruta del id del registro} other {La ruta del nombre}} "{path}" debe estar formada por nombres y posiciones de lista separados por puntos, como results.0.name (letras, dígitos, "_", "-", "$", "@").',
  'lookupTemplate.addressHttps':
    'La dirección de búsqueda debe empezar por https:// (el http simple solo se permite hacia este equipo, como http://127.0.0.1).',
  'lookupTemplate.allowedHttps':
    'La dirección permitida {origin} debe empezar por https:// (el http simple solo se permite hacia este equipo, como http://127.0.0.1).',
  'lookupTemplate.addressPlaceholder':
    "La dirección de búsqueda usa '{'{name}'}'; una búsqueda solo conoce el número del llamante: use '{number}' o '{e164}'.",
  'lookupTemplate.bodyLength':
    'El cuerpo de la petición tiene {length, plural, one {# carácter} other {# caracteres}}; limítelo a {max}.',
  'lookupTemplate.bodyJson':
    "El cuerpo de la petición no es JSON una vez rellenados '{number}' y '{e164}'; escriba cada uno como un valor completo sin comillas, p. ej. '{\"phone\": {e164}}'.",
  'lookupTemplate.recordLinkId':
    "El enlace del registro debe contener '{id}', donde va el id del registro de la respuesta.",
  'lookupTemplate.recordLinkOther': "El enlace del registro usa '{'{name}'}'; solo puede usar '{id}'.",
  'lookupTemplate.recordLinkOrigin':
    'El enlace del registro lleva a {origin}, que no es ni la dirección de la búsqueda ni una permitida; añádala a las direcciones permitidas.',
  'lookupTemplate.originsMax':
    'Permita como máximo {max, plural, one {# dirección más} other {# direcciones más}}.',
  'lookupTemplate.originNotAddress': '"{entry}" no es una dirección web; escríbala como https://crm.example.',
  'lookupTemplate.originNotPlain':
    '"{entry}" no es una dirección web simple; escríbala como https://crm.example.',
  'lookupTemplate.postNeedsBody': 'Una búsqueda POST necesita un cuerpo JSON; escriba uno, o use GET.',
  'lookupTemplate.getNoBody': 'Una búsqueda GET no envía cuerpo; quítelo, o use POST.',
  'lookupTemplate.noNumber':
    "La búsqueda nunca envía el número del llamante: ponga '{e164}' o '{number}' en la dirección o en el cuerpo.",
  'lookupTemplate.tokenHeader':
    'La cabecera del token debe ser un nombre de cabecera como Authorization o x-api-token.',
  'lookupTemplate.tokenPrefix':
    'El texto antes del token debe ser texto simple de como máximo {max, plural, one {# carácter} other {# caracteres}}, como "Bearer ".',
  'lookupTemplate.namePaths':
    'Indique dónde tiene la respuesta el nombre o la empresa (una ruta como results.0.name).',
  'lookupTemplate.namePathsMax':
    'Una como máximo {max, plural, one {# ruta del nombre} other {# rutas del nombre}}.',
  'lookupTemplate.recordLinkNeedsId':
    'Un enlace del registro necesita la ruta del id del registro en la respuesta.',
  'lookupTemplate.timeout':
    'El tiempo de espera de la búsqueda debe ser de {min} a {max, plural, one {# milisegundo} other {# milisegundos}}.',
  'lookupTemplate.cache': 'Conserve las respuestas de 0 a {max, plural, one {# minuto} other {# minutos}}.',
  'phonebookFile.notCsv': 'No se pudo leer el archivo como CSV.',
  'phonebookFile.csvQuotes':
    'No se pudo leer el archivo como CSV{line, select, none {} other { (línea {line})}}: compruebe que las comillas estén cerradas y que todas las filas usen el mismo separador.',
  'phonebookFile.noRows': 'El archivo no contiene filas.',
  'phonebookFile.noNumberColumn':
    'Ninguna columna contiene números de teléfono: elija al menos una columna de números.',
  'phonebookFile.badMapping':
    'La asignación nombra una columna que el archivo no tiene (tiene {columns, plural, one {# columna} other {# columnas}}).',
  'phonebookFile.tooManyRows':
    'El archivo tiene más de {max, plural, one {# fila} other {# filas}}; divídalo.',
  'phonebookFile.tooManyCards':
    'El archivo tiene más de {max, plural, one {# tarjeta} other {# tarjetas}}; divídalo.',
  'phonebookFile.notVcard':
    'No se pudo leer el archivo como vCard: cada tarjeta debe ir de BEGIN:VCARD a END:VCARD con líneas NOMBRE:valor.',
  'phonebookFile.tooLarge': 'El archivo supera los {mb} MB; divídalo o exporte menos campos.',
  'phonebookFile.empty': 'El archivo está vacío.',
};
