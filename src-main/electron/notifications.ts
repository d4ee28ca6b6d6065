/**
 * The Notifier: one native notification per call. Each live notification is kept in a map by call
 * id, because a notification object that is garbage-collected loses its click handler.
 */
import type { NotificationConstructorOptions } from 'electron';
import type { Logger } from '../common/log';
import { ENGLISH, type LocaleView } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';
import type { MissedNotifier, Notifier, PopNotice } from '../app/ports';
import { notificationText } from './notification-text';

export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'failed', listener: (event: unknown, error: string) => void): unknown;
  /** macOS: a button of `actions` was pressed (its index in the event's details). */
  on(event: 'action', listener: (details: { readonly actionIndex?: number }) => void): unknown;
}

export interface NotifierOptions {
  readonly createNotification: (options: NotificationConstructorOptions) => NotificationLike;
  readonly isSupported: () => boolean;
  readonly platform: NodeJS.Platform;
  readonly onClick: (callId: string) => void;
  /**
   * Whether the app rings its own sound for a pop (Settings → Pops, ring sound); the OS's sound is
   * then kept quiet, so a call is not heard twice. Left out, the OS's sound plays.
   */
  readonly ownRingSound?: () => boolean;
  /** A missed call's notification was clicked: show the call in the main window, with its Call back. */
  readonly onMissedClick?: (callId: string) => void;
  /** Its "Call back" button (macOS: Electron's notification actions are a macOS feature; elsewhere the click). */
  readonly onMissedCallBack?: (callId: string) => void;
  readonly logger: Logger;
  /** The language of the app's own words (the Call back button); left out, English. */
  readonly locale?: () => LocaleView;
}

/** What a missed call's notification asks of the OS: to stay, and a Call back button on macOS. */
export function missedNotificationOptions(
  text: { title: string; body: string },
  platform: NodeJS.Platform,
  locale: LocaleView = ENGLISH,
): NotificationConstructorOptions {
  const callBack = translatorFor(locale).t('notify.callBack');
  return {
    title: text.title,
    body: text.body,
    silent: true,
    // Linux and Windows: it stays until dismissed. macOS: the user's alert style decides.
    timeoutType: 'never',
    ...(platform === 'darwin' ? { actions: [{ type: 'button' as const, text: callBack }] } : {}),
  };
}

export interface LiveNotifier extends Notifier, MissedNotifier {
  /** How many notifications are referenced (for tests and diagnostics). */
  liveCount(): number;
}

export function createNotifier(options: NotifierOptions): LiveNotifier {
  const live = new Map<string, NotificationLike>();
  /** Missed-call notifications, by call id, apart from the pops' (a call can have had both). */
  const missed = new Map<string, NotificationLike>();
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
      const notification = options.createNotification({
        title: text.title,
        body: text.body,
        silent: options.ownRingSound?.() ?? false,
      });
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
    showMissed(notice: PopNotice) {
      if (!options.isSupported()) return;
      const key = notice.callId;
      missed.get(key)?.close();
      missed.delete(key);
      const notification = options.createNotification(
        missedNotificationOptions(
          notificationText(notice, options.platform),
          options.platform,
          options.locale?.() ?? ENGLISH,
        ),
      );
      missed.set(key, notification);
      const forgetMissed = () => {
        if (missed.get(key) === notification) missed.delete(key);
      };
      notification.on('click', () => {
        forgetMissed();
        options.onMissedClick?.(notice.callId);
      });
      notification.on('action', (details) => {
        forgetMissed();
        if ((details?.actionIndex ?? 0) === 0) options.onMissedCallBack?.(notice.callId);
      });
      notification.on('close', forgetMissed);
      notification.on('failed', (_event, error) => {
        forgetMissed();
        options.logger.log('warn', 'A missed-call notification could not be shown', { error });
      });
      notification.show();
    },
    closeMissed(callId: string) {
      const notification = missed.get(callId);
      if (!notification) return;
      missed.delete(callId);
      notification.close();
    },
    liveCount: () => live.size + missed.size,
  };
}
