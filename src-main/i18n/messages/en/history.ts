/** English: the history list, its rows' menu and the missed section (the list's older keys stay in `screens.ts`). */
export const history = {
  'history.missed': 'Missed',
  'history.reading': 'Reading the history…',
  'history.noMatchYet': 'No calls match yet.',
  'history.readingOlder': '{count, plural, one {# call} other {# calls}} so far — still reading older ones',
  'history.searchingRecent':
    '{count, plural, one {Searching the last call} other {Searching the last # calls}} — still reading older ones',
  'history.actions': 'Actions',
  'history.actionsFor': 'Actions for {who}',
  'history.action.openCrm': 'Open CRM',
  'history.action.copyNumber': 'Copy number',
  'history.action.callBack': 'Call back',
  'history.action.addToPhonebook': 'Add to phonebook',
  'history.copied': 'Copied',
  'history.rang': 'Rang {duration}',
  'history.whoFrom': '{who}, {source}',
} satisfies Record<string, string>;
