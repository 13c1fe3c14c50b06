import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempFile, writeFileDurably } from '../../src/host/store/durable-file.js';
import { tempDir } from '../helpers/temp-home.js';

describe('writeFileDurably', () => {
  it('replaces a file whole and leaves no temp file behind', () => {
    const dir = tempDir();
    const path = join(dir, 'a.json');
    writeFileSync(path, 'old');
    writeFileDurably(path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('creates missing folders and writes bytes', () => {
    const dir = tempDir();
    const path = join(dir, 'x', 'y', 'b.bin');
    writeFileDurably(path, new Uint8Array([0, 1, 2, 255]));
    expect([...readFileSync(path)]).toEqual([0, 1, 2, 255]);
  });

  it('runs the before-replace hook while the old file is still in place', () => {
    const dir = tempDir();
    const path = join(dir, 'c.json');
    writeFileSync(path, 'v1');
    let seen = '';
    writeFileDurably(path, 'v2', () => {
      seen = readFileSync(path, 'utf8');
    });
    expect(seen).toBe('v1');
    expect(readFileSync(path, 'utf8')).toBe('v2');
  });

  it('names its temp files so that a sweep can find them', () => {
    expect(isTempFile('.meta.json.123.abcd1234.tmp')).toBe(true);
    expect(isTempFile('meta.json')).toBe(false);
  });
});
