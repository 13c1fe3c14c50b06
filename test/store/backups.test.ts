import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFileDurably } from '../../src/host/store/durable-file.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backUp, backupsToKeep, KEEP_DAYS, KEEP_RECENT } from '../../src/host/store/backups.js';
import { tempDir } from '../helpers/temp-home.js';

function nameAt(iso: string, seq: number): string {
  return `${iso.replace(/[-:]/g, '').replace('.', '')}-${String(seq).padStart(6, '0')}-1.json`;
}

describe('rolling backup policy', () => {
  const now = new Date('2026-11-30T12:00:00.000Z');

  it('keeps the newest ten versions of a file', () => {
    const names = Array.from({ length: 25 }, (_, i) => nameAt(`2026-11-30T11:${String(i).padStart(2, '0')}:00.000Z`, i));
    const keep = backupsToKeep(names, now);
    expect(keep.size).toBe(KEEP_RECENT);
    expect([...keep].sort()).toEqual(names.slice(-KEEP_RECENT));
  });

  it('also keeps the newest version of each of the last seven days, and none older', () => {
    const names: string[] = [];
    for (let day = 1; day <= 29; day++) {
      names.push(nameAt(`2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`, day * 2));
      names.push(nameAt(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`, day * 2 + 1));
    }
    for (let i = 0; i < 12; i++) names.push(nameAt(`2026-11-30T10:${String(i).padStart(2, '0')}:00.000Z`, 100 + i));
    const keep = backupsToKeep(names, now);
    const daily = [...keep].filter((n) => !n.startsWith('20261130T10'));
    // The last 7 days before "now" (Nov 23 … Nov 29), newest of each day.
    expect(daily.sort()).toEqual(
      Array.from({ length: KEEP_DAYS }, (_, i) => nameAt(`2026-11-${23 + i}T09:00:00.000Z`, (23 + i) * 2 + 1)),
    );
    expect(keep.size).toBe(KEEP_RECENT + KEEP_DAYS);
  });
});

describe('backUp', () => {
  it('keeps the previous version of a file and prunes beyond the policy', () => {
    const dir = tempDir();
    const file = join(dir, 'meta.json');
    const backups = join(dir, 'backups');
    // Store files are replaced by rename, never rewritten in place: the hard-linked backups
    // keep their content only because of that.
    for (let i = 0; i < 16; i++) writeFileDurably(file, `{"v":${i}}`, () => backUp(file, backups));
    const names = readdirSync(backups).sort();
    // 10 recent; today's newest is among them.
    expect(names).toHaveLength(KEEP_RECENT);
    expect(readFileSync(join(backups, names.at(-1)!), 'utf8')).toBe('{"v":14}');
    expect(readFileSync(join(backups, names[0]!), 'utf8')).toBe('{"v":5}');
  });

  it('does nothing for a file that does not exist yet', () => {
    const dir = tempDir();
    backUp(join(dir, 'missing.json'), join(dir, 'backups'));
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
