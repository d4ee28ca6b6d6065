/**
 * Notification text per platform. Linux notification servers read a subset of HTML in the body,
 * so caller-ID text typed by a stranger must have `&`, `<`, `>` escaped there. The title is plain
 * text in the Desktop Notifications spec: escaping it would show people `Ada &amp; Co`.
 */

export function escapeNotificationMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function notificationText(
  notice: { readonly title: string; readonly body: string },
  platform: NodeJS.Platform,
): { title: string; body: string } {
  if (platform !== 'linux') return { title: notice.title, body: notice.body };
  return { title: notice.title, body: escapeNotificationMarkup(notice.body) };
}
