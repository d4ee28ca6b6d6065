/**
 * The native question "may the stored password go to this other server?", shown by main itself:
 * no page can answer it, and a page that saves settings cannot make the password follow them. The
 * safe answer is the default and the one Escape or closing the dialog gives.
 */
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { PasswordMoveConfirmer } from '../app/ports';
import { ENGLISH, type LocaleView } from '../i18n/languages';
import { translatorFor } from '../i18n/translator';

export interface PasswordMoveDialogOptions {
  /** `dialog.showMessageBox` (no parent: it must show even while every window is hidden). */
  readonly showMessageBox: (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;
  /** The language chosen when the dialog shows; left out, English. */
  readonly locale?: () => LocaleView;
}

const SEND = 0;
const DONT_SEND = 1;

export function passwordMoveDialogOptions(
  fromServer: string,
  toServer: string,
  locale: LocaleView = ENGLISH,
): MessageBoxOptions {
  const say = translatorFor(locale).t;
  return {
    type: 'warning',
    title: say('dialog.passwordMoveTitle'),
    message: say('dialog.passwordMoveQuestion', { to: toServer }),
    detail: say('dialog.passwordMoveDetail', { from: fromServer, to: toServer }),
    buttons: [say('dialog.passwordMoveUse', { to: toServer }), say('dialog.passwordMoveRemove')],
    defaultId: DONT_SEND,
    cancelId: DONT_SEND,
    noLink: true,
  };
}

export function createPasswordMoveDialog(options: PasswordMoveDialogOptions): PasswordMoveConfirmer {
  return {
    async confirmPasswordMove(fromServer, toServer) {
      try {
        const answer = await options.showMessageBox(
          passwordMoveDialogOptions(fromServer, toServer, options.locale?.() ?? ENGLISH),
        );
        return answer.response === SEND;
      } catch {
        // No dialog, no consent.
        return false;
      }
    },
  };
}
