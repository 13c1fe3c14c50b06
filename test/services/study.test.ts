// Study over the real store: cards generated from the sample, triage, grading with undo, the
// journals, due counts and statistics. The clock is the test's, never the machine's.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { StudyService } from '../../src/host/services/study.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';

function setup(start = '2026-03-02T10:00:00Z') {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  let now = new Date(start);
  const study = new StudyService(library.store, () => now, 0);
  return { library, study, advance: (ms: number) => (now = new Date(now.getTime() + ms)), reopen: () => new StudyService(Library.open(library.home).store, () => now, 0) };
}

describe('cards of an article', () => {
  it('are generated once, stored with the article, and come back the same', () => {
    const { library, study } = setup();
    const first = study.cards(SAMPLE);
    expect(first.cards.length).toBeGreaterThanOrEqual(8);
    expect(first.cards.every((c) => c.status === 'untriaged' && c.id.startsWith(`${SAMPLE}-`))).toBe(true);
    expect(readdirSync(join(library.home, 'articles', SAMPLE))).toContain('cards.json');
    expect(study.cards(SAMPLE).cards.map((c) => c.id)).toEqual(first.cards.map((c) => c.id));
    expect(library.list()[0]!.cards).toEqual({ untriaged: first.cards.length, inStudy: 0, due: 0 });
  });

  it('records every triage decision with the card’s kind and features, and never brings a dropped card back', async () => {
    const { library, study } = setup();
    const [a, b, c] = study.cards(SAMPLE).cards;
    study.triage(SAMPLE, { type: 'keep', cardId: a!.id });
    study.triage(SAMPLE, { type: 'drop', cardId: b!.id });
    const edited = study.triage(SAMPLE, { type: 'edit', cardId: c!.id, front: 'Who is Qin Gang, per the article?', back: 'China’s Foreign Minister' });
    expect(edited).toMatchObject({ status: 'kept', edited: true, front: 'Who is Qin Gang, per the article?' });

    const decisions = library.store.readJournal('decisions') as { decision: string; kind: string; features: Record<string, unknown> }[];
    expect(decisions.map((d) => d.decision)).toEqual(['keep', 'drop', 'edit']);
    expect(decisions[0]!.kind).toBe(a!.kind);
    expect(decisions[0]!.features).toHaveProperty('score');

    const again = await study.regenerate(SAMPLE);
    expect(again.cards.cards.map((x) => x.id)).not.toContain(b!.id);
    expect(again.cards.dropped).toBe(1);
    expect(again.cards.cards.find((x) => x.id === c!.id)?.front).toBe('Who is Qin Gang, per the article?');
  });
});

describe('a study session', () => {
  it('queues kept cards only, grades them with interval previews, and undoes the last grade exactly', () => {
    const { study } = setup();
    const cards = study.cards(SAMPLE).cards;
    expect(study.queue(SAMPLE).cards).toHaveLength(0);
    study.keepAll(SAMPLE);
    const queue = study.queue(SAMPLE);
    expect(queue.counts.new).toBeGreaterThan(0);
    expect(queue.counts.new).toBeLessThanOrEqual(cards.length);
    const [first] = queue.cards;
    expect(first!.intervals[3].label).toMatch(/^\d+(\.\d)?(m|h|d|mo|y)$/);

    const before = first!.card;
    const outcome = study.grade(SAMPLE, before.id, 3, 4200);
    expect(outcome.card.schedule.state).not.toBe('New');
    expect(study.reviewLog()).toHaveLength(1);
    expect(study.reviewLog()[0]).toMatchObject({ cardId: before.id, grade: 3, stateBefore: 'New', durationMs: 4200 });
    expect(study.queue(SAMPLE).canUndo).toBe(true);

    const restored = study.undo();
    expect(restored).toEqual(before);
    expect(study.reviewLog()).toHaveLength(0);
    expect(study.cards(SAMPLE).cards.find((c) => c.id === before.id)).toEqual(before);
    expect(() => study.undo()).toThrow(/no grade to undo/);
  });

  it('grades a choice card by the option picked: right is Good, wrong is Again', () => {
    const { study } = setup();
    const choice = study.cards(SAMPLE).cards.find((c) => c.kind === 'choice');
    expect(choice).toBeDefined();
    study.keepAll(SAMPLE);
    const right = choice!.choices!.indexOf(choice!.back);
    expect(study.answerChoice(SAMPLE, choice!.id, right)).toMatchObject({ correct: true, grade: 3 });
    study.undo();
    expect(study.answerChoice(SAMPLE, choice!.id, (right + 1) % 4)).toMatchObject({ correct: false, grade: 1 });
  });

  it('counts due cards per article from the list, without reading card files', () => {
    const { library, study, advance } = setup();
    study.cards(SAMPLE);
    study.keepAll(SAMPLE);
    const [card] = study.queue(SAMPLE).cards;
    study.grade(SAMPLE, card!.card.id, 4);
    expect(study.dueCounts().total).toBe(0);
    advance(40 * 86_400_000);
    expect(study.dueCounts()).toEqual({ total: 1, byArticle: { [SAMPLE]: 1 } });
    expect(library.list()[0]!.cards.due).toBe(1);
  });

  it('keeps the review log across a restart, skipping a line torn by a crash', () => {
    const { library, study, reopen } = setup();
    study.cards(SAMPLE);
    study.keepAll(SAMPLE);
    const [card] = study.queue(SAMPLE).cards;
    study.grade(SAMPLE, card!.card.id, 3);
    const journal = join(library.home, 'journal', 'reviews');
    appendFileSync(join(journal, readdirSync(journal)[0]!), '{"id":"torn", "cardId"');
    const fresh = reopen();
    expect(fresh.reviewLog()).toHaveLength(1);
    const next = fresh.queue(SAMPLE).cards[0]!.card;
    fresh.grade(SAMPLE, next.id, 2);
    expect(fresh.reviewLog()).toHaveLength(2);
    expect(readFileSync(join(journal, readdirSync(journal)[0]!), 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('honours the daily new-card limit from the settings', () => {
    const { study } = setup();
    study.cards(SAMPLE);
    study.keepAll(SAMPLE);
    study.updateSettings({ newPerDay: 2 });
    expect(study.queue().counts.new).toBe(2);
    for (const { card } of study.queue().cards) study.grade(SAMPLE, card.id, 4);
    expect(study.queue().counts.new).toBe(0);
  });
});

describe('statistics', () => {
  it('count today’s reviews by grade and forecast due cards', () => {
    const { study } = setup();
    study.cards(SAMPLE);
    study.keepAll(SAMPLE);
    const [a, b] = study.queue(SAMPLE).cards;
    study.grade(SAMPLE, a!.card.id, 1);
    study.grade(SAMPLE, b!.card.id, 4);
    const stats = study.stats(30);
    expect(stats.reviews).toHaveLength(30);
    expect(stats.reviews.at(-1)).toMatchObject({ day: '2026-03-02', again: 1, easy: 1 });
    expect(stats.forecast).toHaveLength(30);
    expect(stats.forecast.reduce((n, d) => n + d.value, 0)).toBe(2);
    expect(stats.states.new + stats.states.learning + stats.states.review).toBe(study.cards(SAMPLE).cards.length);
  });
});

describe('cards the reader makes', () => {
  /** A draft of the words `needle` in block `paragraph`, then the cards `content` makes of it. */
  function draftOf(study: StudyService, text: string, paragraph: number, needle: string, from = 0, to = needle.length) {
    const start = text.indexOf(needle);
    return study.draft(SAMPLE, paragraph, start + from, start + to);
  }

  it('draft a selection in its sentence, widened to whole words, with where the words are', () => {
    const { library, study } = setup();
    const text = library.get(SAMPLE).blocks[0]!.text;
    const draft = draftOf(study, text, 0, 'Blinken managed', 2, 'Blinken'.length); // starts mid-word
    expect(draft.selected).toBe('Blinken');
    expect(draft.source.text.slice(draft.gap!.start, draft.gap!.end)).toBe('Blinken');
    expect(text.slice(draft.source.start, draft.source.end)).toBe(draft.source.text);
  });

  it('draft a whole sentence or a triple-clicked paragraph (trailing line break) with no gap', () => {
    const { library, study } = setup();
    const blocks = library.get(SAMPLE).blocks;
    const sentence = blocks[0]!.text; // one sentence: selected without its full stop
    expect(study.draft(SAMPLE, 0, 0, sentence.length - 1)).toMatchObject({ gap: null, source: { start: 0, end: sentence.length, text: sentence } });
    const index = blocks.findIndex((b) => b.type === 'paragraph' && /\w\. [A-Z]/.test(b.text));
    const text = blocks[index]!.text;
    const paragraph = study.draft(SAMPLE, index, 0, text.length + 1);
    expect(paragraph).toMatchObject({ gap: null, selected: text.trim(), source: { text: text.trim() } });
    // Part of the paragraph that spans two sentences: both are the source, the words the gap.
    const cut = text.search(/\w\. [A-Z]/) + 1;
    const across = study.draft(SAMPLE, index, cut - 5, cut + 6);
    expect(across.source.start).toBeLessThan(cut - 5);
    expect(across.source.end).toBeGreaterThan(cut + 6);
    expect(across.gap).not.toBeNull();
  });

  it('keep a two-gap cloze as two cards (c1, c2), each asking its own gap, kept and in the browser', () => {
    const { library, study } = setup();
    const text = library.get(SAMPLE).blocks[0]!.text;
    const draft = draftOf(study, text, 0, 'Blinken managed', 0, 'Blinken'.length);
    const sentence = draft.source.text;
    const cloze = sentence.replace('Antony', '{{c1::Antony}}').replace('Blinken', '{{c2::Blinken}}');
    const made = study.create(SAMPLE, draft.source, { kind: 'cloze', text: cloze });
    expect(made.map((c) => [c.gap, c.back, c.status])).toEqual([[1, 'Antony', 'kept'], [2, 'Blinken', 'kept']]);
    expect(made[0]!.front).toContain('[...] Blinken');
    expect(made[1]!.front).toContain('Antony [...]');
    expect(made.every((c) => c.cloze === cloze && c.source.text === sentence)).toBe(true);
    expect(study.browse({ articleId: SAMPLE }).map((c) => c.id)).toEqual(expect.arrayContaining(made.map((c) => c.id)));
    expect(() => study.create(SAMPLE, draft.source, { kind: 'cloze', text: cloze })).toThrow(/already have this card/);
  });

  it('keep question and multiple-choice cards; refuse a cloze without a gap and options that do not hold the answer', () => {
    const { library, study } = setup();
    const text = library.get(SAMPLE).blocks[0]!.text;
    const { source } = draftOf(study, text, 0, 'Blinken managed');
    const [qa] = study.create(SAMPLE, source, { kind: 'qa', front: 'Who visited Beijing?', back: 'Antony Blinken' });
    expect(qa).toMatchObject({ kind: 'qa', status: 'kept', back: 'Antony Blinken' });
    const [choice] = study.create(SAMPLE, source, { kind: 'choice', front: 'Who visited Beijing?', choices: ['Blinken', 'Kerry', 'Pompeo'], answer: 0 });
    expect(choice).toMatchObject({ kind: 'choice', back: 'Blinken', choices: ['Blinken', 'Kerry', 'Pompeo'] });
    expect(() => study.create(SAMPLE, source, { kind: 'cloze', text: 'No gap here.' })).toThrow(/at least one gap/);
    expect(() => study.create(SAMPLE, source, { kind: 'choice', front: 'Who?', choices: ['A', 'a'], answer: 0 })).toThrow(/twice/);
  });

  it('survive regeneration without being flagged or rewritten while their sentence exists', async () => {
    const { library, study } = setup();
    const text = library.get(SAMPLE).blocks[1]!.text;
    const draft = draftOf(study, text, 1, 'conciliatory signal');
    const cloze = `${draft.source.text.slice(0, draft.gap!.start)}{{c1::conciliatory signal}}${draft.source.text.slice(draft.gap!.end)}`;
    const [card] = study.create(SAMPLE, draft.source, { kind: 'cloze', text: cloze });
    const again = await study.regenerate(SAMPLE);
    expect(again.cards.cards.find((c) => c.id === card!.id)).toMatchObject({ status: 'kept', flagged: false, cloze, gap: 1 });
  });

  it('edit a multiple-choice card’s options with its answer among them', async () => {
    const { study } = setup();
    const choice = study.cards(SAMPLE).cards.find((c) => c.kind === 'choice')!;
    const options = ['First option', 'Second option', choice.back];
    const edited = study.edit(SAMPLE, choice.id, { front: choice.front, back: choice.back, choices: options });
    expect(edited).toMatchObject({ choices: options, back: choice.back, edited: true });
    expect(() => study.edit(SAMPLE, choice.id, { front: choice.front, back: 'Nobody', choices: options })).toThrow(/one of the options/);
    const again = await study.regenerate(SAMPLE);
    expect(again.cards.cards.find((c) => c.id === choice.id)?.choices).toEqual(options);
  });
});

describe('per-article retention', () => {
  it('counts reviews of each article’s cards', () => {
    const { study } = setup();
    study.cards(SAMPLE);
    study.keepAll(SAMPLE);
    const [a] = study.queue(SAMPLE).cards;
    study.grade(SAMPLE, a!.card.id, 3);
    expect(study.stats().perArticle).toEqual([{ articleId: SAMPLE, title: expect.stringMatching(/^United States/), reviews: 1, retention: null }]);
  });
});
