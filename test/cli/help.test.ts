// `lectern help [COMMAND]` and `lectern COMMAND --help`: usage on stdout, exit 0, nothing run.
// The full matrix runs in-process through runCli (the bin's own entry); one real process checks
// the bin answers the same.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { REPO, SAMPLES, tempDir } from '../helpers/temp-home.js';

const BIN = join(REPO, 'bin', 'lectern.js');
const COMMANDS = ['import', 'list', 'show', 'quiz', 'summary', 'search', 'serve', 'export', 'import-json', 'help'];

async function run(args: string[]) {
  let out = '';
  let err = '';
  const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t), errIsTty: false, env: {}, cwd: REPO, samplesDir: SAMPLES, rendererDir: join(REPO, 'out', 'renderer') };
  const code = await runCli(args, io);
  return { code, out, err };
}

describe('lectern help', () => {
  it('lists every command', async () => {
    const { code, out, err } = await run(['help']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    for (const command of COMMANDS) expect(out).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('explains each command, the same way as COMMAND --help and -h, without opening a library', async () => {
    const home = join(tempDir(), 'never-made');
    for (const command of COMMANDS) {
      const page = await run(['--home', home, 'help', command]);
      expect({ command, code: page.code, err: page.err }).toEqual({ command, code: 0, err: '' });
      expect(page.out).toMatch(new RegExp(`^usage: lectern ${command}\\b`));
      if (command === 'help') continue;
      expect(await run(['--home', home, command, '--help'])).toEqual(page);
      expect(await run(['--home', home, command, '-h'])).toEqual(page);
      expect(await run(['--home', home, command, 'some-arg', '--help'])).toEqual(page);
    }
    expect(existsSync(home)).toBe(false);
  });

  it('documents --cards on the export page', async () => {
    const { out } = await run(['export', '--help']);
    expect(out).toContain('[--cards kept|all]');
    expect(out).toMatch(/exported N articles as FORMAT \(K files\) with C cards/);
  });

  it('refuses an unknown command with a usage error', async () => {
    const { code, out, err } = await run(['help', 'frobnicate']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^lectern: unknown command "frobnicate"\n/);
  });

  it('answers `export --help` from the compiled bin, on stdout with exit 0', async () => {
    const result = spawnSync(process.execPath, [BIN, 'export', '--help'], { cwd: REPO, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: tempDir('lectern-userhome-') } });
    const page = await run(['help', 'export']);
    expect({ code: result.status, out: result.stdout, err: result.stderr }).toEqual({ code: 0, out: page.out, err: '' });
  }, 60_000);
});
