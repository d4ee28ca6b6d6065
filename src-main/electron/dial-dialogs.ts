/**
 * What dialling from outside a window shows: the question before a number from the clipboard is
 * dialled (a native dialog main shows itself, so no page can answer it; Escape or closing it is
 * "no"), and a notification saying how a dial went. Only one of each at a time: a new notice
 * replaces the last (and keeps it referenced meanwhile, or its object would be collected).
 */
import type { MessageBoxOptions, MessageBoxReturnValue, NotificationConstructorOptions } from 'electron';
import type { DialingPorts } from '../app/ports';
import type { Logger } from '../common/log';
import { ENGLISH, type LocaleView } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import type { NotificationLike } from './notifications';
import { notificationText } from './notification-text';

const CALL = 0;
const CANCEL = 1;

/** `number` is display-safe and isolated already (the app's ltrNumber). */
export function dialConfirmOptions(number: string, locale: LocaleView = ENGLISH): MessageBoxOptions {
  const say = translatorFor(locale).t;
  return {
    type: 'question',
    title: say('dialog.dialTitle'),
    message: say('dialog.dialQuestion', { number }),
    detail: say('dialog.dialDetail'),
    buttons: [say('dialog.dialCall'), say('dialog.dialCancel')],
    defaultId: CALL,
    cancelId: CANCEL,
    noLink: true,
  };
}

export function createDialConfirm(
  showMessageBox: (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>,
  /** The language chosen when the dialog shows; left out, English. */
  locale: () => LocaleView = () => ENGLISH,
): DialingPorts['confirmDial'] {
  return async (number) => {
    try {
      return (await showMessageBox(dialConfirmOptions(number, locale()))).response === CALL;
    } catch {
      // No dialog, no call.
      return false;
    }
  };
}

export interface DialNoticeOptions {
  readonly createNotification: (options: NotificationConstructorOptions) => NotificationLike;
  readonly isSupported: () => boolean;
  readonly platform: NodeJS.Platform;
  readonly logger: Logger;
}

export function createDialNotices(options: DialNoticeOptions): DialingPorts['say'] {
  let shown: NotificationLike | null = null;
  return (title, body) => {
    if (!options.isSupported()) {
      options.logger.log('info', 'Notifications are not supported; a dial notice was not shown.');
      return;
    }
    shown?.close();
    const text = notificationText({ title, body }, options.platform);
    const notification = options.createNotification({ title: text.title, body: text.body, silent: true });
    shown = notification;
    const forget = () => {
      if (shown === notification) shown = null;
    };
    notification.on('close', forget);
    notification.on('failed', (_event, error) => {
      forget();
      options.logger.log('warn', 'A dial notice could not be shown', { error });
    });
    notification.show();
  };
}
