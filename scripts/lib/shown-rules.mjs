// The precision study behind `node scripts/train-card-model.mjs --shown`: which rule for how many
// cards to show raises the accepted share of each text's shown cards (top 10) on text the model was
// not trained on. Works on the transfer predictions the training script makes; only tune labels.

/**
 * Candidate rules. Each takes one deck (one text's cards from one judging round, as one generator
 * made them), its cards with `p` (out-of-fold probability) and `v` (the blended ranking value),
 * and returns the cards it keeps, best first, before the top-10 cut. Every rule also keeps the
 * production floor (at most half of the deck dropped), since rankByQuality does.
 */
export function candidateRules(threshold, maxDropped) {
  const floorOf = (n) => Math.ceil(n * (1 - maxDropped));
  const byThreshold = (t) => (deck) => deck.filter((c, i) => c.p >= t || i < floorOf(deck.length));
  const rules = [{ name: `shipped: p ≥ ${threshold}`, keep: byThreshold(threshold) }];
  for (const t of [0.4, 0.5, 0.55, 0.6, 0.65]) rules.push({ name: `(a) p ≥ ${t}`, keep: byThreshold(t) });
  for (const r of [0.5, 0.6, 0.7, 0.8]) {
    rules.push({ name: `(b) p ≥ ${threshold} and ≥ ${r}·best`, keep: (deck) => {
      const best = Math.max(...deck.map((c) => c.p));
      return deck.filter((c, i) => (c.p >= threshold && c.p >= r * best) || i < floorOf(deck.length));
    } });
  }
  for (const [bar, least] of [[0.6, 5], [0.6, 3], [0.7, 5], [0.7, 3]]) {
    rules.push({ name: `(c) cap max(${least}, #p≥${bar})`, keep: (deck) => {
      const kept = byThreshold(threshold)(deck);
      return kept.slice(0, Math.max(least, deck.filter((c) => c.p >= bar).length));
    } });
  }
  // Without the floor, for scale: what the thresholds would do if the model could hide a whole deck.
  for (const t of [0.5, 0.6]) rules.push({ name: `(a') p ≥ ${t}, no floor`, keep: (deck) => deck.filter((c) => c.p >= t) });
  return rules;
}

/**
 * Prints, per transfer scheme and rule: top-10 accepted share, cards shown per deck, share of the
 * baseline's shown accepted cards the rule hides, with 95% bootstrap intervals over texts, and
 * the gain in accepted share over the shipped rule with its interval.
 */
export function shownStudy({ cards, oof, schemes, blend, ruleShare, threshold, maxDropped, samplesOfTexts }) {
  const rules = candidateRules(threshold, maxDropped);
  const pct = (x) => `${(100 * x).toFixed(1)}`;
  const iv = (xs, f = pct) => { const s = xs.filter(Number.isFinite).sort((a, b) => a - b); return `[${f(s[Math.floor(0.025 * s.length)])}, ${f(s[Math.ceil(0.975 * s.length) - 1])}]`; };
  const out = {};
  for (const name of schemes) {
    const p = oof[name];
    // Decks by text: the bootstrap draws a text with all its decks.
    const decksOf = new Map();
    for (const c of cards) {
      const key = `${c.key}\u0000${c.round}`;
      if (!decksOf.has(c.key)) decksOf.set(c.key, new Map());
      const m = decksOf.get(c.key);
      if (!m.has(key)) m.set(key, []);
      m.get(key).push({ c, y: c.y, p: p.get(c), v: blend * p.get(c) + (1 - blend) * ruleShare(c) });
    }
    for (const m of decksOf.values()) for (const d of m.values()) d.sort((a, b) => b.v - a.v);
    // Per text and rule: shown, accepted shown, decks, baseline-accepted hidden.
    const perText = new Map();
    for (const [key, m] of decksOf) {
      perText.set(key, rules.map((rule) => {
        let shown = 0, acc = 0, lost = 0, base = 0, hidden = 0, hiddenAcc = 0;
        for (const deck of m.values()) {
          const s = new Set(rule.keep(deck).slice(0, 10));
          const b = rules[0].keep(deck).slice(0, 10).filter((x) => x.y === 1);
          shown += s.size; acc += [...s].filter((x) => x.y === 1).length;
          base += b.length; lost += b.filter((x) => !s.has(x)).length;
          const h = rules[0].keep(deck).slice(0, 10).filter((x) => !s.has(x));
          hidden += h.length; hiddenAcc += h.filter((x) => x.y === 1).length;
        }
        return { shown, acc, lost, base, hidden, hiddenAcc, decks: m.size };
      }));
    }
    const stat = (keys, j) => {
      const t = { shown: 0, acc: 0, lost: 0, base: 0, hidden: 0, hiddenAcc: 0, decks: 0 };
      for (const k of keys) for (const f of Object.keys(t)) t[f] += perText.get(k)[j][f];
      return { acceptance: t.acc / t.shown, perDeck: t.shown / t.decks, lost: t.lost / Math.max(1, t.base), hiddenAcc: t.hiddenAcc / t.hidden };
    };
    const keys = [...decksOf.keys()];
    const samples = samplesOfTexts(keys);
    console.log(`\n${name} (${keys.length} texts, ${[...decksOf.values()].reduce((s, m) => s + m.size, 0)} decks): accepted % of shown (top 10) · cards shown per deck · % of the shipped rule's shown accepted cards hidden · gain in accepted % over the shipped rule · accepted % of the cards the rule hides (of the shipped rule's shown)`);
    out[name] = rules.map((rule, j) => {
      const all = stat(keys, j), base = stat(keys, 0);
      const boot = samples.map((s) => ({ r: stat(s, j), b: stat(s, 0) }));
      const gain = all.acceptance - base.acceptance;
      const gains = boot.map((x) => x.r.acceptance - x.b.acceptance);
      console.log(`  ${rule.name.padEnd(30)} ${pct(all.acceptance)} ${iv(boot.map((x) => x.r.acceptance))} · ${all.perDeck.toFixed(2)} ${iv(boot.map((x) => x.r.perDeck), (v) => v.toFixed(2))} · lost ${pct(all.lost)} ${iv(boot.map((x) => x.r.lost))} · gain ${gain >= 0 ? '+' : ''}${pct(gain)} ${iv(gains)} · hidden cards ${Number.isFinite(all.hiddenAcc) ? `${pct(all.hiddenAcc)}%` : "—"} accepted`);
      return { rule: rule.name, gain, low: [...gains].sort((a, b) => a - b)[Math.floor(0.025 * gains.length)], lost: all.lost };
    });
  }
  return { rules, out };
}
