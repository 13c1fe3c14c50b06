// The CLI and the browser shell run on machines without Electron's binary: nothing in the
// compiled Node build may load `electron`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/temp-home.js';

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : path.endsWith('.js') ? [path] : [];
  });
}

describe('the compiled Node build', () => {
  it('never imports electron', () => {
    const files = jsFiles(join(REPO, 'out', 'node'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((file) => /(from\s+['"]electron['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\))/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
