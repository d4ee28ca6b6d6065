/** English: the phonebook screen's words that came after `screens.ts` (its older keys stay there). */
export const phonebook = {
  'phonebook.name': 'Name',
  'phonebook.save': 'Save',
} satisfies Record<string, string>;
