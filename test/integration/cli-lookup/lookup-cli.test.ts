/**
 * `lookup` and `watch --phonebook`, run as the built command line in a child process: phonebook
 * files on disk, told apart by content; `watch` against the demo server on 127.0.0.1.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../../src-main/demo-server';
import { assertBuiltCliIsFresh, runBuiltCli, startBuiltCli, watchArgs } from '../../support/built-cli';
import type { CliResult } from '../../support/cli-io';
import { cleanupsAfterEach } from '../../support/cleanup';
import { eventually } from '../../support/eventually';

const cleanups = cleanupsAfterEach();
let dir = '';

beforeAll(async () => {
  assertBuiltCliIsFresh();
  dir = await mkdtemp(join(tmpdir(), 'lookup-cli-'));
  return () => rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

// Named .txt on purpose: the format is read from the content, not the name.
const csv = () => file('people.txt', 'Name;Firma;Telefon\nAda Lovelace;Analytical Engines;020 7946 0018\n');
const vcard = () =>
  file(
    'cards.txt',
    'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace <b>Hopper</b>\u202E\r\nORG:Navy\r\nTEL;VALUE=uri:tel:+1-212-555-0100\r\nEND:VCARD\r\n',
  );

const lookup = (...args: string[]): Promise<CliResult> => runBuiltCli(['lookup', ...args]);

describe('isymphony-companion lookup (built)', () => {
  it('names a caller from a CSV phonebook, reading the national number with --country', async () => {
    const result = await lookup('+44 20 7946 0018', '--phonebook', await csv(), '--country', 'GB');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      number: '+44 20 7946 0018',
      kind: 'found',
      source: 'phonebook',
      name: 'Ada Lovelace',
      company: 'Analytical Engines',
      recordUrl: null,
      match: 'e164',
    });
  });

  it('reads several phonebooks of either format; hostile text comes out escaped to printable ASCII, unchanged', async () => {
    const result = await lookup(
      '0012125550100',
      '--phonebook',
      await csv(),
      '--phonebook',
      await vcard(),
      '--country',
      'GB',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[\x20-\x7e]*\n$/);
    expect(JSON.parse(result.stdout)).toMatchObject({
      source: 'phonebook',
      name: 'Grace <b>Hopper</b>\u202E',
      company: 'Navy',
    });
  });

  it('falls back on the PBX name, then says why nothing named the caller (exit 1)', async () => {
    const pbx = await lookup(
      '+33 1 23 45 67 89',
      '--phonebook',
      await csv(),
      '--pbx-name',
      'WIRELESS CALLER',
    );
    expect([pbx.code, JSON.parse(pbx.stdout)]).toEqual([
      0,
      expect.objectContaining({ source: 'pbx', name: 'WIRELESS CALLER' }),
    ]);
    const none = await lookup('+33 1 23 45 67 89', '--phonebook', await csv());
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)).toMatchObject({ kind: 'none', reason: { code: 'not-found' } });
  });

  it('refuses a missing file, a broken file and a wrong country in plain words (exit 2)', async () => {
    const missing = await lookup('123', '--phonebook', join(dir, 'nope.csv'));
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('nope.csv: cannot read it (no such file)');
    const broken = await lookup(
      '123',
      '--phonebook',
      await file('broken.vcf', 'BEGIN:VCARD\nnot a line\nEND:VCARD\n'),
    );
    expect(broken.stderr).toContain('could not be read as vCard');
    expect(broken.code).toBe(2);
    const country = await lookup('123', '--country', 'XX');
    expect(country).toMatchObject({ code: 2, stderr: expect.stringContaining('--country') });
    expect((await lookup()).code).toBe(2);
  });
});

describe('isymphony-companion watch --phonebook (built)', () => {
  it('adds a lookup object to the call lines of a caller in the phonebook, and none to a stranger', async () => {
    const password = 'Lookup-watch-pw-1!';
    const server = await startDemoServer({ username: 'manager', password });
    cleanups.push(() => server.stop());
    const phonebook = await file(
      'watch.csv',
      'Name,Company,Phone\nAda Lovelace,Analytical Engines,020 7946 0018\n',
    );
    const watch = startBuiltCli(watchArgs(server.port, '--phonebook', phonebook, '--country', 'GB'), {
      ISYMPHONY_PASSWORD: password,
    });
    cleanups.push(async () => void (await watch.stop('SIGKILL')));
    await watch.waitForLine((l) => l.state === 'live', 'the live line', 30_000);
    await eventually(() => server.clients().some((c) => c.filters.length > 0), 'the filter');

    await server.scenarios.inboundAnswered({
      to: '4224',
      from: { name: 'WIRELESS CALLER', number: '+442079460018' },
    });
    const known = await watch.waitForLine((l) => l.kind === 'call' && l.pop === true, 'the pop line', 30_000);
    expect(known.value).toMatchObject({
      callerNumber: '+442079460018',
      lookup: {
        source: 'phonebook',
        name: 'Ada Lovelace',
        company: 'Analytical Engines',
        recordUrl: null,
        match: 'e164',
      },
    });
    const ended = await watch.waitForLine(
      (l) => l.kind === 'call' && l.state === 'ended',
      'the end line',
      30_000,
    );
    expect(ended.value).toHaveProperty('lookup.name', 'Ada Lovelace');

    await server.scenarios.inboundAnswered({ to: '4224', from: { name: null, number: '+12125550100' } });
    const stranger = await watch.waitForLine(
      (l) => l.kind === 'call' && l.pop === true && l.callerNumber === '+12125550100',
      'the stranger pop line',
      30_000,
    );
    expect(stranger.value).not.toHaveProperty('lookup');
  }, 90_000);
});
