#!/usr/bin/env node
// Top-10 acceptance of a judging packet (scripts/judge-packet.mjs) per judge, from that judge's
// label files: a judge's later files label the cards that were new in a later build, so one
// judge's view of any build is the union of its files. Cards no file labels are counted as
// unknown, never guessed (so is a choice card judged with other options, when a file is given with
// its packet: scripts/lib/judge-labels.mjs). By dev set, by kind, and the commonest rejection reasons.
//   node scripts/judge-estimate.mjs <packet-folder> <name>:<labels.json>[@<judged-packet>][,…] …
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLabels, verdictFor } from './lib/judge-labels.mjs';

const [packet, ...judges] = process.argv.slice(2);
if (!packet || judges.length === 0) {
  console.error('usage: node scripts/judge-estimate.mjs <packet-folder> <name>:<labels.json>[@<judged-packet>][,…] …');
  process.exit(2);
}
const topTen = readdirSync(packet)
  .filter((f) => f.endsWith('.cards.json'))
  .sort()
  .flatMap((f) => {
    const { key, cards } = JSON.parse(readFileSync(join(packet, f), 'utf8'));
    return cards.slice(0, 10).map((c) => ({ key, id: c.id, kind: c.kind, card: c }));
  });
const pct = (a, n) => `${a}/${n} ${n ? ((100 * a) / n).toFixed(1) : '—'}%`;
console.log(`${packet}: ${topTen.length} top-10 cards`);
for (const spec of judges) {
  const [name, files] = spec.split(':');
  const labels = loadLabels(files.split(','));
  const known = topTen.map((c) => ({ ...c, v: verdictFor(labels, c.key, c.card) })).filter((c) => c.v);
  const accepted = (xs) => xs.filter((c) => c.v.verdict === 'ACCEPT').length;
  console.log(`  judge ${name}: ${pct(accepted(known), known.length)} (unknown ${topTen.length - known.length})`);
  const groups = new Map();
  for (const c of known) for (const g of [`set ${c.key.split('-')[0]}`, `kind ${c.kind}`]) groups.set(g, [...(groups.get(g) ?? []), c]);
  console.log(`    ${[...groups].sort(([a], [b]) => a.localeCompare(b)).map(([g, xs]) => `${g} ${pct(accepted(xs), xs.length)}`).join(', ')}`);
  const reasons = new Map();
  for (const c of known) if (c.v.verdict === 'REJECT') for (const r of c.v.reasons ?? []) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  console.log(`    reasons: ${[...reasons].sort((a, b) => b[1] - a[1]).slice(0, 7).map(([r, n]) => `${r} ${n}`).join(', ')}`);
}
