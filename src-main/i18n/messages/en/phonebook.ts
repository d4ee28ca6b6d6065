/** English: the phonebook screen, its contact editor and its import panel. */
export const phonebook = {
  'phonebook.deleted': '{who} deleted.',
  'phonebook.deletedUnnamed': 'Contact deleted.',
  'phonebook.searchLabel': 'Search contacts by name, company or number',
  'phonebook.searchPlaceholder': 'Search name, company or number',
  'phonebook.add': 'Add contact',
  'phonebook.importFile': 'Import file…',
  'phonebook.importedSkipped':
    '{imported, plural, one {# contact imported} other {# contacts imported}}, {skipped, plural, one {# without a number left out} other {# without a number left out}}.',
  'phonebook.imported': '{imported, plural, one {# contact imported} other {# contacts imported}}.',
  'phonebook.saved': 'Contact saved.',
  'phonebook.contacts': 'Contacts',
  'phonebook.noName': '(no name)',
  'phonebook.editWho': 'Edit {who}',
  'phonebook.edit': 'Edit',
  'phonebook.deleteWho': 'Delete {who}',
  'phonebook.delete': 'Delete',
  'phonebook.noMatch': 'No contacts match.',
  'phonebook.empty': 'No contacts yet. Import a CSV or vCard file, or add callers from their card.',
  'phonebook.showMore': 'Show more',
  'phonebook.countMatch':
    '{count, plural, one {# contact matches} other {# contacts match}}, of {all, number}',
  'phonebook.count': '{count, plural, one {# contact} other {# contacts}}',
  'phonebook.editTitle': 'Edit contact',
  'phonebook.company': 'Company',
  'phonebook.numbers': 'Phone numbers, one per line',
  'phonebook.import.column': 'Column {n}',
  'phonebook.import.none': '(none)',
  'phonebook.import.title': 'Import {file}',
  'phonebook.import.rows':
    '{rows, plural, one {# row} other {# rows}}. Choose which columns hold what; the preview shows the first rows as they will be read.',
  'phonebook.import.secondName': 'Second name column (optional)',
  'phonebook.import.numbers': 'Phone numbers',
  'phonebook.import.numbersColumn': 'Numbers',
  'phonebook.import.vcardSkipped':
    '{contacts, plural, one {# contact} other {# contacts}} with a phone number; {skipped} without one will be left out.',
  'phonebook.import.vcard': '{contacts, plural, one {# contact} other {# contacts}} with a phone number.',
  'phonebook.import.hasContacts': 'The phonebook already has contacts',
  'phonebook.import.addThese': 'Add these to it',
  'phonebook.import.replace': 'Replace it with these',
  'phonebook.import.import': 'Import',
  'phonebook.name': 'Name',
  'phonebook.save': 'Save',
  // Main's refusals of the phonebook screen's requests (app/phonebook.ts).
  'phonebook.refused.noDialog': 'This app cannot show a file dialog here, so files cannot be imported.',
  'phonebook.refused.notAFile': '{file} is not a file.',
  'phonebook.refused.tooLarge': '{file} is larger than {mb} MB; split it or export fewer fields.',
  'phonebook.refused.unreadable': '{file} could not be read ({code}).',
  'phonebook.refused.noFilePicked': 'Choose a file to import first.',
  'phonebook.refused.wouldBeTooMany':
    'The phonebook would hold more than {max, number} contacts; replace it instead of adding, or import fewer.',
  'phonebook.refused.full': 'The phonebook holds {max, number} contacts, its most.',
  'phonebook.refused.needsNumber': 'Enter at least one phone number.',
  'phonebook.refused.contactGone': 'That contact is no longer in the phonebook.',
  'phonebook.refused.noNumber': 'This caller sent no number to add.',
  'phonebook.refused.readOnly': 'The phonebook cannot be changed: {reason}',
  'phonebook.refused.readOnlyUnread': 'The phonebook cannot be changed: its file could not be read.',
  // The phonebook file's notices (storage/phonebook-store.ts); {why} is one of the damage sentences.
  'phonebookStore.writeFailed':
    'The phonebook could not be saved to {path} ({code}). Check that the disk has space and the folder is writable; the change is kept until the app quits.',
  'phonebookStore.unreadable':
    'The phonebook {path} could not be read ({code}), so callers are not looked up in it. Check its permissions and restart the app.',
  'phonebookStore.notJson':
    'The phonebook file was damaged (it is not valid JSON), so the phonebook is empty.',
  'phonebookStore.noList':
    'The phonebook file was damaged (it holds no contact list), so the phonebook is empty.',
  'phonebookStore.unknownFormat':
    'The phonebook file is in a format this version does not know ({format}), so the phonebook is empty.',
  'phonebookStore.setAside': '{why} The old file was kept as {backup}; import it again or restore it.',
  'phonebookStore.notSetAside':
    '{why} The file could not be moved aside, so the phonebook cannot be changed until it is: {path}.',
  'phonebookStore.someUnread':
    '{bad, plural, one {# entry of the phonebook could not be read and is left out} other {# entries of the phonebook could not be read and are left out}}; the file as it was is kept as {backup}.',
  'phonebookStore.someUnreadNoCopy':
    '{bad, plural, one {# entry} other {# entries}} of the phonebook could not be read, and no copy of the file could be made, so the phonebook cannot be changed until the app can write to {folder}.',
} satisfies Record<string, string>;
