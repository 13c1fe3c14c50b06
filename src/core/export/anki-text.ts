// Anki's text import format (File > Import, a .txt file): header lines tell Anki the separator,
// that fields hold HTML, and which columns hold the GUID, note type, deck and tags.
import { ankiNotes, type AnkiNote } from './anki-notes.js';
import type { ExportArticle } from './types.js';

/** Anki's own note types, which every collection has. */
const NOTE_TYPE_NAMES: Readonly<Record<AnkiNote['type'], string>> = { basic: 'Basic', cloze: 'Cloze' };

export const ANKI_TEXT_HEADER = ['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:4'];

export function ankiText(articles: readonly ExportArticle[]): string {
  const rows = ankiNotes(articles).map((note) =>
    [note.guid, NOTE_TYPE_NAMES[note.type], note.deck, note.tags.join(' '), ...note.fields].map(field).join('\t'),
  );
  return `${[...ANKI_TEXT_HEADER, ...rows].join('\n')}\n`;
}

/** Fields are read as CSV with a tab separator: quote one that holds a quote, tab or line break. */
function field(value: string): string {
  return /["\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
