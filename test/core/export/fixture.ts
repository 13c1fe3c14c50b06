// A realistic library for the export tests, built with the real services: the sample article
// with tags, kept, dropped and edited cards, a few grades on a fixed clock, highlights and a
// note; and a second article whose title needs escaping everywhere.
import { Library } from '../../../src/host/services/library.js';
import { NotesService } from '../../../src/host/services/notes.js';
import { StudyService } from '../../../src/host/services/study.js';
import { SAMPLE_FILE, SAMPLES, tempDir } from '../../helpers/temp-home.js';

export const SAMPLE = '48b49f7991c0da8e';
export const EDITED_FRONT = 'Who said "this", and where?\nThink of Beijing.';
export const HIGHLIGHT_NOTE = 'Why "conciliatory", really?\nA second line, with a comma';
export const ODD_TITLE = 'Attention <script>alert("x")</script> & "friends"';

export interface RichLibrary {
  readonly library: Library;
  readonly study: StudyService;
  readonly notes: NotesService;
  readonly other: string;
}

export async function richLibrary(home = tempDir()): Promise<RichLibrary> {
  const library = Library.open(home, { samplesDir: SAMPLES });
  // A fresh home imports its sample on opening; importing it again waits for it (a duplicate).
  await library.importFiles([SAMPLE_FILE]);
  let now = new Date('2026-03-02T09:00:00Z');
  const clock = () => now;
  const study = new StudyService(library.store, clock, 60);
  const notes = new NotesService(library.store, undefined, clock);
  library.setTags(SAMPLE, ['geopolitics', 'us china']);
  const cards = study.cards(SAMPLE).cards;
  study.triage(SAMPLE, { type: 'drop', cardId: cards.at(-1)!.id });
  const qa = cards.find((c) => c.kind !== 'cloze')!;
  study.triage(SAMPLE, { type: 'edit', cardId: qa.id, front: EDITED_FRONT, back: 'Blinken, in "Beijing"' });
  study.keepAll(SAMPLE);
  study.grade(SAMPLE, cards[0]!.id, 3, 4200);
  study.grade(SAMPLE, cards[1]!.id, 1);
  now = new Date('2026-04-03T10:30:00Z');
  study.grade(SAMPLE, cards[0]!.id, 4);
  const text = library.get(SAMPLE).blocks[1]!.text;
  const quote = 'a conciliatory signal from Beijing';
  const start = text.indexOf(quote);
  notes.addHighlight(SAMPLE, { startParagraph: 1, start, endParagraph: 1, end: start + quote.length }, 'green', HIGHLIGHT_NOTE, ['china']);
  notes.addHighlight(SAMPLE, { startParagraph: 0, start: 0, endParagraph: 0, end: 21 }, 'yellow');
  notes.setNote(SAMPLE, '# My thoughts\n\nA note with <b>html</b> & "quotes".');
  const report = await library.importText('# Notes on Attention\n\nAttention is the rarest form of generosity, Simone Weil wrote in 1942.\n', 'attention', 'markdown');
  const other = report.outcomes.find((o) => o.kind === 'imported' || o.kind === 'duplicate')!;
  if (other.kind !== 'imported' && other.kind !== 'duplicate') throw new Error('the second article was not imported');
  library.rename(other.id, ODD_TITLE);
  notes.setNote(other.id, 'Short note.');
  return { library, study, notes, other: other.id };
}
