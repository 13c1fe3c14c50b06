// Services receive what they use in their constructors (wired once in open-host.ts); none
// reaches through another object for the store, as `library.store` once did everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/temp-home.js';

const SERVICES = join(REPO, 'src', 'host', 'services');
/** Entry scripts of processes of their own: each opens its library, as openHost does. */
const ENTRY_SCRIPTS = new Set(['search-build.ts', 'parse-worker-main.ts']);
/** `x.store` or `f(...).store` for any x but `this`: the store fetched from another object. */
const REACHING = /\b(?!this\b)[A-Za-z_$][\w$]*(?:\([^()]*\))?\??\.store\b/g;

function storeReaches(source: string): string[] {
  return [...source.matchAll(REACHING)].map((m) => m[0]);
}

describe('service wiring', () => {
  it('the check finds a store fetched through another object, and not a service’s own', () => {
    expect(storeReaches('const s = this.library.store.meta(x);')).toEqual(['library.store']);
    expect(storeReaches('new X(Library.open(home).store)')).toEqual(['open(home).store']);
    expect(storeReaches('this.store.meta(x); const a = { ...store.settings() };')).toEqual([]);
  });

  it('no service file reaches through another object for the store', () => {
    const offenders = readdirSync(SERVICES)
      .filter((name) => name.endsWith('.ts') && !ENTRY_SCRIPTS.has(name))
      .flatMap((name) => storeReaches(readFileSync(join(SERVICES, name), 'utf8')).map((hit) => `${name}: ${hit}`));
    expect(offenders).toEqual([]);
  });
});
