#!/usr/bin/env node
// Blind judging of the summary's places, timeline and numbers across two builds: writes, per text,
// the clean text and the union of both facts packets' entries (scripts/facts-packet.mjs), deduplicated by
// id and sorted by it, so a judge cannot tell which build gave an entry. Outside the repo.
//   node scripts/facts-union.mjs <before-packet> <after-packet> <out-folder>
import fs from 'node:fs';
const [A, B, OUT] = process.argv.slice(2);
fs.mkdirSync(OUT, { recursive: true });
let n = 0;
for (const f of fs.readdirSync(A).filter((f) => f.endsWith('.facts.json'))) {
  const a = JSON.parse(fs.readFileSync(`${A}/${f}`, 'utf8')); const b = JSON.parse(fs.readFileSync(`${B}/${f}`, 'utf8'));
  const md = fs.readFileSync(`${A}/${f.replace('.facts.json', '.md')}`, 'utf8');
  const text = md.split('\n## Places')[0];
  const out = [text, ''];
  for (const [list, fmt] of [['places', (e) => e.name], ['timeline', (e) => `${e.date} — ${e.event}`], ['numbers', (e) => `${e.value} — ${e.what}`]]) {
    const m = new Map(); for (const e of [...a[list], ...b[list]]) m.set(e.id, e);
    const es = [...m.values()].sort((x, y) => x.id.localeCompare(y.id));
    out.push(`## ${list} (${es.length} entries to judge)`, '');
    for (const e of es) { out.push(`- [${list} ${e.id}] ${fmt(e)}`); n++; }
    out.push('');
  }
  fs.writeFileSync(`${OUT}/${f.replace('.facts.json', '.md')}`, out.join('\n'));
}
console.log(n, 'entries');
