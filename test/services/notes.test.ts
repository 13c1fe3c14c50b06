// Highlights, notes and the summary note over the real store.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { NotesService } from '../../src/host/services/notes.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';

function setup() {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  return { library, notes: new NotesService(library.store) };
}

function rangeOf(library: Library, paragraph: number, quote: string) {
  const text = library.get(SAMPLE).blocks[paragraph]!.text;
  const start = text.indexOf(quote);
  return { startParagraph: paragraph, start, endParagraph: paragraph, end: start + quote.length };
}

function editParsed(library: Library, edit: (blocks: { type: string; text: string }[]) => void) {
  const path = join(library.home, 'articles', SAMPLE, 'parsed.json');
  const doc = JSON.parse(readFileSync(path, 'utf8'));
  edit(doc.article.blocks);
  writeFileSync(path, JSON.stringify(doc));
}

describe('highlights', () => {
  it('are saved with colour, note and tags, and anchored to the text', () => {
    const { library, notes } = setup();
    const h = notes.addHighlight(SAMPLE, rangeOf(library, 1, 'a conciliatory signal from Beijing'), 'green', 'Why conciliatory?', ['china']);
    expect(h).toMatchObject({ color: 'green', note: 'Why conciliatory?', tags: ['china'], anchor: { status: 'anchored', ranges: [{ paragraph: 1 }] } });
    const [again] = new NotesService(Library.open(library.home).store).highlights(SAMPLE);
    expect(again?.selector.exact).toBe('a conciliatory signal from Beijing');
    expect(library.list()[0]).toBeDefined();
  });

  it('read inline #tags in their note as tags, beside the tags given, on save and on edit', () => {
    const { library, notes } = setup();
    const h = notes.addHighlight(SAMPLE, rangeOf(library, 1, 'a conciliatory signal from Beijing'), 'yellow', 'A thaw? #diplomacy #China', ['china']);
    expect(h.tags).toEqual(['china', 'diplomacy']);
    const edited = notes.updateHighlight(SAMPLE, h.id, { note: 'Quiz me #to-quiz' });
    expect(edited.tags).toEqual(['china', 'diplomacy', 'to-quiz']);
    expect(notes.updateHighlight(SAMPLE, h.id, { tags: ['kept'] }).tags).toEqual(['kept']);
    expect(new NotesService(Library.open(library.home).store).highlights(SAMPLE)[0]?.tags).toEqual(['kept']);
  });

  it('span several paragraphs', () => {
    const { library, notes } = setup();
    const first = library.get(SAMPLE).blocks[0]!.text;
    const h = notes.addHighlight(SAMPLE, { startParagraph: 0, start: first.length - 10, endParagraph: 1, end: 8 }, 'yellow');
    expect(h.anchor.status === 'anchored' && h.anchor.ranges.map((r) => r.paragraph)).toEqual([0, 1]);
  });

  it('survive an edit before them and a rename of the article', () => {
    const { library, notes } = setup();
    notes.addHighlight(SAMPLE, rangeOf(library, 7, 'the US side has a wrong perception of China'), 'blue');
    editParsed(library, (blocks) => blocks.splice(0, 0, { type: 'paragraph', text: 'An editor’s note added before everything else.' }));
    library.rename(SAMPLE, 'Blinken in Beijing');
    const [h] = notes.highlights(SAMPLE);
    expect(h?.anchor.status).toBe('anchored');
    if (h?.anchor.status !== 'anchored') return;
    const range = h.anchor.ranges[0]!;
    expect(library.get(SAMPLE).blocks[range.paragraph]!.text.slice(range.start, range.end)).toBe('the US side has a wrong perception of China');
    expect(range.paragraph).toBe(8);
  });

  it('are orphaned, never dropped, when their text is gone', () => {
    const { library, notes } = setup();
    notes.addHighlight(SAMPLE, rangeOf(library, 1, 'a conciliatory signal from Beijing'), 'pink', 'keep me');
    editParsed(library, (blocks) => blocks.splice(1, 1));
    const [h] = notes.highlights(SAMPLE);
    expect(h).toMatchObject({ note: 'keep me', anchor: { status: 'orphaned' } });
  });

  it('are updated and deleted', () => {
    const { library, notes } = setup();
    const h = notes.addHighlight(SAMPLE, rangeOf(library, 1, 'Xi Jinping'), 'yellow');
    expect(notes.updateHighlight(SAMPLE, h.id, { color: 'purple', note: 'the president' })).toMatchObject({ color: 'purple', note: 'the president' });
    notes.deleteHighlight(SAMPLE, h.id);
    expect(notes.highlights(SAMPLE)).toEqual([]);
    expect(() => notes.updateHighlight(SAMPLE, h.id, { note: 'x' })).toThrow(/No highlight/);
  });
});

describe('the article note and the summary note', () => {
  it('keeps the reader’s Markdown note', () => {
    const { library, notes } = setup();
    notes.setNote(SAMPLE, '# My take\n\nRead with the *Pelosi* visit in mind.');
    expect(new NotesService(Library.open(library.home).store).note(SAMPLE).markdown).toBe('# My take\n\nRead with the *Pelosi* visit in mind.');
  });

  it('keeps an edited summary over regenerations until it is reset', () => {
    const { library, notes } = setup();
    const generated = notes.summary(SAMPLE);
    expect(generated.edited).toBe(false);
    const mine = { ...generated.summary, keyPoints: [{ text: 'Blinken eased tensions in Beijing.', paragraph: 0 }] };
    notes.editSummary(SAMPLE, mine);
    editParsed(library, (blocks) => blocks.splice(2, 1));
    const after = notes.summary(SAMPLE);
    expect(after).toMatchObject({ edited: true, summary: { keyPoints: [{ text: 'Blinken eased tensions in Beijing.' }] } });
    expect(after.generated.keyPoints).not.toEqual(generated.generated.keyPoints);
    expect(notes.resetSummary(SAMPLE).edited).toBe(false);
  });
});
