#!/usr/bin/env node
// Per build, the share of its places, timeline and numbers entries judged OK (and OK or BAD only
// as a duplicate: a union packet shows both builds' tellings of one fact, so the later one may be
// marked a duplicate of the other build's). Labels as scripts/judgements/facts-*.json.
//   node scripts/facts-score.mjs <before-packet> <after-packet> <labels.json> …
import fs from 'node:fs';
const [B, A, ...judges] = process.argv.slice(2);
const ids = (dir) => { const m = {}; for (const f of fs.readdirSync(dir).filter(f=>f.endsWith('.facts.json'))) { const d = JSON.parse(fs.readFileSync(`${dir}/${f}`,'utf8')); for (const l of ['places','timeline','numbers']) for (const e of d[l]) (m[l] ??= new Set()).add(`${d.key}|${e.id}`); } return m; };
const builds = { before: ids(B), after: ids(A) };
for (const jf of judges) {
  const v = new Map(JSON.parse(fs.readFileSync(jf,'utf8')).verdicts.map(x => [`${x.key}|${x.id}`, x]));
  console.log(jf.split('/').pop());
  for (const l of ['places','timeline','numbers']) {
    const row = [];
    for (const [name, b] of Object.entries(builds)) {
      const es = [...(b[l] ?? [])]; const got = es.map(k => v.get(k)).filter(Boolean);
      const ok = got.filter(x => x.verdict === 'OK').length;
      const dupOnly = got.filter(x => x.verdict !== 'OK' && (x.reasons||[]).length === 1 && x.reasons[0] === 'duplicate').length;
      row.push(`${name} ${ok}/${got.length} OK (${(100*ok/got.length).toFixed(0)}%), +${dupOnly} duplicate-only → ${(100*(ok+dupOnly)/got.length).toFixed(0)}%`);
    }
    console.log('  ', l.padEnd(9), row.join('   |   '));
  }
}
