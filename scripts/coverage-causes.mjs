#!/usr/bin/env node
// Why the quiz cards miss the questions of devset/expository (questions.json): for each question
// no card answers (token F1 >= 0.6, as scripts/eval-card-coverage.mjs), the first stage that lost
// it — the answer is not in one sentence, its sentence is not eligible, the sentence is eligible
// but the span is never an answer, the answer is found but makes no gap card, or a draft exists
// but the selection or the quality filter left it out. Counts only, per half of devset-split.json.
// Needs the Node build (`npx tsc -p tsconfig.cli.json`) and the dev set (else exits 0).
//   node scripts/coverage-causes.mjs [tune|heldOut|dev2|test2]   (dev2/test2: devset-split2.json)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { devsetDir, loadCore, parseDevText, rawPath, readSplit } from './lib/devset-cards.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const devset = devsetDir(repo);
const questionsFile = join(devset, 'expository', 'questions.json');
if (!existsSync(questionsFile)) {
  console.log(`coverage-causes: no dev set at ${devset} (set LECTERN_DEVSET); nothing to measure.`);
  process.exit(0);
}
const core = await loadCore(repo);
if (!core) process.exit(1);
const O = (p) => pathToFileURL(join(repo, 'out', 'node', 'core', p)).href;
const { analyzeBlocks } = await import(O('nlp/index.js'));
const { buildContext } = await import(O('cards/context.js'));
const { answersOf } = await import(O('cards/answers.js'));
const { buildGapCards } = await import(O('cards/cloze.js'));
const { buildFormCards } = await import(O('cards/forms.js'));
const { buildQaCards } = await import(O('cards/qa.js'));
const data = JSON.parse(readFileSync(questionsFile, 'utf8')).data;
/** SQuAD's answer normalisation and token F1, as in eval-card-coverage.mjs. */
const normalise = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\b(?:a|an|the)\b/g, ' ').split(/\s+/).filter(Boolean);
function f1(a, b) {
  const x = normalise(a);
  const y = normalise(b);
  if (!x.length || !y.length) return 0;
  const counts = new Map();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let same = 0;
  for (const w of x) if ((counts.get(w) ?? 0) > 0) (same++, counts.set(w, counts.get(w) - 1));
  if (!same) return 0;
  const p = same / x.length;
  const r = same / y.length;
  return (2 * p * r) / (p + r);
}
const half = process.argv[2] || 'tune';
const tally = {};
const names = half === 'dev2' || half === 'test2' ? JSON.parse(readFileSync(join(repo, 'scripts', 'devset-split2.json'), 'utf8')).expository[half] : readSplit(repo).expository[half];
for (const name of names) {
  const entry = data.find((a) => a.title === name);
  const { article } = parseDevText(core, readFileSync(rawPath(devset, 'expository', name), 'utf8'));
  const cards = core.generateCards(article).cards;
  const an = analyzeBlocks(article.blocks);
  const ctx = buildContext(an, article.blocks, article.title);
  // Every draft the rules make, before ranking and selection.
  const drafts = [];
  for (const s of an.sentences) drafts.push(...buildFormCards(ctx, s), ...buildQaCards(ctx, s), ...buildGapCards(ctx, s));
  for (const p of entry.paragraphs) for (const q of p.qas) {
    const ans = q.answers.map((a) => a.text);
    let cause;
    if (ans.some((a) => cards.some((c) => f1(a, c.back) >= 0.6))) cause = 'covered';
    else if (ans.some((a) => drafts.some((d) => f1(a, d.back) >= 0.6))) cause = 'drafted, not selected (floor / one card per sentence / same answer / quality filter)';
    else {
      const sent = an.sentences.find((s) => ans.some((a) => s.text.includes(a)));
      if (!sent) cause = 'answer not verbatim in one sentence (paraphrase / spans sentences)';
      else if (!ctx.eligible(sent)) cause = `sentence ineligible (${sent.text.split(/\s+/).length > 45 ? 'over 45 words' : sent.text.split(/\s+/).length < 8 ? 'under 8 words' : 'other rule'})`;
      else if (ans.some((a) => answersOf(ctx, sent).some((x) => f1(a, x.text) >= 0.6))) cause = 'answer found but no gap card (pronoun subject / context / gives away)';
      else cause = `eligible sentence, span never blanked (${ans[0].split(/\s+/).length === 1 ? 'one-word answer' : 'multi-word answer'})`;
    }
    tally[cause] = (tally[cause] ?? 0) + 1;
  }
}
console.log(half, Object.entries(tally).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${String(v).padStart(4)}  ${k}`).join('\n'));
