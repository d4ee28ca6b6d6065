import type { actions as english } from '../en/actions';
import type { Messages } from '../types';

export const actions: Messages<typeof english> = {
  'action.callGone': 'Cet appel n’est plus connu ; il a peut-être été effacé de l’historique.',
  'action.callGoneShort': 'Cet appel n’est plus connu.',
  'action.noCrmTemplate':
    'Aucun lien CRM ne correspond à cet appel ; ajoutez un modèle CRM dans les paramètres ou modifiez ses règles.',
  'action.templateNotOffered':
    'Ce modèle CRM ne s’applique pas à cet appel ; choisissez-en un dans le menu de l’appel.',
  'action.noCurrentCall': 'Aucun appel ne sonne, n’est en cours ou ne vient de se terminer.',
  'action.noNumberToCopy': 'Cet appelant n’a transmis aucun numéro à copier.',
  'action.diagnosticsFailed': 'Le diagnostic n’a pas pu être établi ; consultez le journal.',
  'open.notWeb': 'Seuls les liens http et https peuvent être ouverts ; vérifiez le modèle de lien du CRM.',
  'open.noPhoneApp':
    'Aucune application de téléphone de cet ordinateur n’a répondu au lien tel: ; installez ou choisissez un softphone.',
  'open.noBrowser':
    'Le lien n’a pas pu être ouvert : aucun navigateur web n’a répondu. Vérifiez votre navigateur par défaut.',
  'demo.failed':
    'Le serveur de démonstration n’a pas pu démarrer sur cet ordinateur ; redémarrez l’application ou connectez-vous à votre propre serveur.',
  'loginItem.failed':
    '« Démarrer à l’ouverture de session » n’a pas pu être modifié ; réessayez ou réglez-le dans les paramètres du système.',
  'loginItem.notWritable':
    '« Démarrer à l’ouverture de session » n’a pas pu être modifié : impossible d’écrire dans {folder}.',
  'callLinks.notHandled':
    'Le système n’a pas permis à cette application de prendre en charge les liens {links} ; choisissez-la comme gestionnaire dans les paramètres du système.',
  'callLinks.notReleased':
    'Le système n’a pas permis à cette application de cesser de prendre en charge les liens {links} ; choisissez un autre gestionnaire dans les paramètres du système.',
  'statusRequest.noSuchType': 'Il n’existe pas de type de statut « {type} » ; les types sont {types}.',
  'statusRequest.noSuchTypeUnshown': 'Ce type de statut n’existe pas ; les types sont {types}.',
  'statusRequest.nameTooLong':
    'Un nom de statut doit compter au plus {max} caractères imprimables (ou être omis pour « {name} »).',
  'statusRequest.noteTooLong': 'Une note de statut doit être un texte d’au plus {max} caractères.',
  'statusRequest.returnNotDate': 'L’heure de retour n’est pas une date et une heure valides.',
  'statusRequest.returnNotMs':
    'L’heure de retour doit être -1 (aucune) ou une heure en millisecondes depuis l’époque Unix.',
  'statusRequest.returnNotTime':
    'L’heure de retour doit être -1 (aucune), une heure en millisecondes depuis l’époque Unix ou une date.',
  'statusRequest.returnPast':
    'L’heure de retour doit être dans le futur ; omettez-la pour n’en indiquer aucune.',
  'request.unreadable': 'La requête {channel} n’a pas pu être lue.',
  'request.invalid': 'La requête {channel} n’était pas valide.',
  'request.invalidField': 'La requête {channel} n’était pas valide. {field} : {reason}',
  'request.unknownKey': '« {key} » ne fait pas partie de la requête {channel}.',
  'request.lookupNumberTooLong': 'Un numéro peut compter au plus {max} caractères.',
  'request.lookupNumberChars':
    'Saisissez un numéro de téléphone : des chiffres, avec +, espaces, ( ) - . / si vous le souhaitez.',
  'request.lookupNumberDigits': 'Saisissez un numéro de téléphone à rechercher.',
  'request.contactNumberTooLong': 'Un numéro compte au plus {max} caractères.',
  'request.contactTooManyNumbers': 'Un contact a au plus {max} numéros.',
};
