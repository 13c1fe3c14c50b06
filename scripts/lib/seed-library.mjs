// Writes synthetic articles straight into a library home in the store's own file format (as a
// fast fixture for benchmarks and the 10,000-article tests; the real store then reads them).
// The home must exist already (open it once with the real store first).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const VOCAB = ['reading', 'memory', 'the', 'river', 'council', 'announced', 'a', 'new', 'plan', 'for', 'schools', 'and', 'of', 'in', 'report', 'said'];

export function syntheticWords(n, seed) {
  return Array.from({ length: n }, (_, i) => VOCAB[(i * 7 + seed) % VOCAB.length]).join(' ');
}

export function seedLibrary(home, count, { words = 1000, titlePrefix = 'Article number' } = {}) {
  const ids = [];
  for (let i = 0; i < count; i++) {
    const title = `${titlePrefix} ${i + 1}`;
    const body = `${syntheticWords(words, i)}.`;
    const text = `${title}\n\n${body}`;
    const id = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
    const dir = join(home, 'articles', id);
    mkdirSync(dir, { recursive: true });
    const article = { title, byline: 'Someone', published: '2024-01-01', language: 'en', blocks: [{ type: 'paragraph', text: body }], removed: [], format: 'text', encoding: 'utf-8' };
    writeFileSync(join(dir, 'original.txt'), text);
    writeFileSync(join(dir, 'parsed.json'), JSON.stringify({ schema: 1, article }));
    const meta = {
      schema: 1, id, sourceName: `a${i}.txt`, originalFile: 'original.txt', format: 'text', encoding: 'utf-8', language: 'en',
      byline: 'Someone', published: '2024-01-01', words: words + 3,
      added: new Date(Date.UTC(2024, 0, 1) + (count - i) * 60_000).toISOString(), trashedAt: null,
      state: { title, tags: [], archived: false, favorite: false, progress: 0 },
    };
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
    ids.push(id);
  }
  return ids;
}
