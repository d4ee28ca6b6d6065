/**
 * The Notifier: one native notification per call. Each live notification is kept in a map by call
 * id, because a notification object that is garbage-collected loses its click handler.
 */
import type { NotificationConstructorOptions } from 'electron';
import type { Logger } from '../common/log';
import type { Notifier, PopNotice } from '../app/ports';
import { notificationText } from './notification-text';

export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
}

export interface NotifierOptions {
  readonly createNotification: (options: NotificationConstructorOptions) => NotificationLike;
  readonly isSupported: () => boolean;
  readonly platform: NodeJS.Platform;
  readonly onClick: (callId: string) => void;
  readonly logger: Logger;
}

export interface LiveNotifier extends Notifier {
  /** How many notifications are referenced (for tests and diagnostics). */
  liveCount(): number;
}

export function createNotifier(options: NotifierOptions): LiveNotifier {
  const live = new Map<string, NotificationLike>();
  const forget = (callId: string, notification: NotificationLike) => {
    // A replaced notification's late 'close' must not drop its successor.
    if (live.get(callId) === notification) live.delete(callId);
  };
  return {
    show(notice: PopNotice) {
      if (!options.isSupported()) {
        options.logger.log('info', 'Notifications are not supported on this system');
        return;
      }
      const previous = live.get(notice.callId);
      if (previous) {
        live.delete(notice.callId);
        previous.close();
      }
      const text = notificationText(notice, options.platform);
      const notification = options.createNotification({ title: text.title, body: text.body, silent: false });
      live.set(notice.callId, notification);
      notification.on('click', () => {
        forget(notice.callId, notification);
        options.onClick(notice.callId);
      });
      notification.on('close', () => forget(notice.callId, notification));
      notification.on('failed', (_event, error) => {
        forget(notice.callId, notification);
        options.logger.log('warn', 'A notification could not be shown', { error });
      });
      notification.show();
    },
    close(callId: string) {
      const notification = live.get(callId);
      if (!notification) return;
      live.delete(callId);
      notification.close();
    },
    liveCount: () => live.size,
  };
}
