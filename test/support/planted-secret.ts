/**
 * A password planted on purpose, for the tests that prove the diagnostics report never carries
 * it: every shape it could be logged in, and every encoding a reader could turn back into it.
 */

/** Every way a password can be written that a reader could turn back into it. */
export function encodingsOf(password: string, manager = 'manager'): string[] {
  return [
    password,
    encodeURIComponent(password),
    JSON.stringify(password).slice(1, -1),
    JSON.stringify(JSON.stringify(password)).slice(1, -1),
    Buffer.from(password).toString('base64'),
    Buffer.from(password).toString('base64').replace(/=+$/, ''),
    Buffer.from(password).toString('base64url'),
    Buffer.from(`${manager}:${password}`).toString('base64'),
  ].filter((form, i, all) => all.indexOf(form) === i);
}

/** Logs the password on purpose, in every shape, as careless code might. */
export function plantEverywhere(
  log: (message: string, fields?: Record<string, unknown>) => void,
  pw: string,
): void {
  const basic = Buffer.from(`manager:${pw}`).toString('base64');
  log(`password is ${pw}`);
  log('login', { password: pw, note: `pw=${pw}` });
  log(`encoded ${encodeURIComponent(pw)} and ${Buffer.from(pw).toString('base64')}`);
  log(`json {"password":${JSON.stringify(pw)}}`);
  log(`Authorization: Basic ${basic}`);
  log('header', { authorization: `Basic ${basic}`, Authorization: `Bearer ${pw}` });
  log(`connecting to ws://manager:${encodeURIComponent(pw)}@pbx.example.com:58080/x`);
  log(`https://manager:${pw}@pbx.example.com/rest?token=${encodeURIComponent(pw)}`);
  log('nested', { deep: { list: [pw, { v: basic }] } });
}
