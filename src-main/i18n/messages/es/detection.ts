import type { detection as english } from '../en/detection';
import type { Messages } from '../types';

export const detection: Messages<typeof english> = {
  'detection.running.connecting': 'Conectando con su servidor para escuchar…',
  'detection.running.listening':
    'Escuchando. Ahora llame a su propia extensión desde otro teléfono, atienda, espere un momento y luego cuelgue.',
  'detection.running.reconnecting': 'Se perdió la conexión; reconectando. Lo visto hasta ahora se conserva.',

  'detection.headline.high': 'Se encontró cómo su servidor informa de las llamadas, con confianza alta.',
  'detection.headline.low':
    'Se encontró en parte cómo su servidor informa de las llamadas, con confianza baja: {undecided, plural, =0 {algunos puntos estuvieron reñidos.} one {no pudo decidir # de {total} puntos (marcado abajo).} other {no pudo decidir # de {total} puntos (marcados abajo).}} Vuelva a llamar a su extensión, atienda y luego cuelgue para obtener un resultado más seguro.',
  'detection.headline.unchanged':
    '{headline} Su configuración ya usa exactamente esto, así que no hay nada que cambiar.',
  'detection.headline.noEvents':
    'No se pudo decidir: el servidor no envió ningún evento mientras la detección escuchaba. Llame a su propia extensión mientras escucha y asegúrese de que la cuenta manager pueda recibir eventos.',
  'detection.headline.notYou':
    'No se pudo decidir: el servidor envió {events, plural, one {# evento} other {# eventos}}, pero ninguno lo nombraba a usted ({who}). Revise su nombre de usuario y sus extensiones en «Sus llamadas» y luego llame a su propia extensión mientras la detección escucha.',
  'detection.headline.noCall':
    'No se pudo decidir: algunos eventos lo nombraban a usted, pero ninguno era una llamada para usted. Llame a su propia extensión desde otro teléfono mientras la detección escucha.',
  'detection.who':
    '{hasUser, select, yes {usuario «{user}»{count, plural, =0 {} one {, extensión {extensions}} other {, extensiones {extensions}}}} other {{count, plural, one {extensión {extensions}} other {extensiones {extensions}}}}}',
  'detection.list': '{first}, {rest}',

  'detection.line.dial': 'Sonando',
  'detection.line.link': 'Atendida',
  'detection.line.linkEnd': 'Fin de la conversación',
  'detection.line.hangup': 'Colgada',
  'detection.line.caller': 'El llamante',
  'detection.line.fields': 'Datos del llamante',
  'detection.value.event': '«{name}»',
  'detection.value.eventUndecided':
    'no se pudo decidir ({kind, select, dial {no se vio sonar ninguna llamada de prueba} link {no se atendió ninguna llamada de prueba} linkEnd {no terminó ninguna llamada de prueba atendida} other {no se colgó ninguna llamada de prueba}}); se mantiene «{name}»',
  'detection.value.caller': 'en los campos que terminan en {suffix}',
  'detection.value.callerExcept': 'en los campos que terminan en {suffix} ({exceptions})',
  'detection.value.exception':
    '{suffix} {kind, select, dial {al sonar} link {al atender} other {al terminar la conversación}}',
  'detection.value.callerUndecided':
    'no se pudo decidir (ningún evento distinguió los dos lados); se mantienen los campos que terminan en {suffix}',
  'detection.value.usualNames': 'los nombres habituales',
  'detection.value.field':
    '{field, select, callerIdName {nombre} callerIdNumber {número} did {número marcado} extensionNumber {extensión} username {usuario} other {id de llamada}} «{name}»',
  'detection.value.fieldsUndecided':
    '{names}; algunos no se pudieron decidir, así que mantienen sus nombres habituales',

  'detection.evidence.seen':
    '{events, plural, one {Se vio # evento} other {Se vieron # eventos}} de {types, plural, one {# tipo} other {# tipos}}; {mentions, plural, one {# nombraba} other {# nombraban}} al usuario.',
  'detection.evidence.noMention':
    'Ningún evento nombraba al usuario ni a sus extensiones, así que no se puede decir nada de las llamadas: revise el nombre de usuario y las extensiones, y llame a la extensión mientras la detección está en marcha.',
  'detection.evidence.noCall':
    'Algunos eventos nombraban al usuario, pero ninguno tenía dos partes (un llamante y un llamado), así que no se vio ninguna llamada: llame a la extensión mientras la detección está en marcha.',
  'detection.evidence.usualFields': 'Los campos de las partes tienen sus nombres habituales.',
  'detection.evidence.renamedFields':
    'Los campos de las partes se llaman {names}.{ambiguous, select, yes { Algunos estuvieron reñidos.} other {}}',
  'detection.evidence.fieldName': '{name} para {field}',
  'detection.evidence.missingFields':
    'Ningún campo se parecía a {fields}; se mantienen los nombres habituales.',
  'detection.evidence.notReached':
    'Ninguna llamada llegó {kind, select, dial {a sonar (dial)} link {a ser atendida (link): atienda la llamada de prueba y luego cuelgue} other {al fin de la conversación (linkEnd): atienda la llamada de prueba y luego cuelgue}}; su nombre de evento sigue siendo {name}.',
  'detection.evidence.came':
    '{name} llegó {position, select, first {primero} second {segundo} other {tercero}} en {votes, plural, one {# llamada} other {# llamadas}} de {calls} al usuario (vistos: {seen}, con el usuario en {fields}): significa {kind, select, dial {sonando (dial)} link {atendida (link)} other {fin de la conversación (linkEnd)}}.',
  'detection.evidence.noField': 'ningún campo',
  'detection.evidence.hangup':
    '{name} nombró los segmentos de llamada del usuario {times, plural, one {# vez} other {# veces}} con una sola parte: significa colgada (hangup).',
  'detection.evidence.noHangup':
    'Ningún evento de una sola parte nombró un segmento de las llamadas, así que el evento de colgar sigue siendo {name}: cuelgue la llamada de prueba mientras la detección está en marcha.',
  'detection.evidence.caller': 'El llamante es el lado que no nombra al usuario: {findings}.',
  'detection.evidence.callerKind':
    '{kind}: sufijo {suffix} ({most, plural, one {# evento de {total} nombraba} other {# eventos de {total} nombraban}} al usuario en el otro lado)',
  'detection.evidence.callerUnknown':
    'El llamante es el lado que no nombra al usuario: ningún evento distinguió los dos lados.',
  'detection.evidence.unusable': 'Lo visto no forma un perfil utilizable: {reason}',

  'detection.problem.busy':
    'Ya se están detectando los eventos de llamada: espere el resultado o cancele primero.',
  'detection.problem.needsServer':
    'La detección necesita su propio servidor iSymphony: conéctese a él primero. La demo ya usa los eventos estándar.',
  'detection.problem.needsIdentity':
    'Introduzca su nombre de usuario de iSymphony o una extensión en «Sus llamadas» y guarde primero: la detección busca los eventos que lo nombran a usted.',
  'detection.problem.cancelled': 'Se canceló la detección.',
  'detection.problem.notRunning': 'No hay ninguna detección en marcha.',
  'detection.problem.nothingToApply':
    'No hay ningún perfil detectado que aplicar: detecte primero los eventos de llamada.',
  'detection.problem.stale':
    'La configuración del servidor cambió desde la detección, así que lo encontrado puede no servir: vuelva a ejecutarla.',
};
