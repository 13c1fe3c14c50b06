// One CSV file of cards and highlights (RFC 4180: CRLF line ends, fields with a comma, quote or
// line break quoted, quotes doubled; formula-like text defused), UTF-8 with a byte-order mark so Excel reads it as UTF-8.
// The `record` column says what a row is: `card` or `highlight`. Cards are every card but the
// dropped ones, with their triage status and schedule.
import { inStableOrder, type ExportArticle } from './types.js';

export const CSV_COLUMNS = [
  'record', 'article_id', 'article_title', 'id', 'kind', 'status', 'question', 'answer', 'choices', 'cloze',
  'text', 'note', 'color', 'tags', 'state', 'due', 'reps', 'lapses', 'created',
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

const BOM = '\uFEFF';

export function cardsCsv(articles: readonly ExportArticle[]): string {
  const rows: Row[] = [];
  for (const a of inStableOrder(articles)) {
    const article = { article_id: a.meta.id, article_title: a.meta.state.title };
    for (const c of a.cards) {
      if (c.status === 'dropped') continue;
      rows.push({
        record: 'card', ...article, id: c.id, kind: c.kind, status: c.status, question: c.front, answer: c.back,
        choices: c.choices?.join(' | ') ?? '', cloze: c.cloze ?? '', text: c.source.text,
        state: c.schedule.state, due: c.schedule.due, reps: c.schedule.reps, lapses: c.schedule.lapses, created: c.createdAt,
      });
    }
    for (const h of a.highlights) {
      rows.push({ record: 'highlight', ...article, id: h.id, text: h.selector.exact, note: h.note, color: h.color, tags: h.tags.join('; '), created: h.createdAt });
    }
  }
  const lines = [CSV_COLUMNS.join(','), ...rows.map((row) => CSV_COLUMNS.map((col) => csvField(String(row[col] ?? ''))).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** One field. Text a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP advises for CSV injection;
 * plain numbers stay numbers. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?\d+(?:\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
