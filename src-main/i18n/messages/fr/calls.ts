import type { calls as english } from '../en/calls';
import type { Messages } from '../types';

export const calls: Messages<typeof english> = {
  'dial.viaPbx':
    'Appel du {number} via l’autocommutateur : votre téléphone ({extension}) sonne d’abord, puis le numéro est composé.',
  'dial.viaTel':
    'Le {number} a été confié à votre application de téléphone (lien tel:) au lieu de l’autocommutateur. {reason}',
  'dial.pbxOnly':
    'L’autocommutateur ne peut pas passer cet appel. {reason} Composez plutôt tel:{tel} avec votre application de téléphone.',
  'dial.telFailed':
    'Le {number} n’a pas pu être composé. {reason} Aucune application de téléphone de cet ordinateur n’a non plus répondu au lien tel: ; installez ou choisissez un softphone.',
  'dial.noPbx.off': 'Les appels via l’autocommutateur sont désactivés dans les paramètres.',
  'dial.noPbx.noExtension': 'Aucun de vos postes n’est indiqué dans les paramètres.',
  'dial.noPbx.notConnected': 'L’application n’est pas connectée à l’autocommutateur.',
  'dial.noPbx.refused':
    'L’autocommutateur a refusé de passer l’appel (HTTP {status}) : {why, select, licence {sa licence ou le compte manager ne le permet pas} other {il ne connaît pas cette action}}.',
  'dial.refused': '{why} Rien n’a été composé.',
  'dial.why.noNumber': 'Il n’y a aucun numéro à composer.',
  'dial.why.tooLong': 'C’est trop long pour un numéro de téléphone.',
  'dial.why.notDigits':
    'Ce n’est pas un numéro de téléphone (seuls les chiffres, les espaces et un + initial sont admis).',
  'dial.why.invalid': '{number} n’est pas un numéro de téléphone valide.',
  'dial.why.prefixNotDigits': 'Le préfixe de ligne extérieure n’est pas composé de chiffres.',
  'dial.why.linkTooLong': 'Ce lien est trop long pour contenir un numéro de téléphone.',
  'dial.why.notALink': 'Ce n’est pas un lien tel:, callto: ou sip:.',
  'dial.why.linkUnsafe': 'Ce lien contient des caractères invisibles ou de contrôle.',
  'dial.why.sipNoUser': 'Cette adresse SIP ne nomme aucun utilisateur à appeler.',
  'dial.why.linkEncoding': 'Ce lien n’est pas correctement encodé.',
  'dial.why.linkEmpty': 'Ce lien ne contient aucun numéro.',
  'dial.why.linkComputer': 'Ce lien désigne un ordinateur, pas un numéro de téléphone.',
  'dial.why.linkNotNumber':
    'Ce lien ne contient pas de numéro de téléphone (seuls les chiffres, les séparateurs et un + initial sont admis).',
};
