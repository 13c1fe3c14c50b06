// PDF text positions → reading-order lines → paragraphs. Pure geometry, no pdf.js here.
// - Lines: text runs on one baseline, split where a wide gap separates them (a gutter).
// - Columns: a vertical strip that no line crosses, with lines on both sides, is a gutter;
//   lines crossing it (a title over both columns) separate bands read top to bottom, and
//   within a band the left column is read before the right.
// - Running headers/footers: a line in the top or bottom band of the page that recurs, at the
//   same height and with only its digits changing, on at least half the pages (two or more);
//   a lone page number there goes too.
// - Paragraphs: a new one starts after a gap wider than the usual line spacing, at a first-line
//   indent, after a short line that ends a sentence, or where the font size changes.
// - Hyphenation: see joinLines.

export interface Run {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface PageRuns {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly Run[];
}

export interface Line {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  readonly page: number;
  /** 0: spans the page (or single column), 1: left column, 2: right column. */
  readonly column: number;
}

export interface Paragraph {
  readonly text: string;
  readonly size: number;
  readonly page: number;
  readonly heading: boolean;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Runs of one page grouped into line segments (top to bottom, left to right). */
export function segmentsOf(page: PageRuns, pageIndex: number): Line[] {
  const runs = page.runs.filter((r) => r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Run[][] = [];
  for (const run of runs) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) * 0.4) row.push(run);
    else rows.push([run]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: Run[] = [];
    const emit = (): void => {
      const head = current[0];
      const tail = current.at(-1);
      if (!head || !tail) return;
      let text = '';
      let end = head.x;
      for (const run of current) {
        if (text !== '' && run.x - end > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
        text += run.str;
        end = run.x + run.width;
      }
      const size = median(current.map((r) => r.size));
      lines.push({ text: text.replace(/\s+/g, ' ').trim(), x0: head.x, x1: end, y: head.y, size, page: pageIndex, column: 0 });
      current = [];
    };
    for (const run of row) {
      const prev = current.at(-1);
      if (prev && run.x - (prev.x + prev.width) > Math.max(prev.size, run.size) * 1.5) emit();
      current.push(run);
    }
    emit();
  }
  return lines.filter((l) => l.text !== '');
}

/** The x of a column gutter on the page, or null for a single column. */
export function findGutter(lines: readonly Line[], width: number): number | null {
  let best: { x: number; score: number } | null = null;
  for (let x = width * 0.25; x <= width * 0.75; x += 2) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const line of lines) {
      if (line.x1 <= x) left++;
      else if (line.x0 >= x) right++;
      else crossing++;
    }
    if (left < 3 || right < 3 || crossing > Math.max(2, lines.length * 0.15)) continue;
    const score = Math.min(left, right) - crossing * 2;
    if (!best || score > best.score) best = { x, score };
  }
  return best?.x ?? null;
}

/** The page's lines in reading order, with their column. */
export function orderPage(lines: readonly Line[], width: number): Line[] {
  const gutter = findGutter(lines, width);
  if (gutter === null) return [...lines];
  const out: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = (): void => {
    out.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of lines) {
    if (line.x1 <= gutter) left.push({ ...line, column: 1 });
    else if (line.x0 >= gutter) right.push({ ...line, column: 2 });
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—(]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const ZONE = 0.12;

/** Lines of page furniture: running headers/footers and page numbers. */
export function findFurniture(pages: readonly (readonly Line[])[], heights: readonly number[]): Set<Line> {
  const inZone = (line: Line): boolean => {
    const h = heights[line.page] ?? 0;
    return line.y >= h * (1 - ZONE) || line.y <= h * ZONE;
  };
  const keyOf = (line: Line): string => `${Math.round(line.y / 4)}|${line.text.toLowerCase().replace(/\d+/g, '#')}`;
  const pagesByKey = new Map<string, Set<number>>();
  for (const line of pages.flat()) {
    if (!inZone(line)) continue;
    const key = keyOf(line);
    pagesByKey.set(key, (pagesByKey.get(key) ?? new Set()).add(line.page));
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  const furniture = new Set<Line>();
  for (const line of pages.flat()) {
    if (!inZone(line)) continue;
    if (PAGE_NUMBER.test(line.text) || (pagesByKey.get(keyOf(line))?.size ?? 0) >= needed) furniture.add(line);
  }
  return furniture;
}

/** Prefixes whose hyphen belongs to the word ("well-known", "self-evident"), kept at a line break. */
const HYPHEN_PREFIXES = new Set(['well', 'self', 'ill', 'all', 'ex', 'half', 'cross', 'quasi', 'non', 'anti', 'co', 'pre', 'post', 'semi', 'multi', 'long', 'short', 'high', 'low', 'so']);

/**
 * Joins two lines of a paragraph. A line ending in letter + hyphen, followed by a line that
 * starts with a lowercase letter, is a word broken across lines: the hyphen goes
 * ("inter-" + "national" → "international") unless the document writes that word with a
 * hyphen elsewhere ("long-term" in running text), or the part before the hyphen is a prefix that
 * keeps its hyphen ("well-", "self-"). Before a capital or a digit ("Covid-" + "19") the
 * hyphen always stays, without a space. A soft hyphen (U+00AD) at a line end always goes.
 */
export function joinLines(previous: string, next: string, hyphenated: ReadonlySet<string>): string {
  if (previous.endsWith('\u00ad')) return previous.slice(0, -1) + next;
  const broken = /(\p{L}+)[-\u2010]$/u.exec(previous);
  if (!broken?.[1]) return `${previous} ${next}`;
  const head = broken[1].toLowerCase();
  const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
  if (/^\p{Ll}/u.test(next) && !HYPHEN_PREFIXES.has(head) && !hyphenated.has(`${head}-${tail.toLowerCase()}`)) {
    return previous.slice(0, -1) + next;
  }
  return previous + next;
}

/** Hyphenated words written inside lines, lowercased: evidence that a hyphen is part of a word. */
export function hyphenatedWords(lines: readonly Line[]): Set<string> {
  const found = new Set<string>();
  for (const line of lines) for (const m of line.text.matchAll(/\p{L}+-\p{L}+/gu)) found.add(m[0].toLowerCase());
  return found;
}

const endsSentence = (text: string): boolean => /[.!?:…]["'”’)\]]*$/u.test(text);

/** Reading-order lines (furniture removed) → paragraphs and headings. */
export function buildParagraphs(lines: readonly Line[]): Paragraph[] {
  const body = median(lines.flatMap((l) => Array<number>(Math.min(l.text.length, 200)).fill(l.size)));
  const gaps: number[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && prev.page === line.page && prev.column === line.column && Math.abs(prev.size - body) < 0.5) {
      const gap = prev.y - line.y;
      if (gap > 0 && gap < body * 3) gaps.push(gap);
    }
  });
  // The usual line spacing: a low quantile, since on a short page the gaps between
  // paragraphs can be as many as the gaps between lines.
  const spacing = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 4)] || body * 1.2;
  const hyphenated = hyphenatedWords(lines);
  const leftEdge = new Map<string, number>();
  const rightEdge = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.page}:${l.column}`;
    leftEdge.set(key, Math.min(leftEdge.get(key) ?? Infinity, l.x0));
    rightEdge.set(key, Math.max(rightEdge.get(key) ?? -Infinity, l.x1));
  }
  const isHeading = (l: Line): boolean => l.size >= body * 1.15 && l.text.split(/\s+/).length <= 16;

  const out: Paragraph[] = [];
  let text = '';
  let first: Line | null = null;
  let prev: Line | null = null;
  const flush = (): void => {
    if (first && text.trim() !== '') out.push({ text: text.trim(), size: first.size, page: first.page, heading: isHeading(first) });
    text = '';
    first = null;
  };
  for (const line of lines) {
    if (prev && first && !startsNew(prev, line)) {
      text = joinLines(text, line.text, hyphenated);
    } else {
      flush();
      first = line;
      text = line.text;
    }
    prev = line;
  }
  flush();
  return out;

  function startsNew(a: Line, b: Line): boolean {
    if (Math.abs(a.size - b.size) > 0.5 || isHeading(a) !== isHeading(b)) return true;
    if (a.page !== b.page || a.column !== b.column) return endsSentence(a.text) || !/^\p{Ll}/u.test(b.text);
    const key = `${b.page}:${b.column}`;
    if (a.y - b.y > spacing * 1.4 || a.y < b.y) return true;
    if (b.x0 - (leftEdge.get(key) ?? b.x0) > body * 0.8 && !isHeading(b)) return true;
    return endsSentence(a.text) && (rightEdge.get(key) ?? a.x1) - a.x1 > body * 3;
  }
}
