import type { validation as english } from '../en/validation';
import type { Messages } from '../types';

export const validation: Messages<typeof english> = {
  'validation.didText': 'El número marcado debe ser texto.',
  'validation.didDigits':
    'Escriba el número marcado con cifras (y, si quiere, +, espacios o guiones), por ejemplo 0800 123 456.',
  'validation.lineNameText': 'El nombre de la línea debe ser texto.',
  'validation.lineNameEmpty': 'Dé un nombre a la línea, por ejemplo «Acme – Ventas».',
  'validation.lineNameLength': 'El nombre de una línea puede tener como máximo 80 caracteres.',
  'validation.lineNameControl':
    'El nombre de una línea no puede contener caracteres de control ni de dirección.',
  'validation.didLabelsMax': 'Ponga nombre como máximo a {max} números marcados.',
  'validation.didTwice': 'El número marcado {did} tiene dos nombres; conserve solo uno.',
  'validation.mode': 'El modo debe ser «demo» o «server».',
  'validation.managerText': 'El nombre de usuario del administrador debe ser texto.',
  'validation.managerEmpty':
    'Introduzca el nombre de usuario del administrador (el predeterminado de iSymphony es «manager»).',
  'validation.managerLength':
    'El nombre de usuario del administrador puede tener como máximo 128 caracteres.',
  'validation.managerColon':
    'El nombre de usuario del administrador no puede contener «:» ni caracteres de control.',
  'validation.coreServerText': 'El servidor central debe ser texto, por ejemplo «default».',
  'validation.coreServer':
    'El servidor central se indica con su nombre (letras, cifras, «.», «_» y «-», por ejemplo «default») o con su ID (un UUID).',
  'validation.userText': 'El nombre de usuario de iSymphony debe ser texto.',
  'validation.userLength': 'El nombre de usuario de iSymphony puede tener como máximo 128 caracteres.',
  'validation.extensionText': 'Cada extensión debe ser texto.',
  'validation.extensionDigits': 'Una extensión tiene de 1 a 15 cifras.',
  'validation.extensionsMax': 'Los avisos se muestran como máximo para 100 extensiones.',
  'validation.extensionsTwice': 'Cada extensión solo puede aparecer una vez.',
  'validation.popStyle': 'El tipo de aviso debe ser «notification», «window», «both» u «off».',
  'validation.displayId': 'El ID de una pantalla debe ser un número entero.',
  'validation.popDisplay':
    'Muestre los avisos en la pantalla donde está el puntero («cursor») o en una pantalla elegida.',
  'validation.popCorner':
    'La esquina del aviso debe ser «top-left», «top-right», «bottom-left» o «bottom-right».',
  'validation.autoOpenCrm': '«Abrir el CRM solo» debe ser «never», «ring» o «answer».',
  'validation.afterCall':
    'Mantenga la ficha después de una llamada de 0 a 3600 segundos, o hasta que la cierre.',
  'validation.prefixText': 'El prefijo de línea exterior debe ser texto.',
  'validation.prefixDigits':
    'El prefijo de línea exterior tiene hasta 4 cifras, por ejemplo 9, o queda vacío.',
  'validation.missedNotification': '«Avisarme de las llamadas perdidas» debe estar activado o desactivado.',
  'validation.ringSound': 'El tono de llamada debe ser «off», «chime», «bell» o «pulse».',
  'validation.ringVolume': 'El volumen del tono debe ser un número del 0 al 100.',
  'validation.ringVolumeWhole': 'El volumen del tono debe ser un número entero del 0 al 100.',
  'validation.internalCalls': '«Aviso para llamadas internas» debe estar activado o desactivado.',
  'validation.doNotDisturb': '«No molestar» debe estar activado o desactivado.',
  'validation.followDnd': '«Seguir el estado No molestar de iSymphony» debe estar activado o desactivado.',
  'validation.shortcutText': 'El atajo debe ser texto, por ejemplo CommandOrControl+Shift+K.',
  'validation.shortcutKeys':
    'El atajo necesita al menos una tecla modificadora y una tecla, por ejemplo CommandOrControl+Shift+K.',
  'validation.startAtLogin': '«Iniciar al iniciar sesión» debe estar activado o desactivado.',
  'validation.callLinks': '«Marcar enlaces de llamada» debe estar activado o desactivado.',
  'validation.dialShortcutText': 'El atajo para marcar debe ser texto, por ejemplo CommandOrControl+Shift+D.',
  'validation.dialShortcutKeys':
    'El atajo para marcar necesita al menos una tecla modificadora y una tecla, por ejemplo CommandOrControl+Shift+D.',
  'validation.theme': 'El tema debe ser «system», «light» o «dark».',
  'validation.textSize': 'El tamaño del texto debe ser 100, 125, 150, 175 o 200 (por ciento).',
  'validation.language': 'El idioma debe ser «system» o uno de en, de, fr, it, es, ar.',
  'validation.clock': 'El reloj debe ser «locale», 12 o 24.',
  'validation.dialShortcutSame': 'El atajo para marcar es el mismo que el del CRM; elija otro.',
  'validation.hostText':
    'La dirección del servidor debe ser texto, por ejemplo pbx.example.com o 192.0.2.10.',
  'validation.hostMissing': 'Introduzca la dirección del servidor, por ejemplo pbx.example.com o 192.0.2.10.',
  'validation.hostLength': 'La dirección del servidor es demasiado larga (como máximo 253 caracteres).',
  'validation.hostOnly':
    'Introduzca solo el nombre o la dirección IP del servidor, sin «ws://», puerto ni ruta.',
  'validation.portRange': 'El puerto debe ser un número del 1 al 65535.',
  'validation.portWhole': 'El puerto debe ser un número entero del 1 al 65535.',
  'validation.tls': '«Conexión segura (TLS)» debe estar activado o desactivado.',
  'validation.fingerprintText':
    'La huella del certificado de confianza debe ser texto como AB:CD:… o quedar vacía.',
  'validation.fingerprint':
    'La huella del certificado se compone de 32 pares de cifras hexadecimales separados por dos puntos (SHA-256).',
  'validation.fingerprintNeedsTls':
    'Un certificado de confianza solo se aplica a una conexión segura: active TLS (wss) o borre la huella.',
  'validation.eventNameText': 'El nombre de un evento debe ser texto.',
  'validation.eventName':
    'El nombre de un evento empieza por una letra y solo usa letras, cifras, «.», «_» o «-» (como máximo 64).',
  'validation.callerSuffix': 'El lado que llama debe ser el sufijo «1» o «2».',
  'validation.callerSuffixByKind': 'El lado que llama de un evento debe ser el sufijo «1» o «2».',
  'validation.originatePath': 'La ruta de la petición originate debe ser texto.',
  'validation.originateMethod': 'El método de la petición originate debe ser POST o PUT.',
  'validation.originateBody': 'El cuerpo de la petición originate debe ser texto.',
  'validation.originate': 'La petición originate consta de ruta, método y cuerpo, o es «off».',
  'validation.fieldNameText': 'El nombre de un campo debe ser texto.',
  'validation.ruleDidText': 'Cada número marcado debe ser texto.',
  'validation.ruleDidEmpty': 'Un número marcado no puede estar vacío.',
  'validation.ruleDidLength': 'Un número marcado puede tener como máximo 32 caracteres.',
  'validation.ruleDidsMax': 'Una regla puede incluir como máximo 200 números marcados.',
  'validation.ruleCallers': 'La regla de llamantes debe ser «internal», «external» o «any».',
  'validation.patternText': 'El patrón del número debe ser texto.',
  'validation.pattern':
    'El patrón del número solo puede usar cifras, «+», «#», «*» (cualquier secuencia) y «?» (una cifra).',
  'validation.templateIdText': 'El ID de una plantilla debe ser texto.',
  'validation.templateId': 'El ID de una plantilla tiene de 1 a 64 letras, cifras, «-» o «_».',
  'validation.templateNameText': 'El nombre de una plantilla debe ser texto.',
  'validation.templateNameEmpty': 'Dé un nombre a la plantilla.',
  'validation.templateNameLength': 'El nombre de una plantilla puede tener como máximo 80 caracteres.',
  'validation.linkText': 'El enlace debe ser texto.',
  'validation.linkLength': 'El enlace puede tener como máximo 2048 caracteres.',
  'validation.link': 'El enlace debe empezar por http:// o https:// y no contener espacios.',
  'validation.templateAutoOpen': '«Abrir solo» debe ser «never», «ring» o «answer».',
  'validation.templatesMax': 'Mantenga como máximo 20 plantillas de CRM.',
  'validation.templateIdTwice': 'Otra plantilla ya usa el ID «{id}».',
  'validation.countryText': 'El país predeterminado debe ser un código de dos letras, por ejemplo ES o GB.',
  'validation.country':
    'El país predeterminado debe ser un código de dos letras mayúsculas, por ejemplo ES o GB.',
  'validation.notValid': 'Este valor no es válido aquí.',
  'validation.locked':
    'Su administrador ha fijado este ajuste para todos los usuarios de este equipo ({path}); no se puede cambiar aquí.',
  'validation.lockedSummary':
    '{count, plural, one {Un ajuste no se puede cambiar: {detail}} other {# ajustes no se pueden cambiar: {detail}}}',
  'settingsFile.notJson':
    'Este archivo no es un archivo de configuración: no es JSON válido. No se ha cambiado nada.',
  'settingsFile.noSettings':
    'Este archivo no es un archivo de configuración: no contiene ajustes. No se ha cambiado nada.',
  'settingsFile.otherFormat':
    'Este archivo no es un archivo de configuración de iSymphony Companion. No se ha cambiado nada.',
  'settingsFile.empty': 'Este archivo no contiene ajustes. No se ha cambiado nada.',
  'settingsFile.oneInvalid':
    'El archivo no se ha importado: {path, select, none {} other {{path}: }}{detail} No se ha cambiado nada.',
  'settingsFile.someInvalid':
    'El archivo no se ha importado: {count, plural, one {# ajuste que contiene no es válido} other {# ajustes que contiene no son válidos}} (en la lista de abajo). No se ha cambiado nada.',
  'settingsFile.noDialogImport':
    'Esta aplicación no puede mostrar aquí un cuadro de diálogo de archivos, así que no se puede importar la configuración.',
  'settingsFile.noDialogExport':
    'Esta aplicación no puede mostrar aquí un cuadro de diálogo de archivos, así que no se puede exportar la configuración.',
  'settingsFile.notAFile': '{file} no es un archivo. No se ha cambiado nada.',
  'settingsFile.tooLarge':
    '{file} es demasiado grande para ser un archivo de configuración. No se ha cambiado nada.',
  'settingsFile.unreadable': 'No se ha podido leer {file} ({code}). No se ha cambiado nada.',
  'settingsFile.writeFailed':
    'No se ha podido escribir la configuración en {file} ({code}). Elija otra carpeta.',
  'settingsFile.importTitle': 'Importar configuración',
  'settingsFile.exportTitle': 'Exportar configuración',
  'settingsFile.filterJson': 'Configuración (JSON)',
};
