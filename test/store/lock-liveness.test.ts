// Locking without harm (issue 20, item 10): reads take no lock, so `lectern list` answers while
// another live process holds the write lock; a live holder's lock is never broken however old;
// a lock of another host is broken only when its heartbeat is stale; the web host waits for the
// lock on timers; temp files a killed writer left in article folders are swept at open.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { HomeLock } from '../../src/host/store/home-lock.js';
import { Library } from '../../src/host/services/library.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE_ID = '48b49f7991c0da8e';

/** The lock, as a live process other than this one (the test runner's parent) holds it. */
function holdByLiveProcess(home: string, since = Date.now()): void {
  mkdirSync(join(home, 'lock'));
  writeFileSync(join(home, 'lock', 'owner.json'), JSON.stringify({ pid: process.ppid, host: hostname(), since }));
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('reads while another process writes', () => {
  it('`lectern list` answers at once while a live process holds the write lock', async () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES });
    holdByLiveProcess(home);
    let out = '';
    const io = { out: (t: string) => (out += t), err: () => undefined, errIsTty: false, env: {}, cwd: home, samplesDir: SAMPLES, rendererDir: home };
    // The holder never lets go: had `list` needed the write lock, it would have given up after
    // its wait and failed. No clock is read (timings here are noisy).
    expect(await runCli(['--home', home, 'list'], io)).toBe(0);
    expect(out).toContain(SAMPLE_ID);
    expect(existsSync(join(home, 'lock', 'owner.json'))).toBe(true);
  });

  it('opens an article and its text without the lock', () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES });
    holdByLiveProcess(home);
    const library = Library.open(home);
    expect(library.get(SAMPLE_ID).blocks.length).toBeGreaterThan(3);
  });
});

describe('a live holder', () => {
  it('keeps its lock however long it holds it: a writer waits and says the library is busy', () => {
    const home = tempDir();
    holdByLiveProcess(home, Date.now() - 10 * 60_000);
    utimesSync(join(home, 'lock', 'owner.json'), new Date(Date.now() - 10 * 60_000), new Date(Date.now() - 10 * 60_000));
    expect(() => new HomeLock(home, 300).withLock(() => 1)).toThrow(/library is busy/);
    expect(existsSync(join(home, 'lock', 'owner.json'))).toBe(true);
  });

  it('on another host keeps its lock while its heartbeat is fresh, and loses it once stale', () => {
    const home = tempDir();
    mkdirSync(join(home, 'lock'));
    writeFileSync(join(home, 'lock', 'owner.json'), JSON.stringify({ pid: 1, host: 'elsewhere.invalid', since: Date.now() - 10 * 60_000 }));
    expect(() => new HomeLock(home, 300).withLock(() => 1)).toThrow(/library is busy/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(home, 'lock', 'owner.json'), old, old);
    expect(new HomeLock(home, 300).withLock(() => 'taken')).toBe('taken');
  });

  it('can be waited for without blocking the event loop', async () => {
    const home = tempDir();
    holdByLiveProcess(home);
    const lock = new HomeLock(home, 5_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    setTimeout(() => spawnSync('rm', ['-rf', join(home, 'lock')]), 300);
    const started = Date.now();
    await lock.whenFree();
    clearInterval(timer);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(ticks).toBeGreaterThan(5); // the loop kept turning while it waited
    expect(lock.withLock(() => 'free')).toBe('free');
  });
});

describe('temp files left by a killed writer', () => {
  it('are swept from article folders at open; a live writer’s are kept', async () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES });
    const folder = join(home, 'articles', SAMPLE_ID);
    const dead = `.notes.json.${await deadPid()}.0a1b2c3d.tmp`;
    const live = `.cards.json.${process.ppid}.0a1b2c3d.tmp`;
    writeFileSync(join(folder, dead), '{"half":');
    writeFileSync(join(folder, live), '{"half":');
    writeFileSync(join(home, `.settings.json.${await deadPid()}.ffff0000.tmp`), '{');
    const library = Library.open(home);
    expect(await library.store.swept).toBe(1);
    expect(existsSync(join(folder, dead))).toBe(false);
    expect(existsSync(join(folder, live))).toBe(true);
    expect(library.list().map((a) => a.id)).toEqual([SAMPLE_ID]);
  });
});
