import type { phonebook as english } from '../en/phonebook';
import type { Messages } from '../types';

export const phonebook: Messages<typeof english> = {
  'phonebook.deleted': '{who} supprimé.',
  'phonebook.deletedUnnamed': 'Contact supprimé.',
  'phonebook.searchLabel': 'Rechercher des contacts par nom, société ou numéro',
  'phonebook.searchPlaceholder': 'Rechercher un nom, une société ou un numéro',
  'phonebook.add': 'Ajouter un contact',
  'phonebook.importFile': 'Importer un fichier…',
  'phonebook.importedSkipped':
    '{imported, plural, one {# contact importé} other {# contacts importés}}, {skipped, plural, one {# sans numéro ignoré} other {# sans numéro ignorés}}.',
  'phonebook.imported': '{imported, plural, one {# contact importé} other {# contacts importés}}.',
  'phonebook.saved': 'Contact enregistré.',
  'phonebook.contacts': 'Contacts',
  'phonebook.noName': '(sans nom)',
  'phonebook.editWho': 'Modifier {who}',
  'phonebook.edit': 'Modifier',
  'phonebook.deleteWho': 'Supprimer {who}',
  'phonebook.delete': 'Supprimer',
  'phonebook.noMatch': 'Aucun contact ne correspond.',
  'phonebook.empty':
    'Aucun contact pour l’instant. Importez un fichier CSV ou vCard, ou ajoutez des appelants depuis leur fiche.',
  'phonebook.showMore': 'Afficher plus',
  'phonebook.countMatch':
    '{count, plural, one {# contact correspond} other {# contacts correspondent}}, sur {all, number}',
  'phonebook.count': '{count, plural, one {# contact} other {# contacts}}',
  'phonebook.editTitle': 'Modifier le contact',
  'phonebook.company': 'Société',
  'phonebook.numbers': 'Numéros de téléphone, un par ligne',
  'phonebook.import.column': 'Colonne {n}',
  'phonebook.import.none': '(aucune)',
  'phonebook.import.title': 'Importer {file}',
  'phonebook.import.rows':
    '{rows, plural, one {# ligne} other {# lignes}}. Indiquez ce que contient chaque colonne ; l’aperçu montre les premières lignes telles qu’elles seront lues.',
  'phonebook.import.secondName': 'Deuxième colonne de nom (facultatif)',
  'phonebook.import.numbers': 'Numéros de téléphone',
  'phonebook.import.numbersColumn': 'Numéros',
  'phonebook.import.vcardSkipped':
    '{contacts, plural, one {# contact} other {# contacts}} avec un numéro de téléphone ; {skipped} sans numéro seront ignorés.',
  'phonebook.import.vcard':
    '{contacts, plural, one {# contact} other {# contacts}} avec un numéro de téléphone.',
  'phonebook.import.hasContacts': 'L’annuaire contient déjà des contacts',
  'phonebook.import.addThese': 'Les ajouter',
  'phonebook.import.replace': 'Le remplacer par ceux-ci',
  'phonebook.import.import': 'Importer',
  'phonebook.name': 'Nom',
  'phonebook.save': 'Enregistrer',
  'phonebook.refused.noDialog':
    'Cette application ne peut pas afficher de fenêtre de choix de fichier ici ; aucun fichier ne peut donc être importé.',
  'phonebook.refused.notAFile': '{file} n’est pas un fichier.',
  'phonebook.refused.tooLarge': '{file} dépasse {mb} Mo ; divisez-le ou exportez moins de champs.',
  'phonebook.refused.unreadable': '{file} n’a pas pu être lu ({code}).',
  'phonebook.refused.noFilePicked': 'Choisissez d’abord un fichier à importer.',
  'phonebook.refused.wouldBeTooMany':
    'L’annuaire contiendrait plus de {max, number} contacts ; remplacez-le au lieu d’ajouter, ou importez-en moins.',
  'phonebook.refused.full': 'L’annuaire contient {max, number} contacts, son maximum.',
  'phonebook.refused.needsNumber': 'Saisissez au moins un numéro de téléphone.',
  'phonebook.refused.contactGone': 'Ce contact n’est plus dans l’annuaire.',
  'phonebook.refused.noNumber': 'Cet appelant n’a transmis aucun numéro à ajouter.',
  'phonebook.refused.readOnly': 'L’annuaire ne peut pas être modifié : {reason}',
  'phonebook.refused.readOnlyUnread': 'L’annuaire ne peut pas être modifié : son fichier n’a pas pu être lu.',
  'phonebookStore.writeFailed':
    'L’annuaire n’a pas pu être enregistré dans {path} ({code}). Vérifiez qu’il reste de la place sur le disque et que le dossier est accessible en écriture ; la modification est conservée jusqu’à la fermeture de l’application.',
  'phonebookStore.unreadable':
    'L’annuaire {path} n’a pas pu être lu ({code}) ; les appelants n’y sont donc pas recherchés. Vérifiez ses autorisations et redémarrez l’application.',
  'phonebookStore.notJson':
    'Le fichier de l’annuaire était endommagé (ce n’est pas du JSON valide) ; l’annuaire est donc vide.',
  'phonebookStore.noList':
    'Le fichier de l’annuaire était endommagé (il ne contient aucune liste de contacts) ; l’annuaire est donc vide.',
  'phonebookStore.unknownFormat':
    'Le fichier de l’annuaire est dans un format que cette version ne connaît pas ({format}) ; l’annuaire est donc vide.',
  'phonebookStore.setAside':
    '{why} L’ancien fichier a été conservé sous le nom {backup} ; importez-le à nouveau ou restaurez-le.',
  'phonebookStore.notSetAside':
    '{why} Le fichier n’a pas pu être mis de côté ; l’annuaire ne peut donc pas être modifié tant qu’il ne l’est pas : {path}.',
  'phonebookStore.someUnread':
    '{bad, plural, one {# entrée de l’annuaire n’a pas pu être lue et est écartée} other {# entrées de l’annuaire n’ont pas pu être lues et sont écartées}} ; le fichier tel qu’il était est conservé sous le nom {backup}.',
  'phonebookStore.someUnreadNoCopy':
    '{bad, plural, one {# entrée de l’annuaire n’a pas pu être lue} other {# entrées de l’annuaire n’ont pas pu être lues}} et aucune copie du fichier n’a pu être faite ; l’annuaire ne peut donc pas être modifié tant que l’application ne peut pas écrire dans {folder}.',
};
