import type { problems as english } from '../en/problems';
import type { Messages } from '../types';

export const problems: Messages<typeof english> = {
  'problem.unexpected': 'Une erreur s’est produite : {detail}',
  'problem.waitSeconds': '{seconds, plural, one {# seconde} other {# secondes}}',
  'problem.waitMs': '{ms} ms',
  'problem.timeout':
    'Le serveur {at} n’a pas répondu en {wait} ; vérifiez l’adresse et le port, et qu’aucun pare-feu ne bloque la connexion.',
  'problem.timeoutInTime':
    'Le serveur {at} n’a pas répondu à temps ; vérifiez l’adresse et le port, et qu’aucun pare-feu ne bloque la connexion.',
  'problem.fingerprintMismatch':
    'Le serveur {at} a présenté un certificat différent (SHA-256 {fingerprint}) de celui auquel vous faites confiance ; n’approuvez le nouveau dans les paramètres que si l’administrateur confirme qu’il a été remplacé.',
  'problem.frameTooLarge':
    'Le serveur {at} a envoyé un message dépassant la limite de 1 Mio, cette connexion a donc été fermée ; l’application se reconnecte d’elle-même.',
  'problem.connectionClosed':
    'La connexion à {at} s’est fermée de façon inattendue ; l’application se reconnecte d’elle-même. Si cela se répète, vérifiez le réseau et le serveur.',
  'problem.connectionCutOff':
    'La connexion à {at} a été coupée ; l’application se reconnecte d’elle-même. Si cela se répète, vérifiez le réseau et le serveur.',
  'problem.usernameInvalid':
    'Le nom d’utilisateur du gestionnaire ne peut pas contenir « : » ; corrigez-le dans les paramètres.',
  'problem.heartbeatTimeout':
    'Le serveur {at} ne répond plus (aucune réponse à un ping en {wait}) ; l’application se reconnecte d’elle-même.',
  'problem.dnsFailed':
    'Le nom de serveur « {host} » est introuvable ; vérifiez l’adresse du serveur dans les paramètres et la connexion réseau de cet ordinateur.',
  'problem.connectionRefused':
    'Rien n’accepte de connexion sur {at} ; vérifiez qu’iSymphony y fonctionne et que le port est le bon (58080, ou 55050 avec SSL).',
  'problem.networkUnreachable':
    'Le réseau vers {at} est inaccessible ; vérifiez la connexion réseau de cet ordinateur. L’application se reconnecte dès qu’elle est rétablie.',
  'problem.certificateRejected':
    'Le certificat du serveur {at}{fingerprint, select, none {} other { (SHA-256 {fingerprint})}} n’est pas approuvé ({code, select, unknown {erreur inconnue} other {{code}}}) ; approuvez exactement ce certificat dans les paramètres si l’administrateur confirme son empreinte, ou installez un certificat valide sur le serveur.',
  'problem.connectionFailed':
    'La connexion à {at} a échoué ({code, select, unknown {erreur inconnue} other {{code}}}) ; l’application continue d’essayer, vérifiez donc l’adresse, le port et le réseau.',
  'problem.credentialsRejected':
    'Le serveur {at} a refusé le nom d’utilisateur ou le mot de passe du gestionnaire ; corrigez-les dans les paramètres (il s’agit du compte gestionnaire d’iSymphony, pas de l’identifiant d’un utilisateur).',
  'problem.addressNotAllowed':
    'Le serveur {at} a refusé l’adresse de cet ordinateur{address, select, none {} other { ({address})}}, car elle ne figure pas dans la liste autorisée du fichier security.xml du serveur ; demandez à l’administrateur de l’ajouter.',
  'problem.notFound':
    'Le serveur {at} n’a rien à cet emplacement ; vérifiez le port (58080, ou 55050 avec SSL) et le chemin dans les paramètres.',
  'problem.sslRequired':
    'Le serveur {at} exige SSL ; activez SSL dans les paramètres et utilisez le port 55050.',
  'problem.unexpectedStatus':
    'Le serveur {at} a répondu HTTP {status}, ce que l’application n’attend pas ; vérifiez l’adresse et le port dans les paramètres.',
  'problem.passwordMissing':
    'Aucun mot de passe n’est enregistré pour {account}, l’application ne se connecte donc pas ; saisissez le mot de passe du gestionnaire dans les paramètres.',
  'problem.updateUnreachable':
    'Le serveur de mises à jour est injoignable ; l’application réessaiera plus tard.',
  'problem.updateNoRelease': 'Le serveur de mises à jour ne propose encore aucune version.',
  'problem.updateServerError':
    'Le serveur de mises à jour a répondu par une erreur (HTTP {status}) ; l’application réessaiera plus tard.',
  'problem.updateBadFeed':
    'La description de version du serveur de mises à jour est illisible, rien n’a donc été téléchargé.',
  'problem.updateBadDownload':
    'La mise à jour téléchargée ne correspondait pas à sa somme de contrôle et a été supprimée.',
  'problem.updateFailedBecause': 'La mise à jour a échoué : {detail}',
  'problem.updateFailed': 'La mise à jour a échoué.',
  'problem.updateNotInstalled':
    'Les mises à jour concernent l’application installée ; cette copie s’exécute depuis son dossier de compilation et n’est donc pas mise à jour.',
  'problem.unknownUser':
    'Il n’y a pas d’utilisateur iSymphony « {name} » sur ce serveur ; ses appels ne s’afficheront jamais. Vérifiez « Nom d’utilisateur iSymphony » dans les paramètres.',
  'problem.unknownExtension':
    'Il n’y a pas de poste « {name} » sur ce serveur ; les appels vers ce poste ne s’afficheront jamais. Vérifiez « Postes » dans les paramètres.',
  'problem.identityRestRefused':
    'Impossible de vérifier que l’utilisateur iSymphony et les postes existent sur ce serveur : le serveur a refusé l’API REST Live (HTTP 403) ; la licence iSymphony la restreint, ou le compte gestionnaire n’en a pas l’autorisation. Les appels s’affichent quand même si les noms sont justes.',
  'problem.identityNoCoreServer':
    'Impossible de vérifier que l’utilisateur iSymphony et les postes existent sur ce serveur : l’API REST Live ne connaît pas ce serveur central (HTTP 404) ; vérifiez « Serveur central » dans Paramètres → Serveur → Avancé (en général « default »). Les appels s’affichent quand même si les noms sont justes.',
  'problem.keychainBadAccount':
    'L’entrée du trousseau a besoin d’un nom d’utilisateur de gestionnaire et d’une adresse de serveur.',
  'problem.keychainUnavailableMac':
    'Le trousseau macOS n’a pas pu être utilisé : déverrouillez votre trousseau de session dans Trousseaux d’accès et réessayez, ou choisissez de garder le mot de passe en mémoire jusqu’à la fermeture de l’application.',
  'problem.keychainUnavailableWindows':
    'Le Gestionnaire d’identification Windows n’a pas pu être utilisé : ouvrez une session Windows avec votre propre compte et réessayez, ou choisissez de garder le mot de passe en mémoire jusqu’à la fermeture de l’application.',
  'problem.keychainUnavailableLinux':
    'Aucun trousseau système n’est disponible : installez et démarrez un Secret Service comme GNOME Keyring ou KWallet (sous Debian ou Ubuntu : gnome-keyring et libsecret-1-0) et déverrouillez-le, ou choisissez de garder le mot de passe en mémoire jusqu’à la fermeture de l’application.',
  'problem.keychainRefused':
    'Le trousseau système a refusé {operation, select, get {de lire} set {d’enregistrer} other {de supprimer}} le mot de passe. Réessayez, ou cherchez dans l’application de trousseau une entrée nommée « {service} ».',
  'problem.testOtherServer':
    'Le mot de passe enregistré appartient au serveur enregistré ; pour tester un autre serveur (ou le même sans TLS), saisissez le mot de passe du gestionnaire.',
  'problem.testNoPassword':
    'Aucun mot de passe n’est enregistré pour {account} ; saisissez le mot de passe du gestionnaire pour tester la connexion.',
  'problem.testBusy': 'Un test de connexion est déjà en cours ; attendez son résultat, puis réessayez.',
  'problem.callLinksOff':
    'Les liens d’appel sont désactivés, cette application ne les compose donc pas. Activez « Composer les liens tel:, callto: et sip: avec cette application » dans Paramètres → Général.',
  'problem.noClipboard': 'Il n’y a pas de presse-papiers à lire ici.',
  'problem.shortcutTaken':
    'Le raccourci {accelerator} est déjà utilisé par une autre application ; choisissez-en un autre.',
  'problem.shortcutInvalid': 'Le raccourci {accelerator} n’est pas valide ; choisissez-en un autre.',
  'problem.dialWaiting': 'Un numéro du presse-papiers attend déjà votre réponse.',
  'problem.dialCancelled': 'Non composé : vous avez choisi de ne pas appeler ce numéro.',
  'problem.presenceStopped': 'La présence s’est arrêtée avant que le serveur confirme le nouveau statut.',
  'problem.presenceNotRunning': 'La présence n’est pas active ; connectez-vous d’abord au serveur.',
  'problem.presenceNoUser':
    'Aucun utilisateur iSymphony n’est défini : saisissez d’abord votre nom d’utilisateur iSymphony dans les paramètres.',
  'problem.presenceUnknown':
    'Votre statut actuel n’est pas encore connu : attendez que l’application soit connectée au serveur, puis réessayez.',
  'problem.presenceSuperseded': 'Un statut plus récent a été demandé avant que le serveur confirme celui-ci.',
  'problem.presenceUserChanged': 'L’utilisateur iSymphony a changé avant que le serveur confirme le statut.',
  'problem.presenceNotConfirmed':
    'Le serveur a accepté le nouveau statut mais ne l’a pas confirmé en {seconds} s ; le statut affiché est donc le dernier signalé par le serveur. Réessayez, ou vérifiez-le dans iSymphony.',
  'problem.presenceUnavailable':
    'Votre statut pourra être modifié une fois l’application connectée à votre serveur ; vérifiez d’abord la connexion.',
  'connection.notStarted': 'Pas encore connecté : la connexion démarre avec l’application.',
  'connection.connecting': 'Connexion à {at}.',
  'connection.connectingAgain': 'Nouvelle connexion à {at} (tentative {attempt}).',
  'connection.live': 'Connecté à {at} : les appels s’afficheront dès qu’ils sonnent.',
  'connection.liveWithNotice': 'Connecté à {at} : les appels s’afficheront dès qu’ils sonnent. {notice}',
  'connection.pinnedExpired':
    'Le certificat épinglé a expiré le {day} ; il reste approuvé parce que vous l’avez épinglé, mais renouvelez-le sur le serveur et épinglez le nouveau.',
  'connection.suspended': 'En pause pendant la veille de cet ordinateur : la connexion reprend au réveil.',
  'connection.stopped': 'Déconnecté : relancez la connexion pour recevoir des appels.',
  'connection.appStopped': 'Déconnecté : l’application s’est arrêtée.',
  'connection.noServer':
    'Non connecté : connectez-vous à votre serveur iSymphony dans les paramètres, ou essayez la démo.',
  'connection.demoStarting': 'Démarrage du serveur de démonstration sur cet ordinateur.',
  'validation.hostEmpty': 'Saisissez le nom ou l’adresse IP du serveur.',
  'validation.hostScheme':
    'Saisissez seulement le nom ou l’adresse du serveur, sans « ws:// », « https:// » ni aucun autre schéma.',
  'validation.hostSpaces': 'L’adresse du serveur ne peut pas contenir d’espaces.',
  'validation.hostUser':
    'Ne mettez pas de nom d’utilisateur dans l’adresse du serveur ; le nom d’utilisateur du gestionnaire a son propre champ.',
  'validation.hostPath':
    'Saisissez seulement le nom ou l’adresse du serveur, sans chemin comme « /communication_manager ».',
  'validation.hostPort': 'Saisissez le port dans le champ du port, pas après l’adresse.',
  'validation.hostZone':
    'Les adresses IPv6 avec une zone (comme « %eth0 ») ne sont pas prises en charge ; utilisez plutôt le nom du serveur.',
  'validation.hostIpv6': '« {host} » n’est pas une adresse IPv6 valide.',
  'validation.hostIpv4':
    '« {host} » n’est pas une adresse IPv4 valide : utilisez quatre nombres de 0 à 255, comme 192.168.1.20.',
  'validation.hostName':
    '« {host} » n’est pas un nom de serveur valide : utilisez des lettres, des chiffres et des tirets entre des points, comme pbx.example.com.',
  'validation.port':
    'Le port doit être un nombre entier de 1 à 65535 (iSymphony utilise {plain}, ou {tls} avec SSL).',
  'validation.path':
    'Le chemin doit commencer par « / » et n’utiliser que des lettres, des chiffres et la ponctuation des URL, comme {example}.',
  'validation.usernameEmpty':
    'Saisissez le nom d’utilisateur du gestionnaire (celui du serveur par défaut est « manager »).',
  'validation.usernameColon':
    'Le nom d’utilisateur du gestionnaire ne peut pas contenir « : », car l’authentification Basic s’en sert pour séparer le nom et le mot de passe.',
  'validation.usernameLength':
    'Le nom d’utilisateur du gestionnaire doit compter au plus 256 caractères imprimables.',
  'validation.oneInvalid': 'Un paramètre n’est pas valide : {detail}',
  'validation.someInvalid':
    '{count, plural, one {# paramètre n’est pas valide} other {# paramètres ne sont pas valides}} ; chacun est signalé à côté de son champ.',
  'validation.missing': 'Ce paramètre est manquant. {detail}',
  'validation.secretInFile':
    'Les mots de passe et autres secrets sont conservés dans le trousseau du système, jamais dans le fichier de paramètres.',
  'validation.unknownSetting':
    '« {key} » n’est pas un paramètre connu de cette version d’iSymphony Companion.',
  'validation.unknownEventKind': '« {key} » n’est pas un type d’événement connu de l’application.',
};
