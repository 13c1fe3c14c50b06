import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveLibrary } from '../../src/main/move-library.js';
import { Library } from '../../src/host/services/library.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

describe('moving the library', () => {
  it('moves the library files, leaves Electron’s own files, and the library opens at the new place', () => {
    const userData = tempDir();
    const library = Library.open(userData, { samplesDir: SAMPLES });
    library.setTags(library.list()[0]!.id, ['moved']);
    mkdirSync(join(userData, 'Cache'));
    writeFileSync(join(userData, 'Cache', 'data_0'), 'electron');
    const target = join(tempDir(), 'Library');
    moveLibrary(userData, target);
    expect(existsSync(join(userData, 'articles'))).toBe(false);
    expect(existsSync(join(userData, 'Cache', 'data_0'))).toBe(true);
    expect(Library.open(target).list()[0]?.tags).toEqual(['moved']);
  });

  it('refuses a folder that is not empty, or inside the library, and changes nothing', () => {
    const home = tempDir();
    Library.open(home, { samplesDir: SAMPLES });
    const busy = tempDir();
    writeFileSync(join(busy, 'x.txt'), 'x');
    expect(() => moveLibrary(home, busy)).toThrow(/not empty/);
    expect(() => moveLibrary(home, join(home, 'sub'))).toThrow(/outside the current library/);
    expect(Library.open(home).list()).toHaveLength(1);
  });
});
