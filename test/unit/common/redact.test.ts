/**
 * The log scrubber over arbitrary passwords (fast-check, seeded: REDACT_SEED replays a run): it
 * never throws, never lets the password out in any of its forms where it stands as a value, and
 * leaves ordinary words alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactingLogger, type Logger } from '../../../src-main/common/log';
import { REDACTED, redactor } from '../../../src-main/common/redact';
import { seedFrom } from '../../support/random';

const seed = seedFrom('REDACT_SEED', 20261202);
const runs = { seed, numRuns: 400 };

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Every way the password could be read back out of a line. */
function formsOf(password: string): string[] {
  return [
    password,
    b64(password),
    b64(`manager:${password}`),
    encodeURIComponent(password),
    JSON.stringify(password).slice(1, -1),
  ];
}

/** One log entry as a line, the way streamLogger writes it (without the time). */
function capture(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      log: (level, message, fields) => lines.push(`${level} ${message} ${JSON.stringify(fields ?? {})}`),
    },
  };
}

const password = fc.oneof(
  fc.string({ minLength: 1, maxLength: 24 }),
  fc.string({ minLength: 1, maxLength: 24, unit: 'binary' }),
  fc.string({
    minLength: 1,
    maxLength: 6,
    unit: fc.constantFrom('"', '\\', ':', '@', '%', '+', '=', ' ', 'a', '1'),
  }),
  fc.constantFrom('demo', 'true', 'false', 'null', '1', '0', '"', '\\', '{}', 'e', ' ', '%', 'a b', '[]'),
);

const benignWords = fc.array(
  fc.constantFrom('connecting', 'to', 'server', 'listening', 'live', 'demo', 'retry'),
  {
    maxLength: 5,
  },
);

/** Where a password may stand as a value: fields, headers, URLs, bodies, and the message's value positions. */
function placed(p: string) {
  const url = `ws://manager:${encodeURIComponent(p)}@127.0.0.1:58080/communication_manager/ws/event`;
  return {
    fields: {
      password: p,
      nested: { list: [p], deeper: [{ value: p }] },
      url,
      urlObject: new URL(url),
      authorization: `Basic ${b64(`manager:${p}`)}`,
      query: `user=manager&password=${encodeURIComponent(p)}`,
      body: JSON.stringify({ username: 'manager', password: p }),
      token: b64(p),
      error: new Error(`refused for ${url}`),
    },
    messages: [
      `connecting to ${url}`,
      `sending Authorization: Basic ${b64(`manager:${p}`)}`,
      `password=${p}`,
    ],
  };
}

describe('the log scrubber', () => {
  it('never throws, whatever the password and whatever is logged', () => {
    fc.assert(
      fc.property(password, fc.string(), fc.jsonValue(), fc.anything(), (p, message, json, anything) => {
        const { logger, lines } = capture();
        const scrubbing = redactingLogger(logger, () => [p]);
        scrubbing.log('info', message, { json, anything, p });
        scrubbing.log('warn', p, { [p]: p });
        expect(lines).toHaveLength(2);
      }),
      runs,
    );
  });

  it('never lets the password out where it stands as a value: plain, base64, URL-encoded or JSON-escaped', () => {
    fc.assert(
      fc.property(password, benignWords, (p, words) => {
        const where = placed(p);
        const sentence = words.join(' ');
        // The line a perfect scrubber would write; if that shows the password anyway (p = "to"), skip.
        const { logger: ideal, lines: idealLines } = capture();
        ideal.log('info', `${sentence} ${REDACTED}`, {
          words,
          ...Object.fromEntries(Object.keys(where.fields).map((k) => [k, REDACTED])),
        });
        const outside = (line: string) => line.split(REDACTED).join('\u0000');
        fc.pre(!formsOf(p).some((form) => outside(idealLines[0]!).includes(form)));

        const { logger, lines } = capture();
        const scrubbing = redactingLogger(logger, () => [p]);
        for (const message of where.messages)
          scrubbing.log('info', `${sentence} ${message}`, { words, ...where.fields });
        for (const line of lines) {
          for (const form of formsOf(p))
            expect(outside(line), `${JSON.stringify(form)} in ${line}`).not.toContain(form);
        }
      }),
      runs,
    );
  });

  it('leaves ordinary words alone, even a word equal to a short password ("demo server listening")', () => {
    fc.assert(
      fc.property(benignWords, fc.constantFrom('demo', 'server', 'to', 'live'), (words, p) => {
        const message = [...words, p, 'listening'].join(' ');
        const { logger, lines } = capture();
        redactingLogger(logger, () => [p]).log('info', message);
        expect(lines).toEqual([`info ${message} {}`]);
      }),
      runs,
    );
  });

  it('replaces only the words that show a long password, wherever it stands', () => {
    const p = 'correct horse battery';
    expect(redactor([p]).text(`said correct horse battery staple, twice`)).toBe(
      `said ${REDACTED} staple, twice`,
    );
    expect(redactor(['Sup3r-secret']).text('key=xSup3r-secretx and more')).toBe(`${REDACTED} and more`);
  });

  it('keeps field values that do not show the password, and their types', () => {
    const scrub = redactor(['true']);
    expect(scrub.fields({ ok: true, count: 3, name: 'demo-server', list: ['true', 'no'] })).toEqual({
      ok: REDACTED,
      count: 3,
      name: 'demo-server',
      list: [REDACTED, 'no'],
    });
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(redactor(['x']).fields(cyclic)).toEqual({ a: 1, self: '[circular]' });
  });
});
