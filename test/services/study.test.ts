// Study over the real store: cards generated from the sample, triage, grading with undo, the
// journals, due counts and statistics. The clock is the test's, never the machine's.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/main/services/library.js';
import { StudyService } from '../../src/main/services/study.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';

function setup(start = '2026-03-02T10:00:00Z') {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  let now = new Date(start);
  const study = new StudyService(library, () => now, 0);
  return { library, study, advance: (ms: number) => (now = new Date(now.getTime() + ms)), reopen: () => new StudyService(Library.open(library.home), () => now, 0) };
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

  it('records every triage decision with the card’s kind and features, and never brings a dropped card back', () => {
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

    const again = study.regenerate(SAMPLE);
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
  it('turn a selection into a cloze of it in its sentence, kept and in the browser', () => {
    const { library, study } = setup();
    const text = library.get(SAMPLE).blocks[0]!.text;
    const start = text.indexOf('Blinken managed') + 2; // a selection starting mid-word is widened
    const card = study.makeCard(SAMPLE, 0, start, start + 'inken'.length);
    expect(card).toMatchObject({ kind: 'cloze', status: 'kept', back: 'Blinken' });
    expect(card.front).toContain('Antony [...] managed');
    expect(card.cloze).toContain('{{c1::Blinken}}');
    expect(study.browse({ articleId: SAMPLE }).map((c) => c.id)).toContain(card.id);
    expect(() => study.makeCard(SAMPLE, 0, start, start + 5)).toThrow(/already a card/);
  });

  it('survive regeneration without being flagged while their sentence exists', () => {
    const { library, study } = setup();
    const text = library.get(SAMPLE).blocks[1]!.text;
    const start = text.indexOf('conciliatory signal');
    const card = study.makeCard(SAMPLE, 1, start, start + 'conciliatory signal'.length);
    const again = study.regenerate(SAMPLE);
    expect(again.cards.cards.find((c) => c.id === card.id)).toMatchObject({ status: 'kept', flagged: false });
  });

  it('refuse a heading or a whole sentence', () => {
    const { library, study } = setup();
    const heading = library.get(SAMPLE).blocks.findIndex((b) => b.type === 'heading');
    expect(() => study.makeCard(SAMPLE, heading, 0, 4)).toThrow(/paragraphs/);
    const text = library.get(SAMPLE).blocks[0]!.text;
    expect(() => study.makeCard(SAMPLE, 0, 0, text.length)).toThrow(/part of a sentence/);
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
