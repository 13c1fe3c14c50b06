// Blind verdicts as the judging scripts read them. A card's id names its fact (kind, place and
// answer), not its options, so a choice card whose options a later build changed keeps its id:
// its old verdict judged other options. A label file given as `labels.json@packet-folder` names
// the packet its verdicts were made on (several folders joined by '+', as a build's packets are
// written one per half); a choice card whose options differ from the ones judged
// there is stale (scripts/judge-unknown.mjs sends it to be judged again, scripts/judge-estimate.mjs
// counts it unknown until then). Files given later override earlier ones, card by card.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const optionsKey = (choices) => (choices ? [...choices].sort().join('\u0000') : '');

/** key|id → { verdict, options } from `file` or `file@packet` specs, in order. */
export function loadLabels(specs) {
  const labels = new Map();
  for (const spec of specs) {
    const [file, packet] = spec.split('@');
    const judgedOptions = new Map();
    const cardsOf = (key) => {
      if (!packet) return null;
      if (!judgedOptions.has(key)) {
        const path = packet.split('+').map((dir) => join(dir, `${key}.cards.json`)).find(existsSync);
        const cards = path ? JSON.parse(readFileSync(path, 'utf8')).cards : [];
        judgedOptions.set(key, new Map(cards.map((c) => [c.id, optionsKey(c.choices)])));
      }
      return judgedOptions.get(key);
    };
    for (const v of JSON.parse(readFileSync(file, 'utf8')).verdicts) {
      labels.set(`${v.key}|${v.id}`, { verdict: v, options: cardsOf(v.key)?.get(v.id) });
    }
  }
  return labels;
}

/** The verdict that still holds for `card` of text `key`, or undefined (never judged, or judged with other options). */
export function verdictFor(labels, key, card) {
  const label = labels.get(`${key}|${card.id}`);
  if (!label) return undefined;
  if (label.options !== undefined && label.options !== optionsKey(card.choices)) return undefined;
  return label.verdict;
}
