#!/usr/bin/env node
// Scores a judge's verdicts (see scripts/judge-packet.mjs): the accepted share of all cards, of
// each text's top 10 (pooled), per kind and per dev set, and the most common rejection reasons.
// With two files, also their agreement (Cohen's kappa) over the cards both judged.
//   node scripts/judge-score.mjs <labels.json> [<second-labels.json>]
import { readFileSync } from 'node:fs';

const [first, second] = process.argv.slice(2);
if (!first) {
  console.error('usage: node scripts/judge-score.mjs <labels.json> [<second-labels.json>]');
  process.exit(2);
}
const verdictsOf = (file) => JSON.parse(readFileSync(file, 'utf8')).verdicts;
const share = (xs) => (xs.length ? `${xs.filter((v) => v.verdict === 'ACCEPT').length}/${xs.length} (${((100 * xs.filter((v) => v.verdict === 'ACCEPT').length) / xs.length).toFixed(1)}%)` : '—');
// Node 20 has no Object.groupBy.
const group = (xs, key) => {
  const groups = new Map();
  for (const x of xs) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
};

const verdicts = verdictsOf(first);
console.log(`all cards:        ${share(verdicts)}`);
console.log(`top 10 per text:  ${share(verdicts.filter((v) => v.rank <= 10))}`);
for (const [kind, xs] of group(verdicts, (v) => v.kind)) console.log(`  kind ${kind.padEnd(9)} ${share(xs)}`);
for (const [set, xs] of group(verdicts, (v) => v.key.split('-')[0])) console.log(`  set ${set.padEnd(11)} all ${share(xs)}, top 10 ${share(xs.filter((v) => v.rank <= 10))}`);
const reasons = new Map();
for (const v of verdicts) if (v.verdict === 'REJECT') for (const r of v.reasons ?? []) reasons.set(r, (reasons.get(r) ?? 0) + 1);
console.log(`top rejection reasons: ${[...reasons].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([r, n]) => `${r} ${n}`).join(', ')}`);

if (second) {
  const other = new Map(verdictsOf(second).map((v) => [`${v.key}|${v.id}`, v.verdict]));
  const both = verdicts.filter((v) => other.has(`${v.key}|${v.id}`));
  const agree = both.filter((v) => other.get(`${v.key}|${v.id}`) === v.verdict).length;
  const pa = both.filter((v) => v.verdict === 'ACCEPT').length / both.length;
  const pb = both.filter((v) => other.get(`${v.key}|${v.id}`) === 'ACCEPT').length / both.length;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  console.log(`agreement over ${both.length} cards: ${agree} (${((100 * agree) / both.length).toFixed(1)}%), Cohen's kappa ${((agree / both.length - pe) / (1 - pe)).toFixed(2)}`);
}
