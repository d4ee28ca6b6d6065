/**
 * Notification text per platform. Linux notification servers read a subset of HTML in the body
 * (and some in the title), so caller-ID text typed by a stranger must have `&`, `<`, `>` escaped there.
 */

export function escapeNotificationMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function notificationText(
  notice: { readonly title: string; readonly body: string },
  platform: NodeJS.Platform,
): { title: string; body: string } {
  if (platform !== 'linux') return { title: notice.title, body: notice.body };
  return { title: escapeNotificationMarkup(notice.title), body: escapeNotificationMarkup(notice.body) };
}
