// The card browser's bulk actions and filters over the real store: one write per article, the
// review log kept on reset, and the Due filter equal to what "study all due" shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { StudyService } from '../../src/host/services/study.js';
import { contract } from '../../src/shared/contract.js';
import { REPO, SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';

async function setup() {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  const report = await library.importFiles([join(REPO, 'test', 'fixtures', 'articles', 'feature.txt')]);
  const outcome = report.outcomes[0]!;
  if (outcome.kind !== 'imported') throw new Error(`the fixture was not imported: ${outcome.kind}`);
  const other = outcome.id;
  let now = new Date('2026-03-02T10:00:00Z');
  const study = new StudyService(library.store, () => now, 0);
  for (const id of [SAMPLE, other]) {
    study.cards(id);
    study.keepAll(id);
  }
  return { library, study, other, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const DAY = 86_400_000;

describe('bulk actions on the card browser\'s selection', () => {
  it('suspend, unsuspend and tag cards of two articles with one card-file write per article', async () => {
    const { library, study, other } = await setup();
    const picked = [...study.browse({ articleId: SAMPLE }).slice(0, 3), ...study.browse({ articleId: other }).slice(0, 2)].map((c) => c.id);
    const writes = vi.spyOn(library.store, 'updateArticleFile');
    const result = study.bulk(picked, { type: 'suspend' });
    expect(writes).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ changed: 5, skipped: 0, missing: 0 });
    expect(study.browse({ suspended: true }).map((c) => c.id).sort()).toEqual([...picked].sort());
    expect(study.bulk(picked.slice(0, 1), { type: 'unsuspend' }).changed).toBe(1);
    expect(study.browse({ suspended: true })).toHaveLength(4);
    study.bulk(picked, { type: 'tag', add: ['review-me'], remove: [] });
    expect(study.browse({ text: 'review-me' }).map((c) => c.id).sort()).toEqual([...picked].sort());
    const onDisk = JSON.parse(readFileSync(join(library.home, 'articles', other, 'cards.json'), 'utf8')) as { cards: { id: string; tags?: string[] }[] };
    expect(onDisk.cards.find((c) => c.id === picked[4])!.tags).toEqual(['review-me']);
  });

  it('deletes (the cards leave the browser and the queue) and counts unknown ids as missing', async () => {
    const { study } = await setup();
    const [a, b] = study.browse({ articleId: SAMPLE });
    const result = study.bulk([a!.id, b!.id, `${SAMPLE}-ffffff`, `ffffffffffffffff-abcdef`], { type: 'delete' });
    expect(result).toMatchObject({ changed: 2, missing: 2 });
    expect(study.browse({}).map((c) => c.id)).not.toContain(a!.id);
    expect(study.browse({ dropped: true }).map((c) => c.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(study.queue().cards.map((c) => c.card.id)).not.toContain(a!.id);
  });

  it('reschedules to a date or to today, and resets to New keeping the review log', async () => {
    const { study, advance } = await setup();
    const card = study.queue(SAMPLE).cards[0]!.card;
    study.grade(SAMPLE, card.id, 4);
    advance(DAY); // a card graded today waits for tomorrow's queue, whatever its due time
    expect(study.browse({ due: true }).map((c) => c.id)).not.toContain(card.id);
    study.bulk([card.id], { type: 'reschedule', date: 'today' });
    expect(study.browse({ due: true }).map((c) => c.id)).toContain(card.id);
    study.bulk([card.id], { type: 'reschedule', date: '2026-03-05' });
    expect(study.browse({ articleId: SAMPLE, text: card.front }).find((c) => c.id === card.id)!.schedule.due).toBe('2026-03-05T04:00:00.000Z');
    advance(DAY);
    expect(study.dueCounts().byArticle[SAMPLE] ?? 0).toBe(0);
    advance(DAY);
    expect(study.dueCounts().byArticle[SAMPLE]).toBe(1);
    const reset = study.bulk([card.id], { type: 'reset' }).cards[0]!;
    expect(reset.schedule).toMatchObject({ state: 'New', reps: 0, lastReview: null });
    expect(study.reviewLog().filter((e) => e.cardId === card.id)).toHaveLength(1);
  });

  it('the Due filter holds exactly the cards "study all due" would show — the header\'s count', async () => {
    const { study, advance } = await setup();
    const graded = study.queue().cards.slice(0, 6).map((c) => c.card);
    for (const card of graded) study.grade(card.articleId, card.id, 3);
    advance(30 * DAY);
    const queue = study.queue();
    const counts = queue.counts;
    const due = study.browse({ due: true });
    expect(due.map((c) => c.id).sort()).toEqual(queue.cards.map((c) => c.card.id).sort());
    expect(due).toHaveLength(counts.new + counts.learning + counts.review);
    expect(counts.learning + counts.review).toBeGreaterThan(0);
    expect(counts.new).toBeGreaterThan(0);
  });
});

describe('the cards:bulk contract', () => {
  const args = contract['cards:bulk'].args;
  it('takes card ids and one known action, and refuses anything else', () => {
    expect(args.safeParse({ cardIds: [`${SAMPLE}-abcdef`], action: { type: 'reschedule', date: '2026-03-05' } }).success).toBe(true);
    expect(args.safeParse({ cardIds: [`${SAMPLE}-abcdef`], action: { type: 'reschedule', date: 'tomorrow' } }).success).toBe(false);
    expect(args.safeParse({ cardIds: [], action: { type: 'suspend' } }).success).toBe(false);
    expect(args.safeParse({ cardIds: ['../etc/passwd'], action: { type: 'suspend' } }).success).toBe(false);
    expect(args.safeParse({ cardIds: [`${SAMPLE}-abcdef`], action: { type: 'explode' } }).success).toBe(false);
    expect(args.safeParse({ cardIds: [`${SAMPLE}-abcdef`], action: { type: 'tag', add: ['a,b'], remove: [] } }).success).toBe(false);
  });
});
