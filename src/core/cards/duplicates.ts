// Two gap cards whose answers are one fact told twice, though their words differ: "black holes"
// beside "supermassive black holes", "$44 million" beside "$44.2 million". The selection keeps
// the better-ranked one (select.ts).
import { norm } from './words.js';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The selection compares each candidate with every card chosen so far, so one answer is read
 * many times: its figure and normal form are kept (a pure function of the text; the store is
 * emptied when large, so it never grows with the library).
 */
function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text)!;
    if (known.size >= 2000) known.clear();
    const value = read(text);
    known.set(text, value);
    return value;
  };
}

const figure = remembered(readFigure);
const normal = remembered(norm);

/** A figure's value and its unit words ("$44.2 million" → 44.2e6, "$"), or null when it is no figure. */
function readFigure(text: string): { value: number; unit: string } | null {
  const m = /^(?:about |around |nearly |almost |more than |over )?([$£€]?)(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?\s*(.*)$/i.exec(text.trim());
  if (!m) return null;
  const value = Number(m[2]!.replace(/,/g, '')) * (m[3] ? SCALE[m[3].toLowerCase()]! : 1);
  return Number.isFinite(value) ? { value, unit: `${m[1]}|${m[4]!.toLowerCase()}` } : null;
}

/** Within this share of each other, two figures of one unit are one figure rounded twice. */
const SAME_FIGURE = 0.02;

function sameFigure(a: string, b: string): boolean {
  const x = figure(a);
  const y = figure(b);
  if (!x || !y || x.unit !== y.unit || x.value === 0 || y.value === 0) return false;
  // A year, a small count: equal or not at all, never "near".
  if (x.value < 1000 || y.value < 1000 || /^\d{4}$/.test(a.trim()) || /^\d{4}$/.test(b.trim())) return false;
  return Math.abs(x.value - y.value) / Math.max(x.value, y.value) <= SAME_FIGURE;
}

/** The shorter answer, of two words or more, is the longer's head ("black holes" in "supermassive black holes"). */
function containedTerm(a: string, b: string): boolean {
  const x = normal(a);
  const y = normal(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short === long || short.split(' ').length < 2) return false;
  return long.endsWith(` ${short}`) || long.startsWith(`${short} `);
}

/**
 * Every word of the shorter name, of two words or more, stands in the longer in order: one body
 * named with and without a middle word ("Hale School District", "Hale County School District").
 */
function shortenedName(a: string, b: string): boolean {
  const x = normal(a).split(' ');
  const y = normal(b).split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2 || short.length === long.length || /\d/.test(a + b)) return false;
  let i = 0;
  const extra: string[] = [];
  for (const w of long) {
    if (w === short[i]) i++;
    else extra.push(w);
  }
  // Only a generic word of administration may be left out: "New", a direction or "and" makes another body ("Bank of New England").
  return i === short.length && long[0] === short[0] && long[long.length - 1] === short[short.length - 1] && extra.every((w) => OMISSIBLE.has(w));
}

/** Words a body's name keeps or drops without naming another body ("Hale [County] School District"). */
const OMISSIBLE = new Set(['county', 'city', 'town', 'district', 'unified', 'public', 'municipal', 'borough', 'township', 'parish', 'independent', 'consolidated']);

/** The two answers test one fact. */
export function sameAnswer(a: string, b: string): boolean {
  return sameFigure(a, b) || containedTerm(a, b) || shortenedName(a, b);
}
