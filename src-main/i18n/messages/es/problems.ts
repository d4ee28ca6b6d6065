import type { problems as english } from '../en/problems';
import type { Messages } from '../types';

export const problems: Messages<typeof english> = {
  'problem.unexpected': 'Algo ha fallado: {detail}',
  'problem.waitSeconds': '{seconds, plural, one {# segundo} other {# segundos}}',
  'problem.waitMs': '{ms} ms',
  'problem.timeout':
    'El servidor {at} no respondió en {wait}; compruebe la dirección y el puerto, y que ningún cortafuegos bloquee la conexión.',
  'problem.timeoutInTime':
    'El servidor {at} no respondió a tiempo; compruebe la dirección y el puerto, y que ningún cortafuegos bloquee la conexión.',
  'problem.fingerprintMismatch':
    'El servidor {at} presentó un certificado distinto (SHA-256 {fingerprint}) del que usted aprobó; apruebe el nuevo en la configuración solo si el administrador confirma que se sustituyó.',
  'problem.frameTooLarge':
    'El servidor {at} envió un mensaje que supera el límite de 1 MiB, así que se cerró esa conexión; la aplicación se vuelve a conectar sola.',
  'problem.connectionClosed':
    'La conexión con {at} se cerró de forma inesperada; la aplicación se vuelve a conectar sola. Si ocurre a menudo, compruebe la red y el servidor.',
  'problem.connectionCutOff':
    'La conexión con {at} se cortó; la aplicación se vuelve a conectar sola. Si ocurre a menudo, compruebe la red y el servidor.',
  'problem.usernameInvalid':
    'El nombre de usuario del administrador no puede contener ":"; corríjalo en la configuración.',
  'problem.heartbeatTimeout':
    'El servidor {at} dejó de responder (sin respuesta a un ping en {wait}); la aplicación se vuelve a conectar sola.',
  'problem.dnsFailed':
    'No se encontró el nombre de servidor "{host}"; compruebe la dirección del servidor en la configuración y la conexión de red de este equipo.',
  'problem.connectionRefused':
    'Nada acepta conexiones en {at}; compruebe que iSymphony se esté ejecutando allí y que el puerto sea el correcto (58080, o 55050 con SSL).',
  'problem.networkUnreachable':
    'La red hacia {at} no está disponible; compruebe la conexión de red de este equipo. La aplicación se vuelve a conectar en cuanto vuelva.',
  'problem.certificateRejected':
    'El certificado del servidor {at}{fingerprint, select, none {} other { (SHA-256 {fingerprint})}} no es de confianza ({code, select, unknown {error desconocido} other {{code}}}); apruebe exactamente este certificado en la configuración si el administrador confirma su huella digital, o instale un certificado válido en el servidor.',
  'problem.connectionFailed':
    'La conexión con {at} falló ({code, select, unknown {error desconocido} other {{code}}}); la aplicación sigue reintentando, así que compruebe la dirección, el puerto y la red.',
  'problem.credentialsRejected':
    'El servidor {at} rechazó el nombre de usuario o la contraseña del administrador; corríjalos en la configuración (son la cuenta de administrador de iSymphony, no el acceso de un usuario).',
  'problem.addressNotAllowed':
    'El servidor {at} rechazó la dirección de este equipo{address, select, none {} other { ({address})}} porque no está en la lista de permitidos del archivo security.xml del servidor; pida al administrador que la añada.',
  'problem.notFound':
    'El servidor {at} no tiene nada en esa ruta; compruebe el puerto (58080, o 55050 con SSL) y la ruta en la configuración.',
  'problem.sslRequired':
    'El servidor {at} requiere SSL; active SSL en la configuración y use el puerto 55050.',
  'problem.unexpectedStatus':
    'El servidor {at} respondió con HTTP {status}, algo que esta aplicación no espera; compruebe la dirección y el puerto en la configuración.',
  'problem.passwordMissing':
    'No hay ninguna contraseña guardada para {account}, así que la aplicación no se conecta; introduzca la contraseña del administrador en la configuración.',
  'problem.updateUnreachable':
    'No se pudo contactar con el servidor de actualizaciones; la aplicación lo volverá a intentar más tarde.',
  'problem.updateNoRelease': 'El servidor de actualizaciones aún no ofrece ninguna versión.',
  'problem.updateServerError':
    'El servidor de actualizaciones respondió con un error (HTTP {status}); la aplicación lo volverá a intentar más tarde.',
  'problem.updateBadFeed':
    'La descripción de la versión del servidor de actualizaciones no se puede leer, así que no se descargó nada.',
  'problem.updateBadDownload':
    'La actualización descargada no coincidía con su suma de comprobación y se descartó.',
  'problem.updateFailedBecause': 'La actualización falló: {detail}',
  'problem.updateFailed': 'La actualización falló.',
  'problem.updateNotInstalled':
    'Las actualizaciones son para la aplicación instalada; esta copia se ejecuta desde su carpeta de compilación, así que no se actualiza.',
  'problem.unknownUser':
    'No hay ningún usuario de iSymphony "{name}" en este servidor; sus llamadas nunca aparecerán. Compruebe "Nombre de usuario de iSymphony" en la configuración.',
  'problem.unknownExtension':
    'No hay ninguna extensión "{name}" en este servidor; las llamadas a ella nunca aparecerán. Compruebe "Extensiones" en la configuración.',
  'problem.identityRestRefused':
    'No se pudo comprobar que el usuario de iSymphony y las extensiones existan en este servidor: el servidor rechazó la API REST Live (HTTP 403); la licencia de iSymphony la restringe o la cuenta de administrador no tiene permiso para usarla. Las llamadas aparecen igualmente si los nombres son correctos.',
  'problem.identityNoCoreServer':
    'No se pudo comprobar que el usuario de iSymphony y las extensiones existan en este servidor: la API REST Live no tiene ese servidor central (HTTP 404); compruebe "Servidor central" en Configuración → Servidor → Avanzado (normalmente "default"). Las llamadas aparecen igualmente si los nombres son correctos.',
  'problem.keychainBadAccount':
    'La entrada del llavero necesita un nombre de usuario de administrador y una dirección de servidor.',
  'problem.keychainUnavailableMac':
    'No se pudo usar el llavero de macOS: desbloquee su llavero de inicio de sesión en Acceso a Llaveros y vuelva a intentarlo, o elija guardar la contraseña en memoria hasta que se cierre la aplicación.',
  'problem.keychainUnavailableWindows':
    'No se pudo usar el Administrador de credenciales de Windows: inicie sesión en Windows con su propia cuenta y vuelva a intentarlo, o elija guardar la contraseña en memoria hasta que se cierre la aplicación.',
  'problem.keychainUnavailableLinux':
    'No hay ningún llavero del sistema disponible: instale e inicie un Secret Service como GNOME Keyring o KWallet (en Debian o Ubuntu: gnome-keyring y libsecret-1-0) y desbloquéelo, o elija guardar la contraseña en memoria hasta que se cierre la aplicación.',
  'problem.keychainRefused':
    'El llavero del sistema se negó a {operation, select, get {leer} set {guardar} other {eliminar}} la contraseña. Vuelva a intentarlo, o busque en la aplicación del llavero una entrada llamada "{service}".',
  'problem.testOtherServer':
    'La contraseña guardada pertenece al servidor guardado; para probar otro servidor (o el mismo sin TLS), escriba la contraseña del administrador.',
  'problem.testNoPassword':
    'No hay ninguna contraseña guardada para {account}; escriba la contraseña del administrador para probar la conexión.',
  'problem.testBusy': 'Ya hay una prueba de conexión en curso; espere su resultado y vuelva a intentarlo.',
  'problem.callLinksOff':
    'Los enlaces de llamada están desactivados, así que esta aplicación no los marca. Active "Marcar los enlaces tel:, callto: y sip: con esta aplicación" en Configuración → General.',
  'problem.noClipboard': 'Aquí no hay portapapeles que leer.',
  'problem.shortcutTaken': 'El atajo {accelerator} ya lo usa otra aplicación; elija otro.',
  'problem.shortcutInvalid': 'El atajo {accelerator} no es válido; elija otro.',
  'problem.dialWaiting': 'Un número del portapapeles ya está esperando su respuesta.',
  'problem.dialCancelled': 'No se marcó: eligió no llamar al número.',
  'problem.presenceStopped': 'La presencia se detuvo antes de que el servidor confirmara el nuevo estado.',
  'problem.presenceNotRunning': 'La presencia no está activa; conéctese primero al servidor.',
  'problem.presenceNoUser':
    'No hay ningún usuario de iSymphony definido: introduzca primero su nombre de usuario de iSymphony en la configuración.',
  'problem.presenceUnknown':
    'Aún no se conoce su estado actual: espere a que la aplicación se conecte al servidor y vuelva a intentarlo.',
  'problem.presenceSuperseded': 'Se pidió un estado más reciente antes de que el servidor confirmara este.',
  'problem.presenceUserChanged':
    'El usuario de iSymphony cambió antes de que el servidor confirmara el estado.',
  'problem.presenceNotConfirmed':
    'El servidor aceptó el nuevo estado pero no lo confirmó en {seconds} s, así que el estado mostrado es el último que informó el servidor; vuelva a intentarlo o compruébelo en iSymphony.',
  'problem.presenceUnavailable':
    'Podrá cambiar su estado cuando la aplicación esté conectada a su servidor; compruebe primero la conexión.',
  'connection.notStarted': 'Aún sin conexión: la conexión empieza cuando se inicia la aplicación.',
  'connection.connecting': 'Conectando con {at}.',
  'connection.connectingAgain': 'Conectando de nuevo con {at} (intento {attempt}).',
  'connection.live': 'Conectado a {at}: las llamadas aparecerán en cuanto suenen.',
  'connection.liveWithNotice': 'Conectado a {at}: las llamadas aparecerán en cuanto suenen. {notice}',
  'connection.pinnedExpired':
    'El certificado fijado caducó el {day}; sigue siendo de confianza porque usted lo fijó, pero renuévelo en el servidor y fije el nuevo.',
  'connection.suspended': 'En pausa mientras este equipo está suspendido: la conexión vuelve al reactivarse.',
  'connection.stopped': 'Desconectado: vuelva a iniciar la conexión para recibir llamadas.',
  'connection.appStopped': 'Desconectado: la aplicación se ha detenido.',
  'connection.noServer':
    'Sin conexión: conéctese a su servidor iSymphony en la configuración, o pruebe la demostración.',
  'connection.demoStarting': 'Iniciando el servidor de demostración en este equipo.',
  'validation.hostEmpty': 'Introduzca el nombre o la dirección IP del servidor.',
  'validation.hostScheme':
    'Introduzca solo el nombre o la dirección del servidor, sin "ws://", "https://" ni ningún otro esquema.',
  'validation.hostSpaces': 'La dirección del servidor no puede contener espacios.',
  'validation.hostUser':
    'No incluya nombres de usuario en la dirección del servidor; el nombre de usuario del administrador tiene su propio campo.',
  'validation.hostPath':
    'Introduzca solo el nombre o la dirección del servidor, sin una ruta como "/communication_manager".',
  'validation.hostPort': 'Introduzca el puerto en el campo del puerto, no detrás de la dirección.',
  'validation.hostZone':
    'No se admiten direcciones IPv6 con zona (como "%eth0"); use en su lugar el nombre del servidor.',
  'validation.hostIpv6': '"{host}" no es una dirección IPv6 válida.',
  'validation.hostIpv4':
    '"{host}" no es una dirección IPv4 válida: use cuatro números del 0 al 255, como 192.168.1.20.',
  'validation.hostName':
    '"{host}" no es un nombre de servidor válido: use letras, cifras y guiones entre puntos, como pbx.example.com.',
  'validation.port':
    'El puerto debe ser un número entero del 1 al 65535 (iSymphony usa {plain}, o {tls} con SSL).',
  'validation.path':
    'La ruta debe empezar por "/" y usar solo letras, cifras y signos de puntuación de URL, como {example}.',
  'validation.usernameEmpty':
    'Introduzca el nombre de usuario del administrador (el predeterminado del servidor es "manager").',
  'validation.usernameColon':
    'El nombre de usuario del administrador no puede contener ":", porque la autenticación Basic lo usa para separar el nombre y la contraseña.',
  'validation.usernameLength':
    'El nombre de usuario del administrador puede tener como máximo 256 caracteres imprimibles.',
  'validation.oneInvalid': 'Un ajuste no es válido: {detail}',
  'validation.someInvalid':
    '{count, plural, one {# ajuste no es válido} other {# ajustes no son válidos}}; cada uno está marcado junto a su campo.',
  'validation.missing': 'Falta este ajuste. {detail}',
  'validation.secretInFile':
    'Las contraseñas y otros secretos se guardan en el llavero del sistema, nunca en el archivo de configuración.',
  'validation.unknownSetting': '"{key}" no es un ajuste que conozca esta versión de iSymphony Companion.',
  'validation.unknownEventKind': '"{key}" no es un tipo de evento que conozca la aplicación.',
};
