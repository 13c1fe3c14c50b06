// The library-wide study queue (the header polls it) keeps the cards of the articles in study
// until the library changes: with 10,000 articles, listing every record and reading every card
// file on each poll kept the host busy. Shown without mocks: a card file changed behind the
// store's back (no change-feed line) is not read again, while a change made through any
// process's store is seen at once.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { StudyService } from '../../src/host/services/study.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';
const now = new Date('2026-03-02T10:00:00Z');

function setup() {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  const study = new StudyService(library.store, () => now, 0);
  study.cards(SAMPLE);
  study.keepAll(SAMPLE);
  return { library, study, cardsPath: join(library.home, 'articles', SAMPLE, 'cards.json') };
}

describe('the library-wide study queue', () => {
  it('does not read the card files again while nothing in the library changed', () => {
    const { study, cardsPath } = setup();
    const before = study.queue().counts;
    expect(before.new).toBeGreaterThan(0);
    const file = JSON.parse(readFileSync(cardsPath, 'utf8'));
    writeFileSync(cardsPath, JSON.stringify({ ...file, cards: [] })); // behind the store's back
    expect(study.queue().counts).toEqual(before);
  });

  it('sees a change made through the store, by this process or another', () => {
    const { library, study } = setup();
    const first = study.queue();
    const card = first.cards[0]!.card;
    study.grade(SAMPLE, card.id, 4); // Easy: due in days, out of today's queue
    expect(study.queue().cards.map((c) => c.card.id)).not.toContain(card.id);

    const other = new StudyService(Library.open(library.home).store, () => now, 0);
    const next = other.queue().cards[0]!.card;
    other.grade(SAMPLE, next.id, 4);
    expect(study.queue().cards.map((c) => c.card.id)).not.toContain(next.id);
  });
});
