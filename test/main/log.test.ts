import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Log, rotationNames } from '../../src/main/log.js';
import { tempDir } from '../helpers/temp-home.js';

describe('the log', () => {
  it('appends one line per event', () => {
    const log = new Log(tempDir());
    log.write('info', 'start 0.1.0\non linux');
    log.write('error', 'renderer gone');
    const lines = readFileSync(join(log.folder, 'lectern.log'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/INFO start 0\.1\.0 on linux$/);
  });

  it('rotates a full file, keeping the last five', () => {
    const log = new Log(tempDir());
    for (let i = 0; i < 7; i++) {
      writeFileSync(join(log.folder, 'lectern.log'), 'x'.repeat(1024 * 1024 + 1));
      log.write('info', `round ${i}`);
    }
    expect(readdirSync(log.folder).sort()).toEqual([...rotationNames()].sort());
  });
});
