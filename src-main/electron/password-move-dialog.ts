/**
 * The native question "may the stored password go to this other server?", shown by main itself:
 * no page can answer it, and a page that saves settings cannot make the password follow them. The
 * safe answer is the default and the one Escape or closing the dialog gives.
 */
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { PasswordMoveConfirmer } from '../app/ports';

export interface PasswordMoveDialogOptions {
  /** `dialog.showMessageBox` (no parent: it must show even while every window is hidden). */
  readonly showMessageBox: (options: MessageBoxOptions) => Promise<MessageBoxReturnValue>;
}

const SEND = 0;
const DONT_SEND = 1;

export function passwordMoveDialogOptions(fromServer: string, toServer: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Use the stored password for another server?',
    message: `Send your manager password to ${toServer}?`,
    detail:
      `The password stored in the keychain was entered for ${fromServer}. The settings now name ` +
      `${toServer}. Only allow this if you trust that server: it will receive the password when the ` +
      `app connects. Otherwise the password is removed and you enter it again for the new server.`,
    buttons: [`Use it for ${toServer}`, 'Remove it; I will enter it again'],
    defaultId: DONT_SEND,
    cancelId: DONT_SEND,
    noLink: true,
  };
}

export function createPasswordMoveDialog(options: PasswordMoveDialogOptions): PasswordMoveConfirmer {
  return {
    async confirmPasswordMove(fromServer, toServer) {
      try {
        const answer = await options.showMessageBox(passwordMoveDialogOptions(fromServer, toServer));
        return answer.response === SEND;
      } catch {
        // No dialog, no consent.
        return false;
      }
    },
  };
}
