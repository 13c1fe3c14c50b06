#!/usr/bin/env node
// Multiple-choice fairness over every choice card of the dev sets (articles, news, expository):
// where the correct option stands among its four (position 1-4) and its rank among the options
// sorted (by value when all are numbers, else alphabetically), each with a chi-square test
// against uniform, and how often a reader who never read the text would be right by always
// picking the second-smallest, the upper median (third-smallest), the longest option or the odd one
// out by form (scripts/lib/choice-strategies.mjs) (chance: 25%).
// Reported for the tune half, the held-out half and all. Outside `npm test`: the dev set lives
// at <repo>/../shared/devset (or $LECTERN_DEVSET) and is read in place; without it, exits 0.
// Needs the Node build: `npx tsc -p tsconfig.cli.json`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longest, oddOneOut } from './lib/choice-strategies.mjs';
import { devsetDir, loadCore, parseDevText, rawPath, readSplit } from './lib/devset-cards.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = devsetDir(repo);
if (!existsSync(devset)) {
  console.log(`eval-choice-fairness: no dev set at ${devset} (set LECTERN_DEVSET); nothing to measure.`);
  process.exit(0);
}
const core = await loadCore(repo);
if (!core) process.exit(1);
const split = readSplit(repo);

/** The option's numeric value when it is a number, date-year or amount, else NaN. */
const valueOf = (s) => {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(s);
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
};

/** Rank (0 = smallest) of the correct option among the options sorted by value, else alphabetically. */
function rankOf(choices, answer) {
  const numeric = choices.every((c) => Number.isFinite(valueOf(c)));
  const sorted = [...choices].sort((a, b) => (numeric ? valueOf(a) - valueOf(b) : 0) || a.localeCompare(b));
  return { rank: sorted.indexOf(answer), numeric };
}

/** Upper tail of chi-square with k degrees of freedom (k = 3 here), by the series for odd/even k. */
function chiSquareP(x, k) {
  // Regularised upper incomplete gamma Q(k/2, x/2) by series on P.
  const a = k / 2;
  const z = x / 2;
  if (z <= 0) return 1;
  let sum = 1 / a;
  let term = 1 / a;
  for (let n = 1; n < 500; n++) {
    term *= z / (a + n);
    sum += term;
    if (term < sum * 1e-12) break;
  }
  const lnGamma = (v) => {
    const g = [76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2, -0.5395239384953e-5];
    let y = v;
    const t = v + 5.5 - (v + 0.5) * Math.log(v + 5.5);
    let s = 1.000000000190015;
    for (const c of g) s += c / ++y;
    return -t + Math.log((2.5066282746310005 * s) / v);
  };
  const p = Math.exp(Math.log(sum) + a * Math.log(z) - z - lnGamma(a));
  return Math.max(0, 1 - p);
}

function chi(counts) {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return { stat: 0, p: 1 };
  const e = n / counts.length;
  const stat = counts.reduce((s, c) => s + ((c - e) * (c - e)) / e, 0);
  return { stat, p: chiSquareP(stat, counts.length - 1) };
}

const rows = [];
for (const set of ['articles', 'news', 'expository']) {
  for (const [half, names] of Object.entries(split[set])) {
    for (const name of names) {
      const file = rawPath(devset, set, name);
      if (!existsSync(file)) continue;
      const { article } = parseDevText(core, readFileSync(file, 'utf8'));
      for (const c of core.generateCards(article).cards) {
        if (c.kind !== 'choice' || !c.choices) continue;
        const { rank, numeric } = rankOf(c.choices, c.back);
        rows.push({ half, set, numeric, rank, position: c.choices.indexOf(c.back), longest: longest(c.choices, c.back), odd: oddOneOut(c.choices, c.back) });
      }
    }
  }
}

const pct = (a, n) => (n ? `${((100 * a) / n).toFixed(1)}%` : '—');
function report(label, list) {
  const n = list.length;
  const ranks = [0, 0, 0, 0];
  const positions = [0, 0, 0, 0];
  for (const r of list) (ranks[r.rank]++, positions[r.position]++);
  const numeric = list.filter((r) => r.numeric);
  const numRanks = [0, 0, 0, 0];
  for (const r of numeric) numRanks[r.rank]++;
  const rc = chi(ranks);
  const pc = chi(positions);
  const nc = chi(numRanks);
  console.log(`${label}: ${n} choice cards (${numeric.length} numeric)`);
  console.log(`  position of the answer 1-4: ${positions.join(' / ')}  chi² ${pc.stat.toFixed(2)}, p ${pc.p.toFixed(3)}`);
  console.log(`  rank among sorted options:  ${ranks.join(' / ')}  chi² ${rc.stat.toFixed(2)}, p ${rc.p.toFixed(3)}`);
  console.log(`  numeric cards' rank:        ${numRanks.join(' / ')}  chi² ${nc.stat.toFixed(2)}, p ${nc.p.toFixed(3)}`);
  console.log(`  always pick the second-smallest: ${pct(ranks[1], n)} (numeric only ${pct(numRanks[1], numeric.length)}); the upper median (third-smallest): ${pct(ranks[2], n)} (numeric ${pct(numRanks[2], numeric.length)}); the longest: ${pct(list.reduce((a, r) => a + r.longest, 0), n)}; the odd one out: ${pct(list.reduce((a, r) => a + r.odd, 0), n)}  — chance 25%, target ≤ 30%`);
}
report('tune', rows.filter((r) => r.half === 'tune'));
report('heldOut', rows.filter((r) => r.half === 'heldOut'));
report('all', rows);
