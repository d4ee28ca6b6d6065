import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assertBuiltCliIsFresh, BUILT_CLI } from '../../support/built-cli';
import { runCliInProcess, type CliResult } from '../../support/cli-io';

const run = (...argv: string[]): Promise<CliResult> => runCliInProcess(argv);

describe('isymphony-companion link (in-process)', () => {
  it('prints the link on stdout and exits 0', async () => {
    const result = await run(
      'link',
      '--template',
      'https://crm.example/search?q={e164}&who={name}&line={did}&ext={extension}',
      '--number',
      '020 7946 0018',
      '--name',
      'Ada & Co',
      '--did',
      '+442079460000',
      '--extension',
      '201',
      '--country',
      'GB',
    );
    expect(result).toEqual({
      code: 0,
      stdout:
        'https://crm.example/search?q=%2B442079460018&who=Ada%20%26%20Co&line=%2B442079460000&ext=201\n',
      stderr: '',
    });
  });

  it('encodes a hostile number instead of letting it add a parameter', async () => {
    const result = await run(
      'link',
      '--template',
      'https://crm.example/?q={number}',
      '--number',
      '1&x=<script>#f',
    );
    expect(result.code).toBe(0);
    const url = new URL(result.stdout.trim());
    expect([...url.searchParams.keys()]).toEqual(['q']);
    expect(url.searchParams.get('q')).toBe('1&x=<script>#f');
  });

  it('prints the reason on stderr and exits 2 for a refused template', async () => {
    const result = await run(
      'link',
      '--template',
      'https://crm.example@evil.example/?q={number}',
      '--number',
      '1',
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^isymphony-companion link: .*"@" before the host/);
  });

  it('refuses an unknown placeholder naming it', async () => {
    const result = await run('link', '--template', 'https://crm.example/?q={phone}');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('{phone}');
  });

  it('refuses a missing template, an unknown option and an unknown country with exit 2', async () => {
    const missing = await run('link', '--number', '1');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--template is required');
    const unknown = await run('link', '--template', 'https://crm.example/', '--colour', 'red');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--colour');
    const country = await run('link', '--template', 'https://crm.example/?n={number}', '--country', 'XX');
    expect(country.code).toBe(2);
    expect(country.stderr).toContain('--country');
  });

  it('prints its options with --help and exits 0', async () => {
    const result = await run('link', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--template');
    expect(result.stdout).toContain('--country');
  });

  it('is listed in the command overview', async () => {
    const result = await run('--help');
    expect(result.stdout).toMatch(/\n {2}link +/);
  });
});

describe('isymphony-companion link (the built process)', () => {
  const exec = promisify(execFile);
  const cli = (...args: string[]) => {
    assertBuiltCliIsFresh();
    return exec(process.execPath, [BUILT_CLI, 'link', ...args]);
  };

  it('prints the link and exits 0, or the reason and exits 2', async () => {
    const good = await cli('--template', 'https://crm.example/c/{e164}', '--number', '+1 202 555 0123');
    expect(good.stdout).toBe('https://crm.example/c/%2B12025550123\n');

    const bad = await cli('--template', 'file:///etc/passwd').then(
      () => null,
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    expect(bad?.code).toBe(2);
    expect(bad?.stdout).toBe('');
    expect(bad?.stderr).toContain('must start with https://');
  });
});
