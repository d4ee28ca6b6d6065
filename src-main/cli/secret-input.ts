/**
 * Reads a secret from standard input for `store-password`. At a terminal: the prompt on stderr,
 * echo off (raw mode), up to Enter; Backspace works, Ctrl+C or Ctrl+D gives up. Piped: the whole
 * input, capped, so a deployment script can `printf '%s\n' "$PW" | isymphony-companion …`.
 */

/** More than any password; a piped input beyond it is not one. */
const MAX_INPUT = 65_536;

interface Input extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export function readSecretFrom(input: Input, output: { write(text: string): unknown }) {
  return (prompt: string): Promise<string | undefined> =>
    input.isTTY === true && input.setRawMode ? readTyped(input, output, prompt) : readPiped(input);
}

function readPiped(input: Input): Promise<string | undefined> {
  return new Promise((resolve) => {
    let text = '';
    input.setEncoding('utf8');
    const done = (value: string | undefined) => {
      input.removeAllListeners('data');
      input.removeAllListeners('end');
      input.removeAllListeners('error');
      resolve(value);
    };
    input.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_INPUT) {
        input.pause();
        done('\n\n');
      }
    });
    input.once('end', () => done(text));
    input.once('error', () => done(undefined));
  });
}

function readTyped(
  input: Input,
  output: { write(text: string): unknown },
  prompt: string,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    output.write(prompt);
    input.setRawMode?.(true);
    input.setEncoding('utf8');
    input.resume();
    let typed = '';
    const finish = (value: string | undefined) => {
      input.setRawMode?.(false);
      input.pause();
      input.removeListener('data', onData);
      output.write('\n');
      resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(typed);
        if (char === '\u0003' || char === '\u0004') return finish(undefined);
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
        if (typed.length > MAX_INPUT) return finish(undefined);
      }
    };
    input.on('data', onData);
  });
}
