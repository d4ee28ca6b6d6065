import type { crm as english } from '../en/crm';
import type { Messages } from '../types';

export const crm: Messages<typeof english> = {
  'crmLink.closeBrace':
    "Le modèle contient une « '}' » à la position {position} sans « '{' » avant ; écrivez %7D pour une accolade littérale.",
  'crmLink.openBrace':
    "Le modèle contient une « '{' » à la position {position} qu’aucune « '}' » ne ferme ; écrivez %7B pour une accolade littérale.",
  'crmLink.unknownPlaceholder':
    'Le modèle utilise {placeholder}, qui n’est pas un paramètre ; utilisez l’un de {placeholders}.',
  'crmLink.empty':
    "{field, select, url {L’adresse de recherche} recordLink {Le lien de la fiche} other {Le modèle de lien}} est vide ; saisissez une adresse comme https://crm.example/search?q='{e164}'.",
  'crmLink.tooLong':
    '{field, select, url {L’adresse de recherche} recordLink {Le lien de la fiche} other {Le modèle de lien}} fait {length} caractères ; {field, select, url {raccourcissez-la} other {raccourcissez-le}} à {max} au plus.',
  'crmLink.badCharacter':
    '{field, select, url {L’adresse de recherche} recordLink {Le lien de la fiche} other {Le modèle de lien}} contient {what} à la position {position} ; supprimez-le.',
  'crmLink.char.space': 'une espace (écrivez %20 à la place)',
  'crmLink.char.backslash':
    'une barre oblique inverse (les navigateurs la lisent comme « / » ; écrivez / ou %5C)',
  'crmLink.char.control': 'un caractère de contrôle invisible ({code})',
  'crmLink.char.direction': 'un caractère invisible de sens d’écriture ({code})',
  'crmLink.placeholderInScheme':
    'Le paramètre {placeholder} est dans le schéma ; les paramètres ne peuvent figurer que dans le chemin, la requête ou le fragment (après l’hôte).',
  'crmLink.notHttp':
    '{field, select, url {Une adresse de recherche} recordLink {Un lien de fiche} other {Un modèle de lien}} doit commencer par https:// (ou http://) ; {field, select, url {celle-ci} other {celui-ci}} commence par {start}.',
  'crmLink.start.slashes': '« // » sans schéma',
  'crmLink.start.scheme': '« {scheme} »',
  'crmLink.start.none': 'aucun schéma',
  'crmLink.placeholderInHost':
    'Le paramètre {placeholder} est dans l’hôte, le port ou le nom d’utilisateur ; les paramètres ne peuvent figurer que dans le chemin, la requête ou le fragment (après l’hôte).',
  'crmLink.noHost':
    '{field, select, url {L’adresse de recherche} recordLink {Le lien de la fiche} other {Le modèle de lien}} n’a pas d’hôte après « // » ; {field, select, url {écrivez-la} other {écrivez-le}} comme https://crm.example/….',
  'crmLink.atBeforeHost':
    '{field, select, url {L’adresse de recherche} recordLink {Le lien de la fiche} other {Le modèle de lien}} a un « @ » avant l’hôte (« {authority} »), un navigateur ouvrirait donc la partie après « @ » ; supprimez le nom d’utilisateur et le « @ ».',
  'crmLink.unparseable':
    '{field, select, url {L’adresse de recherche} recordLink {Le lien de la fiche} other {Le modèle de lien}} n’est pas une adresse web valide ; vérifiez le nom d’hôte et le port.',
  'crmLink.notWebAddress':
    '{field, select, url {L’adresse de recherche} recordLink {Le lien de la fiche} other {Le modèle de lien}} n’est pas une adresse http ou https valide ; vérifiez le nom d’hôte.',
  'crmLink.userInfo':
    '{field, select, url {L’adresse de recherche} recordLink {Le lien de la fiche} other {Le modèle de lien}} contient un nom d’utilisateur ou un mot de passe ; supprimez-le, avec le « @ ».',
  'crmLink.unknownCountry':
    "Le pays par défaut pour '{e164}' est erroné : « {country} » n’est pas un code pays ISO 3166 connu pour les numéros de téléphone ; saisissez un code de deux lettres comme FR, BE ou CH.",
  'crmLink.linkTooLong':
    'Le lien ferait {length} caractères (au plus {max}) ; utilisez moins de paramètres dans le modèle.',
  'crmLink.pathStep':
    'Une valeur de cet appel formerait une étape de chemin (« . » ou « .. ») et changerait la page ouverte par le lien ; il n’a donc pas été créé.',
  'crmLink.callNotWebAddress':
    'Le lien pour cet appel n’est pas une adresse web valide ; il n’a donc pas été créé.',
  'crmLink.callNotHttp':
    'Le lien pour cet appel n’est pas une adresse http ou https ; il n’a donc pas été créé.',
  'crmLink.callLeaves': 'Le lien pour cet appel quitterait {origin} ; il n’a donc pas été créé.',
};
