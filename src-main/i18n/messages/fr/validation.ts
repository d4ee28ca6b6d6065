import type { validation as english } from '../en/validation';
import type { Messages } from '../types';

export const validation: Messages<typeof english> = {
  'validation.didText': 'Le numéro composé doit être du texte.',
  'validation.didDigits':
    'Écrivez le numéro composé avec des chiffres (et, si vous le souhaitez, +, espaces ou tirets), par exemple 0800 123 456.',
  'validation.lineNameText': 'Le nom de la ligne doit être du texte.',
  'validation.lineNameEmpty': 'Donnez un nom à la ligne, par exemple « Acme – Ventes ».',
  'validation.lineNameLength': 'Le nom d’une ligne peut compter au plus 80 caractères.',
  'validation.lineNameControl':
    'Le nom d’une ligne ne peut pas contenir de caractères de contrôle ou de direction.',
  'validation.didLabelsMax': 'Nommez au plus {max} numéros composés.',
  'validation.didTwice': 'Le numéro composé {did} est nommé deux fois ; ne gardez qu’un nom pour lui.',
  'validation.mode': 'Le mode doit être « demo » ou « server ».',
  'validation.managerText': 'Le nom d’utilisateur du gestionnaire doit être du texte.',
  'validation.managerEmpty':
    'Saisissez le nom d’utilisateur du gestionnaire (celui d’iSymphony par défaut est « manager »).',
  'validation.managerLength': 'Le nom d’utilisateur du gestionnaire peut compter au plus 128 caractères.',
  'validation.managerColon':
    'Le nom d’utilisateur du gestionnaire ne peut contenir ni « : » ni caractères de contrôle.',
  'validation.coreServerText': 'Le serveur central doit être du texte, par exemple « default ».',
  'validation.coreServer':
    'Le serveur central s’indique par son nom (lettres, chiffres, « . », « _ » et « - », par exemple « default ») ou par son identifiant (un UUID).',
  'validation.userText': 'Le nom d’utilisateur iSymphony doit être du texte.',
  'validation.userLength': 'Le nom d’utilisateur iSymphony peut compter au plus 128 caractères.',
  'validation.extensionText': 'Chaque poste doit être du texte.',
  'validation.extensionDigits': 'Un poste compte de 1 à 15 chiffres.',
  'validation.extensionsMax': 'Les fiches s’affichent pour 100 postes au plus.',
  'validation.extensionsTwice': 'Chaque poste ne peut figurer qu’une fois.',
  'validation.popStyle': 'Le type de fiche doit être « notification », « window », « both » ou « off ».',
  'validation.displayId': 'L’identifiant d’un écran doit être un nombre entier.',
  'validation.popDisplay':
    'Affichez les fiches sur l’écran où se trouve le pointeur (« cursor ») ou sur un écran choisi.',
  'validation.popCorner':
    'Le coin de la fiche doit être « top-left », « top-right », « bottom-left » ou « bottom-right ».',
  'validation.autoOpenCrm': '« Ouvrir le CRM automatiquement » doit être « never », « ring » ou « answer ».',
  'validation.afterCall':
    'Gardez la fiche après un appel de 0 à 3600 secondes, ou jusqu’à ce que vous la fermiez.',
  'validation.prefixText': 'Le préfixe de ligne extérieure doit être du texte.',
  'validation.prefixDigits':
    'Le préfixe de ligne extérieure compte jusqu’à 4 chiffres, par exemple 9, ou reste vide.',
  'validation.missedNotification': '« M’avertir des appels manqués » doit être activé ou désactivé.',
  'validation.ringSound': 'La sonnerie doit être « off », « chime », « bell » ou « pulse ».',
  'validation.ringVolume': 'Le volume de la sonnerie doit être un nombre de 0 à 100.',
  'validation.ringVolumeWhole': 'Le volume de la sonnerie doit être un nombre entier de 0 à 100.',
  'validation.internalCalls': '« Fiche pour les appels internes » doit être activé ou désactivé.',
  'validation.doNotDisturb': '« Ne pas déranger » doit être activé ou désactivé.',
  'validation.followDnd': '« Suivre le statut Ne pas déranger d’iSymphony » doit être activé ou désactivé.',
  'validation.shortcutText': 'Le raccourci doit être du texte, par exemple CommandOrControl+Shift+K.',
  'validation.shortcutKeys':
    'Le raccourci doit comporter au moins une touche de modification et une touche, par exemple CommandOrControl+Shift+K.',
  'validation.startAtLogin': '« Démarrer à l’ouverture de session » doit être activé ou désactivé.',
  'validation.callLinks': '« Composer les liens d’appel » doit être activé ou désactivé.',
  'validation.dialShortcutText':
    'Le raccourci de numérotation doit être du texte, par exemple CommandOrControl+Shift+D.',
  'validation.dialShortcutKeys':
    'Le raccourci de numérotation doit comporter au moins une touche de modification et une touche, par exemple CommandOrControl+Shift+D.',
  'validation.theme': 'Le thème doit être « system », « light » ou « dark ».',
  'validation.textSize': 'La taille du texte doit être 100, 125, 150, 175 ou 200 (pour cent).',
  'validation.language': 'La langue doit être « system » ou l’une de en, de, fr, it, es, ar.',
  'validation.clock': 'L’horloge doit être « locale », 12 ou 24.',
  'validation.dialShortcutSame':
    'Le raccourci de numérotation est le même que celui du CRM ; choisissez-en un autre.',
  'validation.hostText':
    'L’adresse du serveur doit être du texte, par exemple pbx.example.com ou 192.0.2.10.',
  'validation.hostMissing': 'Saisissez l’adresse du serveur, par exemple pbx.example.com ou 192.0.2.10.',
  'validation.hostLength': 'L’adresse du serveur est trop longue (253 caractères au plus).',
  'validation.hostOnly':
    'Saisissez seulement le nom ou l’adresse IP du serveur, sans « ws:// », ni port, ni chemin.',
  'validation.portRange': 'Le port doit être un nombre de 1 à 65535.',
  'validation.portWhole': 'Le port doit être un nombre entier de 1 à 65535.',
  'validation.tls': '« Connexion sécurisée (TLS) » doit être activé ou désactivé.',
  'validation.fingerprintText':
    'L’empreinte du certificat de confiance doit être du texte comme AB:CD:… ou rester vide.',
  'validation.fingerprint':
    'L’empreinte du certificat se compose de 32 paires de chiffres hexadécimaux séparées par des deux-points (SHA-256).',
  'validation.fingerprintNeedsTls':
    'Un certificat de confiance ne s’applique qu’à une connexion sécurisée : activez TLS (wss) ou effacez l’empreinte.',
  'validation.eventNameText': 'Un nom d’événement doit être du texte.',
  'validation.eventName':
    'Un nom d’événement commence par une lettre et n’utilise que des lettres, des chiffres, « . », « _ » ou « - » (64 au plus).',
  'validation.callerSuffix': 'Le côté appelant doit être le suffixe « 1 » ou « 2 ».',
  'validation.callerSuffixByKind': 'Le côté appelant d’un événement doit être le suffixe « 1 » ou « 2 ».',
  'validation.originatePath': 'Le chemin de la requête originate doit être du texte.',
  'validation.originateMethod': 'La méthode de la requête originate doit être POST ou PUT.',
  'validation.originateBody': 'Le corps de la requête originate doit être du texte.',
  'validation.originate':
    'La requête originate se compose d’un chemin, d’une méthode et d’un corps, ou vaut « off ».',
  'validation.fieldNameText': 'Un nom de champ doit être du texte.',
  'validation.ruleDidText': 'Chaque numéro composé doit être du texte.',
  'validation.ruleDidEmpty': 'Un numéro composé ne peut pas être vide.',
  'validation.ruleDidLength': 'Un numéro composé peut compter au plus 32 caractères.',
  'validation.ruleDidsMax': 'Une règle peut lister au plus 200 numéros composés.',
  'validation.ruleCallers': 'La règle des appelants doit être « internal », « external » ou « any ».',
  'validation.patternText': 'Le modèle de numéro doit être du texte.',
  'validation.pattern':
    'Le modèle de numéro ne peut utiliser que des chiffres, « + », « # », « * » (une suite quelconque) et « ? » (un chiffre).',
  'validation.templateIdText': 'L’identifiant d’un modèle doit être du texte.',
  'validation.templateId': 'L’identifiant d’un modèle compte de 1 à 64 lettres, chiffres, « - » ou « _ ».',
  'validation.templateNameText': 'Le nom d’un modèle doit être du texte.',
  'validation.templateNameEmpty': 'Donnez un nom au modèle.',
  'validation.templateNameLength': 'Le nom d’un modèle peut compter au plus 80 caractères.',
  'validation.linkText': 'Le lien doit être du texte.',
  'validation.linkLength': 'Le lien peut compter au plus 2048 caractères.',
  'validation.link': 'Le lien doit commencer par http:// ou https:// et ne contenir aucune espace.',
  'validation.templateAutoOpen': '« Ouvrir automatiquement » doit être « never », « ring » ou « answer ».',
  'validation.templatesMax': 'Gardez au plus 20 modèles CRM.',
  'validation.templateIdTwice': 'Un autre modèle utilise déjà l’identifiant « {id} ».',
  'validation.countryText': 'Le pays par défaut doit être un code de deux lettres, par exemple FR ou GB.',
  'validation.country':
    'Le pays par défaut doit être un code de deux lettres majuscules, par exemple FR ou GB.',
  'validation.notValid': 'Cette valeur n’est pas valable ici.',
  'validation.locked':
    'Votre administrateur a défini ce réglage pour tous les utilisateurs de cet ordinateur ({path}) ; il ne peut pas être modifié ici.',
  'validation.lockedSummary':
    '{count, plural, one {Un réglage ne peut pas être modifié : {detail}} other {# réglages ne peuvent pas être modifiés : {detail}}}',
  'settingsFile.notJson':
    'Ce fichier n’est pas un fichier de paramètres : ce n’est pas du JSON valide. Rien n’a été modifié.',
  'settingsFile.noSettings':
    'Ce fichier n’est pas un fichier de paramètres : il ne contient aucun paramètre. Rien n’a été modifié.',
  'settingsFile.otherFormat':
    'Ce fichier n’est pas un fichier de paramètres d’iSymphony Companion. Rien n’a été modifié.',
  'settingsFile.empty': 'Ce fichier ne contient aucun paramètre. Rien n’a été modifié.',
  'settingsFile.oneInvalid':
    'Le fichier n’a pas été importé : {path, select, none {} other {{path} : }}{detail} Rien n’a été modifié.',
  'settingsFile.someInvalid':
    'Le fichier n’a pas été importé : {count, plural, one {# paramètre qu’il contient n’est pas valable} other {# paramètres qu’il contient ne sont pas valables}} (voir la liste ci-dessous). Rien n’a été modifié.',
  'settingsFile.noDialogImport':
    'Cette application ne peut pas afficher de boîte de dialogue de fichier ici ; les paramètres ne peuvent donc pas être importés.',
  'settingsFile.noDialogExport':
    'Cette application ne peut pas afficher de boîte de dialogue de fichier ici ; les paramètres ne peuvent donc pas être exportés.',
  'settingsFile.notAFile': '{file} n’est pas un fichier. Rien n’a été modifié.',
  'settingsFile.tooLarge':
    '{file} est trop volumineux pour être un fichier de paramètres. Rien n’a été modifié.',
  'settingsFile.unreadable': '{file} n’a pas pu être lu ({code}). Rien n’a été modifié.',
  'settingsFile.writeFailed':
    'Les paramètres n’ont pas pu être écrits dans {file} ({code}). Choisissez un autre dossier.',
  'settingsFile.importTitle': 'Importer des paramètres',
  'settingsFile.exportTitle': 'Exporter les paramètres',
  'settingsFile.filterJson': 'Paramètres (JSON)',
};
