import type { lookup as english } from '../en/lookup';
import type { Messages } from '../types';

export const lookup: Messages<typeof english> = {
  'lookup.failedUnexpectedly':
    'La recherche CRM a échoué de façon inattendue ; l’appel affiche ce que l’autocommutateur a envoyé.',
  'lookup.failed': 'La recherche CRM a échoué.',
  'lookup.tokenUnreadable': 'Le jeton CRM n’a pas pu être lu dans le trousseau : {reason}',
  'lookup.tokenMissing':
    'Aucun jeton CRM n’est enregistré ; définissez-le dans Paramètres → Recherche de l’appelant (la ligne de commande lit ISYMPHONY_CRM_TOKEN, ou le trousseau avec --crm-token-keychain).',
  'lookup.tokenUnsafe':
    'Le jeton CRM enregistré contient des caractères qu’un en-tête ne peut pas transporter ; enregistrez-le à nouveau.',
  'lookup.timeout':
    'Le CRM n’a pas répondu dans les {ms} ms ; l’appel affiche ce que l’autocommutateur a envoyé.',
  'lookup.unreachable': 'Le CRM à {origin} est injoignable ; vérifiez l’adresse et le réseau.',
  'lookup.tooLarge':
    'La réponse du CRM dépassait {kb} ko, elle n’a donc pas été lue ; demandez moins de champs ou une seule fiche.',
  'lookup.redirected':
    'Le CRM a répondu par une redirection (HTTP {status}), qui n’est pas suivie afin que le jeton reste chez {origin} ; utilisez l’adresse vers laquelle elle pointe.',
  'lookup.refused': 'Le CRM a refusé la recherche (HTTP {status}) ; vérifiez le jeton et ses autorisations.',
  'lookup.rateLimited':
    'Le CRM a demandé de ralentir (HTTP 429) ; les recherches reprennent aux prochains appels.',
  'lookup.httpStatus': 'Le CRM a répondu HTTP {status} au lieu d’un résultat de recherche.',
  'lookup.notJson':
    'Le CRM a répondu par autre chose que du JSON (une page web ?) ; vérifiez l’adresse de recherche.',
  'lookup.numberUnreadable':
    'Le numéro n’a pas pu être lu comme un numéro international complet, le CRM n’a donc pas été interrogé (définissez le pays par défaut si les appelants envoient des numéros nationaux).',
  'lookup.noNumber': 'L’appel n’a ni numéro à rechercher ni nom d’identification de l’appelant.',
  'lookup.notInPhonebook': 'Le numéro n’est pas dans l’annuaire et l’autocommutateur n’a envoyé aucun nom.',
  'lookup.notAnywhere':
    'Le numéro n’est ni dans l’annuaire ni dans le CRM, et l’autocommutateur n’a envoyé aucun nom.',
  'lookup.testNobody':
    'Ni votre annuaire ni le CRM n’ont nommé ce numéro : le CRM n’a trouvé personne, ou sa réponse ne contient rien aux chemins du nom et de la société.',
  'lookup.testNoTemplate': 'Choisissez d’abord un CRM ou écrivez un modèle de recherche, puis testez-le.',
  'lookup.testBusy': 'Un test de recherche est déjà en cours ; attendez son résultat, puis réessayez.',
  'lookup.tokenNoAddress':
    'Enregistrez d’abord une adresse de recherche CRM ; le jeton est conservé pour cette adresse.',
  'lookupTemplate.notObject':
    'La recherche CRM doit être un objet tel que \'{"method":"GET","url":"https://…{e164}",…}\'.',
  'lookupTemplate.tokenInTemplate':
    'Le jeton CRM est conservé dans le trousseau du système (ou dans une variable d’environnement pour la ligne de commande), jamais dans le modèle de recherche.',
  'lookupTemplate.unknownKey': '« {key} » ne fait pas partie d’une recherche CRM ; utilisez {keys}.',
  'lookupTemplate.preset': 'Le préréglage doit être custom ou l’un de {presets}.',
  'lookupTemplate.method': 'La méthode doit être GET ou POST.',
  'lookupTemplate.text':
    '{field, select, url {L’adresse de recherche doit} body {Le corps de la requête doit} tokenHeader {L’en-tête du jeton doit} tokenPrefix {Le texte avant le jeton doit} namePaths {Chaque chemin du nom doit} companyPath {Le chemin de la société doit} recordUrlPath {Le chemin de l’adresse de la fiche doit} idPath {Le chemin de l’identifiant de la fiche doit} recordLink {Le lien de la fiche doit} allowedOrigins {Chaque adresse autorisée doit} other {Cette valeur doit}} être du texte.',
  'lookupTemplate.textLength':
    '{field, select, url {L’adresse de recherche est trop longue} body {Le corps de la requête est trop long} tokenHeader {L’en-tête du jeton est trop long} tokenPrefix {Le texte avant le jeton est trop long} namePaths {Un chemin du nom est trop long} companyPath {Le chemin de la société est trop long} recordUrlPath {Le chemin de l’adresse de la fiche est trop long} idPath {Le chemin de l’identifiant de la fiche est trop long} recordLink {Le lien de la fiche est trop long} allowedOrigins {Une adresse autorisée est trop longue} other {Cette valeur est trop longue}} (au plus {max, plural, one {# caractère} other {# caractères}}).',
  'lookupTemplate.list':
    '{field, select, namePaths {Les chemins du nom doivent} other {Les adresses autorisées doivent}} être une liste d’au plus {max, plural, one {# texte} other {# textes}}.',
  'lookupTemplate.whole':
    '{field, select, timeoutMs {Le délai doit} other {La durée de conservation doit}} être un nombre entier.',
  'lookupTemplate.needsReplacing':
    'La recherche contient encore {mark}… : remplacez-le par vos propres valeurs (le domaine ou l’identifiant de compte de votre CRM), comme l’indique son préréglage.',
  'lookupTemplate.pathLength':
    '{field, select, companyPath {Le chemin de la société} recordUrlPath {Le chemin de l’adresse de la fiche} idPath {Le chemin de l’identifiant de la fiche} other {Le chemin du nom}} doit avoir de 1 à {max, plural, one {# caractère} other {# caractères}}, comme results.0.name.',
  'lookupTemplate.pathShape':
    '{field, select, companyPath {Le chemin de la société} recordUrlPath {Le chemin de l’adresse de la fiche} idPath {Le chemin de l’identifiant de la fiche} other {Le chemin du nom}} « {path} » doit être fait de noms et de positions de liste séparés par des points, comme results.0.name (lettres, chiffres, « _ », « - », « $ », « @ »).',
  'lookupTemplate.addressHttps':
    'L’adresse de recherche doit commencer par https:// (le http simple n’est permis que vers cet ordinateur, comme http://127.0.0.1).',
  'lookupTemplate.allowedHttps':
    'L’adresse autorisée {origin} doit commencer par https:// (le http simple n’est permis que vers cet ordinateur, comme http://127.0.0.1).',
  'lookupTemplate.addressPlaceholder':
    "L’adresse de recherche utilise '{'{name}'}' ; une recherche ne connaît que le numéro de l’appelant : utilisez '{number}' ou '{e164}'.",
  'lookupTemplate.bodyLength':
    'Le corps de la requête compte {length, plural, one {# caractère} other {# caractères}} ; limitez-le à {max}.',
  'lookupTemplate.bodyJson':
    "Le corps de la requête n’est pas du JSON une fois '{number}' et '{e164}' remplis ; écrivez chacun comme une valeur entière sans guillemets, p. ex. '{\"phone\": {e164}}'.",
  'lookupTemplate.recordLinkId':
    "Le lien de la fiche doit contenir '{id}', à l’endroit où va l’identifiant de la fiche tiré de la réponse.",
  'lookupTemplate.recordLinkOther':
    "Le lien de la fiche utilise '{'{name}'}' ; il ne peut utiliser que '{id}'.",
  'lookupTemplate.recordLinkOrigin':
    'Le lien de la fiche mène à {origin}, qui n’est ni l’adresse de la recherche ni une adresse autorisée ; ajoutez-la aux adresses autorisées.',
  'lookupTemplate.originsMax':
    'Autorisez au plus {max, plural, one {# autre adresse} other {# autres adresses}}.',
  'lookupTemplate.originNotAddress':
    '« {entry} » n’est pas une adresse web ; écrivez-la comme https://crm.example.',
  'lookupTemplate.originNotPlain':
    '« {entry} » n’est pas une simple adresse web ; écrivez-la comme https://crm.example.',
  'lookupTemplate.postNeedsBody':
    'Une recherche POST a besoin d’un corps JSON ; écrivez-en un, ou utilisez GET.',
  'lookupTemplate.getNoBody': 'Une recherche GET n’envoie pas de corps ; supprimez-le, ou utilisez POST.',
  'lookupTemplate.noNumber':
    "La recherche n’envoie jamais le numéro de l’appelant : mettez '{e164}' ou '{number}' dans l’adresse ou le corps.",
  'lookupTemplate.tokenHeader':
    'L’en-tête du jeton doit être un nom d’en-tête comme Authorization ou x-api-token.',
  'lookupTemplate.tokenPrefix':
    'Le texte avant le jeton doit être du texte simple d’au plus {max, plural, one {# caractère} other {# caractères}}, comme « Bearer ».',
  'lookupTemplate.namePaths':
    'Indiquez où la réponse contient le nom ou la société (un chemin comme results.0.name).',
  'lookupTemplate.namePathsMax':
    'Réunissez au plus {max, plural, one {# chemin du nom} other {# chemins du nom}}.',
  'lookupTemplate.recordLinkNeedsId':
    'Un lien de fiche a besoin du chemin de l’identifiant de la fiche dans la réponse.',
  'lookupTemplate.timeout':
    'Le délai de recherche doit être de {min} à {max, plural, one {# milliseconde} other {# millisecondes}}.',
  'lookupTemplate.cache': 'Conservez les réponses de 0 à {max, plural, one {# minute} other {# minutes}}.',
  'phonebookFile.notCsv': 'Le fichier n’a pas pu être lu comme CSV.',
  'phonebookFile.csvQuotes':
    'Le fichier n’a pas pu être lu comme CSV{line, select, none {} other { (ligne {line})}} : vérifiez que les guillemets sont fermés et que chaque ligne utilise le même séparateur.',
  'phonebookFile.noRows': 'Le fichier ne contient aucune ligne.',
  'phonebookFile.noNumberColumn':
    'Aucune colonne ne contient de numéros de téléphone : choisissez au moins une colonne de numéros.',
  'phonebookFile.badMapping':
    'La correspondance désigne une colonne que le fichier n’a pas (il en a {columns, plural, one {#} other {#}}).',
  'phonebookFile.tooManyRows':
    'Le fichier compte plus de {max, plural, one {# ligne} other {# lignes}} ; divisez-le.',
  'phonebookFile.tooManyCards':
    'Le fichier compte plus de {max, plural, one {# fiche} other {# fiches}} ; divisez-le.',
  'phonebookFile.notVcard':
    'Le fichier n’a pas pu être lu comme vCard : chaque fiche doit aller de BEGIN:VCARD à END:VCARD avec des lignes NOM:valeur.',
  'phonebookFile.tooLarge': 'Le fichier dépasse {mb} Mo ; divisez-le ou exportez moins de champs.',
  'phonebookFile.empty': 'Le fichier est vide.',
};
