// "… tested in Italy, Canada, Ireland, Japan and the [...]": one item of a long list. Any other item
// of it fits the blank as well, and the order of a list is arbitrary, so the card has no single
// answer a careful reader would give; what the list is for (what was tested where) is the fact.

const B = '[...]';
/** A list this long is an enumeration whose items the text does not single out. */
const MIN_ITEMS = 4;
/** An item is a short name, or "the" and a name, with perhaps its year in brackets ("the Rhine Hall (2003)"). */
const MAX_ITEM_WORDS = 5;
const LINK = new Set(['of', 'the', 'and', 'de', 'du', 'von', 'van', 'for', 'on', 'in']);

/** A capitalised preposition or adverb opens a phrase of time or place ("On Tuesday", "In 2010"), not a name. */
const OPENER = /^(?:On|In|At|By|For|From|To|With|After|Before|During|Since|Until|Last|Next|This|Earlier|Later|Today|Yesterday|Meanwhile|However|Then|Now|Also|Still|Yet)$/;

/** Words that open a list of names or alternatives: the blank right after them is its first item. */
const LIST_INTRO = /\b(?:known as|such as|like|including|namely|called)\s*["“‘]?$/;

/** A character every stop of listItem holds. */
const STOP_CHARS = /[;:\-–—]/;

/** An item without its "and"/"or", its closing stop, or the quotes of a quoted name ('"Talati"'). */
const item = (chunk: string): string => chunk.replace(/^\s*(?:and|or)\s+/i, '').replace(/[.!?]+\s*$/, '').replace(/^\s*["“‘]|["”’]\s*$/g, '');
/** A name: short, every word capitalised but for linking words. A clause ("Croatia won 3-1") is no item. */
const nameItem = (chunk: string): boolean => {
  const ws = item(chunk).replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
  return ws.length > 0 && ws.length <= MAX_ITEM_WORDS && !OPENER.test(ws[0]!) && /^\p{Lu}/u.test(ws.find((w) => !LINK.has(w)) ?? '') && ws.every((w) => LINK.has(w) || /^[\p{Lu}\d]/u.test(w));
};

/** The blank is one item of a comma list of at least four short items. */
export function listItem(front: string): boolean {
  const at = front.indexOf(B);
  // Without a comma the blank's chunk is the whole clause, two items at most: no list.
  if (at < 0 || !front.includes(',')) return false;
  // The clause around the blank, split at its commas (a semicolon, a colon or a dash ends the list).
  const stops = /[;:]|\s[-–—]\s/g;
  let start = 0;
  let end = front.length;
  // Each stop holds ";", ":" or a dash: a front with none (most) skips matchAll's copy of the pattern.
  if (STOP_CHARS.test(front)) for (const m of front.matchAll(stops)) {
    if (m.index! < at) start = m.index! + m[0].length;
    else if (m.index! > at) {
      end = m.index!;
      break;
    }
  }
  const clause = front.slice(start, end);
  const chunks = clause.split(/,\s*/);
  const k = chunks.findIndex((c) => c.includes(B));
  if (k < 0) return false;
  // The blank's own chunk may carry a lead-in ("including that of the [...]") but nothing after the blank.
  const own = chunks[k]!.slice(chunks[k]!.indexOf(B) + B.length);
  const before = chunks[k]!.slice(0, chunks[k]!.indexOf(B));
  const lead = before.split(/\s+/).filter(Boolean);
  // (A quoted item keeps its quotes; the list's first item may follow its introduction: "(variously known as "[...]", "Talati", …".)
  if ((lead.length > 4 && !LIST_INTRO.test(before)) || !/^\s*["”’]?\s*(?:\([^)]*\))?[.!?]?["”’]?\s*$/.test(own)) return false;
  // Without a comma before "and", the item before the blank shares its chunk ("Ellin and the [...]").
  const joined = /^(.+?)\s+(?:and|or)\s+(?:the\s+)?$/i.exec(chunks[k]!.slice(0, chunks[k]!.indexOf(B)));
  let count = joined && nameItem(joined[1]!) ? 2 : 1;
  // A last chunk without its comma holds two items ("Olvens and Kelds").
  const items = (chunk: string): number => item(chunk).split(/\s+(?:and|or)\s+/).length;
  for (let i = k - 1; i >= 0 && nameItem(chunks[i]!); i--) count += items(chunks[i]!);
  for (let i = k + 1; i < chunks.length && nameItem(chunks[i]!); i++) count += items(chunks[i]!);
  return count >= MIN_ITEMS;
}
