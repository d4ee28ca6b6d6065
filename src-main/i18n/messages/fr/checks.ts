import type { checks as english } from '../en/checks';
import type { Messages } from '../types';

export const checks: Messages<typeof english> = {
  'address.tooLong': 'C’est trop long pour une adresse de serveur ; tapez seulement le nom du serveur.',
  'address.scheme':
    'Une adresse commençant par « {scheme}:// » ne peut pas être utilisée : collez l’adresse du serveur iSymphony (ws://, wss://, http:// ou https://) ou tapez son nom.',
  'address.spaces': 'Une adresse de serveur ne peut pas contenir d’espaces ni de caractères de contrôle.',
  'address.badPort':
    'Le port de cette adresse ({port}) n’est pas un port : les ports vont de 1 à 65535 (iSymphony utilise {plain}, ou {tls} avec SSL).',
  'address.unreadable':
    'Cette adresse n’a pas pu être lue ; tapez seulement le nom ou l’adresse IP du serveur, comme pbx.example.com.',
  'address.filled':
    'Rempli à partir de l’adresse : serveur {host}, port {port}{usual, select, plain { (le port d’iSymphony)} tls { (le port SSL d’iSymphony)} other {}}, TLS {tls, select, on {activé} other {désactivé}}.{credentials, select, dropped { Le nom d’utilisateur et le mot de passe qu’elle contenait ont été laissés de côté : l’utilisateur manager et son mot de passe ont leurs propres champs.} other {}}',
  'address.filledPort': 'Rempli : serveur {host}, port {port}.',
  'address.filledPath': 'Rempli : serveur {host} (le chemin qui suit n’est pas nécessaire).',
  'profile.eventName':
    'Le nom d’événement de « {kind} » doit commencer par une lettre et n’utiliser que des lettres, des chiffres, « . », « _ » ou « - » (64 au plus).',
  'profile.eventNameTwice':
    '« {kind} » et « {other} » ne peuvent pas utiliser tous deux le nom d’événement « {name} ».',
  'profile.callerSuffix': 'Le côté appelant doit être le suffixe « 1 » ou « 2 ».',
  'profile.callerSuffixOf': 'Le côté appelant de « {kind} » doit être le suffixe « 1 » ou « 2 ».',
  'profile.fieldName':
    'Le nom de champ de « {field} » doit commencer par une lettre ou « _ » et n’utiliser que des lettres, des chiffres ou « _ » (63 au plus).',
  'profile.fieldNameReserved':
    'Le nom de champ de « {field} » ne peut pas être « {name} » : les événements utilisent ce nom pour autre chose.',
  'profile.fieldNameTwice':
    '« {field} » et « {other} » ne peuvent pas utiliser tous deux le nom de champ « {name} ».',
  'originate.path':
    'Le chemin de lancement d’appel est relatif au poste : lettres, chiffres, « . », « _ » ou « - » en segments séparés par « / » (128 caractères au plus).',
  'originate.bodyLength': 'Le corps de lancement d’appel peut compter au plus 1024 caractères.',
  'originate.bodyNumber': "Le corps de lancement d’appel doit contenir '{number}', là où va le numéro.",
  'originate.bodyJson':
    'Le corps de lancement d’appel doit être du JSON (avec \'{number}\' dans une chaîne), comme \'{"destination":"{number}"}\'.',
  'settingsLoad.unreadable':
    'Le fichier de paramètres {path} n’a pas pu être lu ({code}), les paramètres par défaut sont donc utilisés. Vérifiez ses autorisations.',
  'settingsLoad.writeFailed':
    'Les paramètres n’ont pas pu être enregistrés dans {path} ({code}). Vérifiez que le dossier existe et que vous pouvez y écrire.',
  'settingsLoad.notJson':
    'Le fichier de paramètres était endommagé (ce n’est pas du JSON valide), les paramètres par défaut sont donc utilisés.',
  'settingsLoad.notObject': 'Le fichier de paramètres ne contient pas d’objet de paramètres.',
  'settingsLoad.versionNotWhole':
    'Le fichier de paramètres a une schemaVersion qui n’est pas un nombre entier.',
  'settingsLoad.newer':
    'Les paramètres ont été enregistrés par une version plus récente d’iSymphony Companion (format {version} ; celle-ci lit jusqu’au format {target}). Mettez l’application à jour pour les utiliser.',
  'settingsLoad.noMigration': 'Cette version ne peut pas convertir des paramètres au format {at}.',
  'settingsLoad.migrationFailed':
    'Les paramètres au format {at} n’ont pas pu être convertis au format {next}.',
  'settingsLoad.defaultsInUse': '{reason} Les paramètres par défaut sont utilisés.',
  'settingsLoad.invalid':
    '{count, plural, one {Un paramètre du fichier n’était pas valide} other {Certains paramètres du fichier n’étaient pas valides (#)}}, les paramètres par défaut sont donc utilisés.',
  'settingsLoad.keptAs': '{reason} L’ancien fichier a été conservé sous le nom {file}.',
  'settingsLoad.newerInUse':
    '{reason} {usable, select, yes {Les paramètres que cette version comprend sont utilisés.} other {Les paramètres par défaut sont utilisés.}}{kept, select, none {} other { Une copie a été conservée sous le nom {kept}.}}',
};
