/** English: what main says itself (tray menu, notifications, dialogs). Owned by the main-side strings work. */
export const desktop = {
  'tray.noRecentCalls': 'No recent calls',
  'tray.missedCalls': '{count, plural, one {# missed call} other {# missed calls}}',
} satisfies Record<string, string>;
