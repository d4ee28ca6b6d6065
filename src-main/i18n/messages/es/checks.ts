import type { checks as english } from '../en/checks';
import type { Messages } from '../types';

export const checks: Messages<typeof english> = {
  'address.tooLong':
    'Es demasiado largo para una dirección de servidor; escriba solo el nombre del servidor.',
  'address.scheme':
    'Una dirección que empieza por "{scheme}://" no se puede usar: pegue la dirección del servidor iSymphony (ws://, wss://, http:// o https://) o escriba su nombre.',
  'address.spaces': 'Una dirección de servidor no puede contener espacios ni caracteres de control.',
  'address.badPort':
    'El puerto de esa dirección ({port}) no es un puerto: los puertos van de 1 a 65535 (iSymphony usa {plain}, o {tls} con SSL).',
  'address.unreadable':
    'No se pudo leer esa dirección; escriba solo el nombre o la dirección IP del servidor, como pbx.example.com.',
  'address.filled':
    'Rellenado a partir de la dirección: servidor {host}, puerto {port}{usual, select, plain { (el puerto de iSymphony)} tls { (el puerto SSL de iSymphony)} other {}}, TLS {tls, select, on {activado} other {desactivado}}.{credentials, select, dropped { Se omitieron el nombre de usuario y la contraseña que contenía: el usuario administrador y la contraseña tienen sus propios campos.} other {}}',
  'address.filledPort': 'Rellenado: servidor {host}, puerto {port}.',
  'address.filledPath': 'Rellenado: servidor {host} (la ruta que sigue no hace falta).',
  'profile.eventName':
    'El nombre de evento de "{kind}" debe empezar por una letra y usar solo letras, dígitos, ".", "_" o "-" (como máximo 64).',
  'profile.eventNameTwice': '"{kind}" y "{other}" no pueden usar ambos el nombre de evento "{name}".',
  'profile.callerSuffix': 'El lado que llama debe ser el sufijo "1" o "2".',
  'profile.callerSuffixOf': 'El lado que llama de "{kind}" debe ser el sufijo "1" o "2".',
  'profile.fieldName':
    'El nombre de campo de "{field}" debe empezar por una letra o "_" y usar solo letras, dígitos o "_" (como máximo 63).',
  'profile.fieldNameReserved':
    'El nombre de campo de "{field}" no puede ser "{name}": los eventos usan ese nombre para otra cosa.',
  'profile.fieldNameTwice': '"{field}" y "{other}" no pueden usar ambos el nombre de campo "{name}".',
  'originate.path':
    'La ruta para iniciar llamadas es relativa a la extensión: letras, dígitos, ".", "_" o "-" en segmentos separados por "/" (como máximo 128 caracteres).',
  'originate.bodyLength': 'El cuerpo para iniciar llamadas puede tener como máximo 1024 caracteres.',
  'originate.bodyNumber': "El cuerpo para iniciar llamadas debe contener '{number}', donde va el número.",
  'originate.bodyJson':
    'El cuerpo para iniciar llamadas debe ser JSON (con \'{number}\' dentro de una cadena), como \'{"destination":"{number}"}\'.',
  'settingsLoad.unreadable':
    'No se pudo leer el archivo de configuración {path} ({code}), así que se usa la configuración predeterminada. Compruebe sus permisos.',
  'settingsLoad.writeFailed':
    'No se pudo guardar la configuración en {path} ({code}). Compruebe que la carpeta existe y que puede escribir en ella.',
  'settingsLoad.notJson':
    'El archivo de configuración estaba dañado (no es JSON válido), así que se usa la configuración predeterminada.',
  'settingsLoad.notObject': 'El archivo de configuración no contiene un objeto de configuración.',
  'settingsLoad.versionNotWhole':
    'El archivo de configuración tiene una schemaVersion que no es un número entero.',
  'settingsLoad.newer':
    'La configuración se guardó con una versión más reciente de iSymphony Companion (formato {version}; esta lee hasta el {target}). Actualice la aplicación para usarla.',
  'settingsLoad.noMigration': 'Esta versión no puede convertir la configuración en formato {at}.',
  'settingsLoad.migrationFailed': 'No se pudo convertir la configuración del formato {at} al formato {next}.',
  'settingsLoad.defaultsInUse': '{reason} Se usa la configuración predeterminada.',
  'settingsLoad.invalid':
    '{count, plural, one {Un ajuste del archivo no era válido} other {Algunos ajustes del archivo no eran válidos (#)}}, así que se usa la configuración predeterminada.',
  'settingsLoad.keptAs': '{reason} El archivo antiguo se guardó como {file}.',
  'settingsLoad.newerInUse':
    '{reason} {usable, select, yes {Se usa la configuración que entiende esta versión.} other {Se usa la configuración predeterminada.}}{kept, select, none {} other { Se guardó una copia como {kept}.}}',
};
