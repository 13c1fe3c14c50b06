import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.js';
import { HomeLock } from '../../src/host/store/home-lock.js';
import { tempDir } from '../helpers/temp-home.js';

describe('HomeLock', () => {
  it('holds the lock folder while the work runs and removes it after', () => {
    const home = tempDir();
    const lock = new HomeLock(home);
    const during = lock.withLock(() => existsSync(join(home, 'lock', 'owner.json')));
    expect(during).toBe(true);
    expect(existsSync(join(home, 'lock'))).toBe(false);
  });

  it('is re-entrant within one process', () => {
    const lock = new HomeLock(tempDir());
    expect(lock.withLock(() => lock.withLock(() => 42))).toBe(42);
  });

  it('releases the lock when the work throws', () => {
    const home = tempDir();
    const lock = new HomeLock(home);
    expect(() => lock.withLock(() => { throw new Error('boom'); })).toThrow('boom');
    expect(existsSync(join(home, 'lock'))).toBe(false);
  });

  it('breaks a lock whose owner process is dead', async () => {
    const home = tempDir();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((resolve) => child.on('exit', resolve));
    mkdirSync(join(home, 'lock'));
    writeFileSync(join(home, 'lock', 'owner.json'), JSON.stringify({ pid: deadPid, host: hostname(), since: Date.now() }));
    expect(new HomeLock(home, 2_000).withLock(() => 'got it')).toBe('got it');
  });

  it('waits for a live holder and then says the library is busy', () => {
    const home = tempDir();
    mkdirSync(join(home, 'lock'));
    // A live process (the test runner's parent) holds it.
    writeFileSync(join(home, 'lock', 'owner.json'), JSON.stringify({ pid: process.ppid, host: hostname(), since: Date.now() }));
    const lock = new HomeLock(home, 200);
    expect(() => lock.withLock(() => 1)).toThrow(StoreError);
    expect(() => lock.withLock(() => 1)).toThrow(/library is busy/);
  });
});
