import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';
import { createPasswordMoveDialog } from '../../../src-main/electron/password-move-dialog';

const FROM = 'ws://manager@pbx.example.com:58080';
const TO = 'ws://manager@pbx.example.com:58081';

function dialog(response: number | Error) {
  const shown: MessageBoxOptions[] = [];
  const confirmer = createPasswordMoveDialog({
    showMessageBox: async (options) => {
      shown.push(options);
      if (response instanceof Error) throw response;
      return { response, checkboxChecked: false } satisfies MessageBoxReturnValue;
    },
  });
  return { shown, confirmer };
}

describe('the password move dialog (shown by main)', () => {
  it('names the old and the new server, and makes "do not send" the default and the cancel answer', async () => {
    const { shown, confirmer } = dialog(1);
    expect(await confirmer.confirmPasswordMove(FROM, TO)).toBe(false);
    const options = shown[0]!;
    expect(`${options.message} ${options.detail}`).toContain(FROM);
    expect(`${options.message} ${options.detail}`).toContain(TO);
    expect(options.buttons).toHaveLength(2);
    expect(options.defaultId).toBe(1);
    expect(options.cancelId).toBe(1);
  });

  it('confirms only on the explicit first button', async () => {
    expect(await dialog(0).confirmer.confirmPasswordMove(FROM, TO)).toBe(true);
    expect(await dialog(2).confirmer.confirmPasswordMove(FROM, TO)).toBe(false);
  });

  it('treats a dialog that fails as a no', async () => {
    expect(await dialog(new Error('no display')).confirmer.confirmPasswordMove(FROM, TO)).toBe(false);
  });
});
