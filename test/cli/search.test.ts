// `lectern search` as ../shared/CLI-CONTRACT.md defines it, run as a real process.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/temp-home.js';

function lectern(home: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'lectern.js'), '--home', home, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('lectern search', () => {
  it('prints the contract JSON, best first', () => {
    const home = join(tempDir(), 'h');
    const { code, out } = lectern(home, ['search', 'risk', 'reduction', '--json']);
    expect(code).toBe(0);
    const results = JSON.parse(out);
    expect(results.length).toBeGreaterThan(0);
    expect(Object.keys(results[0]).sort()).toEqual(['articleId', 'kind', 'paragraph', 'snippet', 'title']);
    expect(results[0]).toMatchObject({ articleId: '48b49f7991c0da8e', kind: 'text' });
    expect(results[0].snippet.toLowerCase()).toContain('risk reduction');
  });

  it('finds an article imported by an earlier command, and needs a query', () => {
    const home = join(tempDir(), 'h');
    lectern(home, ['search', 'x']);
    const src = join(tempDir(), 'a.md');
    writeFileSync(src, '# Salt marshes\n\nSalt marshes store carbon in their peat.\n');
    lectern(home, ['import', src]);
    expect(JSON.parse(lectern(home, ['search', 'peat', '--json']).out)[0].title).toBe('Salt marshes');
    expect(lectern(home, ['search']).code).toBe(2);
  });
});
