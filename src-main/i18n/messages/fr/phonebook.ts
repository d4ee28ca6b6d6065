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
};
