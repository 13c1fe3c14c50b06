// A study record the reader can trust, over the real store: the interval on a grade button is
// the one applied, triage decisions can be taken back and dropped cards restored, and held-back
// siblings are said to be held.
import { describe, expect, it } from 'vitest';
import { GRADES } from '../../src/core/study/index.js';
import { Library } from '../../src/host/services/library.js';
import { StudyService } from '../../src/host/services/study.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';

function setup(start = '2026-03-02T10:00:00Z') {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  let now = new Date(start);
  const study = new StudyService(library.store, () => now, 0);
  study.cards(SAMPLE);
  return { library, study, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('grade buttons over the service', () => {
  it('apply the interval they showed, even when the grade comes minutes later and after midnight', () => {
    const { study, advance } = setup('2026-03-02T23:59:00Z');
    study.keepAll(SAMPLE);
    let compared = 0;
    const states = new Set<string>();
    // Each evening at 23:59 UTC the queue is shown; each grade comes 20 s after the one before,
    // so most land on the next UTC day, where ts-fsrs counts one more elapsed day.
    for (let day = 0; day < 60; day++) {
      const view = study.queue(SAMPLE);
      for (const [i, { card, intervals }] of view.cards.entries()) {
        const grade = GRADES[(day + i) % 7 === 0 ? (i % 4) : 2]!;
        advance(20_000);
        const outcome = study.grade(SAMPLE, card.id, grade, 5000, view.reviewAt);
        expect({ card: card.id, state: card.schedule.state, due: outcome.card.schedule.due }).toEqual({ card: card.id, state: card.schedule.state, due: intervals[grade].due });
        states.add(card.schedule.state);
        compared++;
      }
      advance(86_400_000 - view.cards.length * 20_000);
    }
    expect(compared).toBeGreaterThan(40);
    expect([...states].sort()).toEqual(['Learning', 'New', 'Relearning', 'Review']);
  });

  it('ignore a preview time from the future, from long ago or of a review taken back', () => {
    const { study, advance } = setup();
    study.keepAll(SAMPLE);
    const card = study.queue(SAMPLE).cards[0]!.card;
    const future = new Date(Date.parse('2026-03-02T10:00:00Z') + 60_000).toISOString();
    expect(study.grade(SAMPLE, card.id, 3, 0, future).card.schedule.lastReview).toBe('2026-03-02T10:00:00.000Z');
    advance(1000);
    const view = study.queue(SAMPLE);
    advance(1000);
    const graded = study.grade(SAMPLE, card.id, 3, 0, view.reviewAt);
    expect(graded.card.schedule.lastReview).toBe(view.reviewAt);
    study.undo();
    advance(1000);
    expect(study.grade(SAMPLE, card.id, 3, 0, view.reviewAt).card.schedule.lastReview).toBe('2026-03-02T10:00:03.000Z');
    advance(2 * 86_400_000);
    const stale = study.queue(SAMPLE).reviewAt;
    advance(2 * 86_400_000);
    const late = study.queue(SAMPLE).cards[0]!.card;
    expect(study.grade(SAMPLE, late.id, 3, 0, stale).card.schedule.lastReview).toBe(new Date(Date.parse('2026-03-02T10:00:03Z') + 4 * 86_400_000).toISOString());
  });
});

describe('triage undo and dropped cards over the service', () => {
  it('drops, undoes, drops again, lists the dropped card and restores it', () => {
    const { study, library } = setup();
    const [a, b] = study.cards(SAMPLE).cards;
    study.triage(SAMPLE, { type: 'drop', cardId: a!.id });
    study.triage(SAMPLE, { type: 'keep', cardId: b!.id });
    expect(study.undoTriage(SAMPLE)).toEqual({ cards: [b], canUndo: true });
    expect(study.undoTriage(SAMPLE)).toEqual({ cards: [a], canUndo: false });
    expect(study.cards(SAMPLE).cards.slice(0, 2)).toEqual([a, b]);
    expect(study.cards(SAMPLE).dropped).toBe(0);
    expect(() => study.undoTriage(SAMPLE)).toThrow(/no triage decision to undo/);

    study.triage(SAMPLE, { type: 'drop', cardId: a!.id });
    expect(study.dropped(SAMPLE).map((c) => c.id)).toEqual([a!.id]);
    expect(study.browse({ dropped: true }).map((c) => c.id)).toEqual([a!.id]);
    expect(study.browse({}).map((c) => c.id)).not.toContain(a!.id);
    const restored = study.triage(SAMPLE, { type: 'keep', cardId: a!.id });
    expect(restored.status).toBe('kept');
    expect(study.dropped(SAMPLE)).toEqual([]);
    const decisions = library.store.readJournal('decisions').map((d) => (d as { decision: string }).decision);
    expect(decisions).toEqual(['drop', 'keep', 'undo', 'undo', 'drop', 'keep']);
  });
});

describe('cards at import', () => {
  it('a freshly imported article has its cards in the browser and the list without opening it', async () => {
    const library = Library.open(tempDir());
    const report = await library.importText('# Notes on Attention\n\nAttention is the rarest form of generosity, Simone Weil wrote in 1942. She taught philosophy in Le Puy.\n\nHer notebooks were published in 1947 by Gustave Thibon.\n', 'attention', 'markdown');
    const outcome = report.outcomes[0]!;
    if (outcome.kind !== 'imported') throw new Error('not imported');
    const study = new StudyService(library.store);
    const browsed = study.browse({ articleId: outcome.id });
    expect(browsed.length).toBeGreaterThan(0);
    expect(browsed.every((c) => c.status === 'untriaged')).toBe(true);
    expect(library.list().find((a) => a.id === outcome.id)?.cards).toEqual({ untriaged: browsed.length, inStudy: 0, due: 0 });
    // Opening the panel later finds the same cards, not a second generation.
    // The browser gets each card without the generator's features (it never shows them).
    expect(study.cards(outcome.id).cards.map(({ features: _features, ...card }) => card)).toEqual(browsed);
  });

  it('can be left to the first look at the cards (the benchmark builds libraries so)', () => {
    const library = Library.open(tempDir(), { samplesDir: SAMPLES, cardsAtImport: false });
    expect(new StudyService(library.store).browse({})).toEqual([]);
    expect(new StudyService(library.store).cards(SAMPLE).cards.length).toBeGreaterThan(0);
  });
});

describe('siblings held back', () => {
  it('the queue says how many cards are held until tomorrow because a sibling was studied today', () => {
    const { study } = setup();
    const cards = study.cards(SAMPLE).cards;
    const bySentence = new Map<string, typeof cards>();
    for (const c of cards) bySentence.set(`${c.source.paragraph}:${c.source.start}:${c.source.end}`, [...(bySentence.get(`${c.source.paragraph}:${c.source.start}:${c.source.end}`) ?? []), c]);
    const pair = [...bySentence.values()].find((g) => g.length > 1);
    expect(pair, 'the sample has two cards of one sentence').toBeDefined();
    for (const c of pair!) study.triage(SAMPLE, { type: 'keep', cardId: c.id });
    const before = study.queue(SAMPLE);
    expect(before.cards).toHaveLength(1);
    expect(before.buried).toBe(pair!.length - 1);
    study.grade(SAMPLE, before.cards[0]!.card.id, 4);
    const after = study.queue(SAMPLE);
    expect(after.cards.map((c) => c.card.id)).not.toContain(pair![1]!.id);
    expect(after.buried).toBe(pair!.length - 1);
  });
});
