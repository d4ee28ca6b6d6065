import type { detection as english } from '../en/detection';
import type { Messages } from '../types';

export const detection: Messages<typeof english> = {
  'detection.running.connecting': 'Connexion à votre serveur pour écouter…',
  'detection.running.listening':
    'À l’écoute. Appelez maintenant votre propre poste depuis un autre téléphone, décrochez, patientez un instant, puis raccrochez.',
  'detection.running.reconnecting':
    'La connexion a été perdue ; reconnexion en cours. Ce qui a déjà été vu est conservé.',

  'detection.headline.high':
    'La façon dont votre serveur signale les appels a été trouvée, avec une confiance élevée.',
  'detection.headline.low':
    'Une partie de la façon dont votre serveur signale les appels a été trouvée, avec une confiance faible : {undecided, plural, =0 {certains points étaient serrés.} one {# point sur {total} n’a pas pu être tranché (signalé ci-dessous).} other {# points sur {total} n’ont pas pu être tranchés (signalés ci-dessous).}} Appelez de nouveau votre poste, décrochez, puis raccrochez pour un résultat plus sûr.',
  'detection.headline.unchanged':
    '{headline} Vos paramètres utilisent déjà exactement cela : il n’y a rien à modifier.',
  'detection.headline.noEvents':
    'Impossible de trancher : le serveur n’a envoyé aucun événement pendant l’écoute. Appelez votre propre poste pendant l’écoute, et vérifiez que le compte manager a le droit de recevoir les événements.',
  'detection.headline.notYou':
    'Impossible de trancher : le serveur a envoyé {events, plural, one {# événement} other {# événements}}, mais aucun ne vous nommait ({who}). Vérifiez votre nom d’utilisateur et vos postes sous « Vos appels », puis appelez votre propre poste pendant que la détection écoute.',
  'detection.headline.noCall':
    'Impossible de trancher : des événements vous nommaient, mais aucun n’était un appel vers vous. Appelez votre propre poste depuis un autre téléphone pendant que la détection écoute.',
  'detection.who':
    '{hasUser, select, yes {utilisateur « {user} »{count, plural, =0 {} one {, poste {extensions}} other {, postes {extensions}}}} other {{count, plural, one {poste {extensions}} other {postes {extensions}}}}}',
  'detection.list': '{first}, {rest}',

  'detection.line.dial': 'Sonnerie',
  'detection.line.link': 'Décroché',
  'detection.line.linkEnd': 'Fin de conversation',
  'detection.line.hangup': 'Raccroché',
  'detection.line.caller': 'L’appelant',
  'detection.line.fields': 'Infos de l’appelant',
  'detection.value.event': '« {name} »',
  'detection.value.eventUndecided':
    'impossible de trancher ({kind, select, dial {aucun appel de test n’a été vu sonner} link {aucun appel de test n’a été décroché} linkEnd {aucun appel de test décroché ne s’est terminé} other {aucun appel de test n’a été raccroché}}) ; garde « {name} »',
  'detection.value.caller': 'dans les champs se terminant par {suffix}',
  'detection.value.callerExcept': 'dans les champs se terminant par {suffix} ({exceptions})',
  'detection.value.exception':
    '{suffix} {kind, select, dial {pendant la sonnerie} link {une fois décroché} other {en fin de conversation}}',
  'detection.value.callerUndecided':
    'impossible de trancher (aucun événement ne distinguait les deux côtés) ; garde les champs se terminant par {suffix}',
  'detection.value.usualNames': 'les noms habituels',
  'detection.value.field':
    '{field, select, callerIdName {nom} callerIdNumber {numéro} did {numéro composé} extensionNumber {poste} username {utilisateur} other {identifiant d’appel}} « {name} »',
  'detection.value.fieldsUndecided':
    '{names} ; certains n’ont pas pu être tranchés, ils gardent donc leur nom habituel',

  'detection.evidence.seen':
    '{events, plural, one {# événement vu} other {# événements vus}}, de {types, plural, one {# type} other {# types}} ; {mentions, plural, one {# nommait} other {# nommaient}} l’utilisateur.',
  'detection.evidence.noMention':
    'Aucun événement ne nommait l’utilisateur ni ses postes, on ne peut donc rien dire des appels : vérifiez le nom d’utilisateur et les postes, et appelez le poste pendant la détection.',
  'detection.evidence.noCall':
    'Des événements nommaient l’utilisateur, mais aucun n’avait deux parties (un appelant et un appelé), aucun appel n’a donc été vu : appelez le poste pendant la détection.',
  'detection.evidence.usualFields': 'Les champs des parties portent leur nom habituel.',
  'detection.evidence.renamedFields':
    'Les champs des parties s’appellent {names}.{ambiguous, select, yes { Certains étaient serrés.} other {}}',
  'detection.evidence.fieldName': '{name} pour {field}',
  'detection.evidence.missingFields':
    'Aucun champ ne ressemblait à {fields} ; les noms habituels sont gardés.',
  'detection.evidence.notReached':
    'Aucun appel n’est allé jusqu’{kind, select, dial {à la sonnerie (dial)} link {au décroché (link) : décrochez l’appel de test, puis raccrochez} other {à la fin de conversation (linkEnd) : décrochez l’appel de test, puis raccrochez}} ; son nom d’événement reste {name}.',
  'detection.evidence.came':
    '{name} est arrivé {position, select, first {en premier} second {en deuxième} other {en troisième}} dans {votes, plural, one {# appel} other {# appels}} sur {calls} vers l’utilisateur (vus : {seen}, nommant l’utilisateur dans {fields}) : il signifie {kind, select, dial {sonnerie (dial)} link {décroché (link)} other {fin de conversation (linkEnd)}}.',
  'detection.evidence.noField': 'aucun champ',
  'detection.evidence.hangup':
    '{name} a nommé les segments d’appel de l’utilisateur {times, plural, one {# fois} other {# fois}} avec une seule partie : il signifie raccroché (hangup).',
  'detection.evidence.noHangup':
    'Aucun événement à une seule partie ne nommait un segment des appels, l’événement de raccrochage reste donc {name} : raccrochez l’appel de test pendant la détection.',
  'detection.evidence.caller': 'L’appelant est le côté qui ne nomme pas l’utilisateur : {findings}.',
  'detection.evidence.callerKind':
    '{kind} : suffixe {suffix} ({most, plural, one {# événement sur {total} nommait} other {# événements sur {total} nommaient}} l’utilisateur de l’autre côté)',
  'detection.evidence.callerUnknown':
    'L’appelant est le côté qui ne nomme pas l’utilisateur : aucun événement ne distinguait les deux côtés.',
  'detection.evidence.unusable': 'Ce qui a été vu ne donne pas de profil utilisable : {reason}',

  'detection.problem.busy':
    'Les événements d’appel sont déjà en cours de détection : attendez le résultat, ou annulez d’abord.',
  'detection.problem.needsServer':
    'La détection a besoin de votre propre serveur iSymphony : connectez-vous-y d’abord. La démo parle déjà les événements standard.',
  'detection.problem.needsIdentity':
    'Saisissez votre nom d’utilisateur iSymphony ou un poste sous « Vos appels » et enregistrez d’abord : la détection cherche les événements qui vous nomment.',
  'detection.problem.cancelled': 'La détection a été annulée.',
  'detection.problem.notRunning': 'Aucune détection n’est en cours.',
  'detection.problem.nothingToApply':
    'Il n’y a aucun profil détecté à appliquer : détectez d’abord les événements d’appel.',
  'detection.problem.stale':
    'Les paramètres du serveur ont changé depuis la détection, ce qu’elle a trouvé risque donc de ne pas convenir : relancez-la.',
};
