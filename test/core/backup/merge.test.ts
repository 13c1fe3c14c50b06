// Merging a backup's records into the library's: nothing either side made is lost, the newer
// copy of a card or highlight wins, and the report says what was added, merged and kept.
import { describe, expect, it } from 'vitest';
import { mergeArticle, mergeLibraries, noteMergeMarker, same, type ArticleRecords } from '../../../src/core/backup/merge.js';
import { applyTriage, gradeCard, type ReviewLogEntry, type StudyCard, type TriageDecision } from '../../../src/core/study/index.js';
import type { Highlight, Summary } from '../../../src/shared/notes.js';
import { daysAfter, keptCard, SETTINGS, sentenceCard, T0 } from '../study/helpers.js';
import { newStudyCard } from '../../../src/core/study/index.js';

const A = 'a1';

function records(over: Partial<ArticleRecords> = {}): ArticleRecords {
  return {
    articleId: A,
    state: { title: 'Sample', tags: [], archived: false, favorite: false, progress: 0 },
    cards: [],
    reviews: [],
    decisions: [],
    highlights: [],
    note: { markdown: '', updatedAt: null },
    editedSummary: null,
    ...over,
  };
}

function fresh(id: string, sentence: number): StudyCard {
  return newStudyCard(sentenceCard(id, sentence), A, T0);
}

function graded(card: StudyCard, days: number): { card: StudyCard; log: ReviewLogEntry } {
  const result = gradeCard(card, 3, daysAfter(T0, days), SETTINGS);
  return { card: result.card, log: result.log };
}

function highlight(id: string, note: string, updatedAt: string): Highlight {
  return { id, color: 'yellow', note, tags: [], selector: { exact: 'quote', prefix: '', suffix: '', start: 0, end: 5 }, createdAt: '2024-03-01T10:00:00.000Z', updatedAt };
}

const SUMMARY: Summary = { keyPoints: [{ text: 'One point.', paragraph: 0 }], people: [], organizations: [], places: [], timeline: [], numbers: [] };

describe('merging a backup into a library that has the same article', () => {
  it('takes the studied copy of a card over the fresh one, with its review history', () => {
    const ours = records({ cards: [fresh('c1', 1), fresh('c2', 2)] });
    const kept = keptCard(sentenceCard('c1', 1), A);
    const first = graded(kept, 1);
    const second = graded(first.card, 5);
    const decision: TriageDecision = { cardId: 'c1', articleId: A, decision: 'keep', kind: 'cloze', features: {}, at: T0.toISOString() };
    const theirs = records({ cards: [second.card, fresh('c2', 2)], reviews: [first.log, second.log], decisions: [decision] });
    const { records: out, report } = mergeArticle(ours, theirs);
    expect(out.cards.find((c) => c.id === 'c1')).toEqual(second.card);
    expect(out.cards.find((c) => c.id === 'c2')).toEqual(fresh('c2', 2));
    expect(out.reviews).toEqual([first.log, second.log]);
    expect(out.decisions).toEqual([decision]);
    expect(report.merged).toContainEqual({ kind: 'card', id: 'c1' });
    expect(report.kept).toContainEqual({ kind: 'card', id: 'c2' });
    expect(report.added.filter((i) => i.kind === 'review')).toHaveLength(2);
  });

  it('keeps our copy of a card when it changed later, and joins both review histories', () => {
    const base = keptCard(sentenceCard('c1', 1), A);
    const theirsOnly = graded(base, 1);
    const oursOnly = graded(theirsOnly.card, 9);
    const ours = records({ cards: [oursOnly.card], reviews: [theirsOnly.log, oursOnly.log] });
    const theirs = records({ cards: [theirsOnly.card], reviews: [theirsOnly.log] });
    const { records: out, report, changed } = mergeArticle(ours, theirs);
    expect(out.cards).toEqual([oursOnly.card]);
    expect(out.reviews).toEqual([theirsOnly.log, oursOnly.log]);
    expect(report.kept).toEqual(expect.arrayContaining([{ kind: 'card', id: 'c1' }, { kind: 'review', id: theirsOnly.log.id }]));
    expect(report.added).toEqual([]);
    expect(changed).toBe(false);
  });

  it('counts a triage decision and an edit as changes: a kept, never-reviewed card beats a fresh one', () => {
    const ours = records({ cards: [fresh('c1', 1), fresh('c2', 2)] });
    const later = daysAfter(T0, 2);
    const dropped = applyTriage([fresh('c1', 1)], { type: 'drop', cardId: 'c1' }, later);
    const edited = applyTriage([fresh('c2', 2)], { type: 'edit', cardId: 'c2', front: 'Who?', back: 'Me' }, later);
    const theirs = records({ cards: [...dropped.cards, ...edited.cards], decisions: [...dropped.decisions, ...edited.decisions] });
    const { records: out } = mergeArticle(ours, theirs);
    expect(out.cards.map((c) => [c.id, c.status, c.front])).toEqual([
      ['c1', 'dropped', 'Front of c1 [...]'],
      ['c2', 'kept', 'Who?'],
    ]);
    expect(out.cards[1]?.editedAt).toBe(later.toISOString());
  });

  it('adds cards, highlights and decisions only the backup has, and keeps the ones only here', () => {
    const ours = records({ cards: [fresh('c1', 1)], highlights: [highlight('aaaaaaaaaaaa', 'mine', '2024-03-02T00:00:00.000Z')] });
    const theirs = records({ cards: [fresh('c9', 9)], highlights: [highlight('bbbbbbbbbbbb', 'theirs', '2024-03-02T00:00:00.000Z')] });
    const { records: out, report } = mergeArticle(ours, theirs);
    expect(out.cards.map((c) => c.id)).toEqual(['c1', 'c9']);
    expect(out.highlights.map((h) => h.note)).toEqual(['mine', 'theirs']);
    expect(report.added).toEqual(expect.arrayContaining([{ kind: 'card', id: 'c9' }, { kind: 'highlight', id: 'bbbbbbbbbbbb' }]));
  });

  it('takes the later edit of a highlight with the same ID', () => {
    const ours = records({ highlights: [highlight('aaaaaaaaaaaa', 'old', '2024-03-02T00:00:00.000Z'), highlight('cccccccccccc', 'newer here', '2024-03-09T00:00:00.000Z')] });
    const theirs = records({ highlights: [highlight('aaaaaaaaaaaa', 'new', '2024-03-05T00:00:00.000Z'), highlight('cccccccccccc', 'older there', '2024-03-04T00:00:00.000Z')] });
    const { records: out, report } = mergeArticle(ours, theirs);
    expect(out.highlights.map((h) => h.note)).toEqual(['new', 'newer here']);
    expect(report.merged).toContainEqual({ kind: 'highlight', id: 'aaaaaaaaaaaa' });
    expect(report.kept).toContainEqual({ kind: 'highlight', id: 'cccccccccccc' });
  });

  it('keeps both texts of a note written differently on both sides, marked, and only once', () => {
    const ours = records({ note: { markdown: '# Mine\n\nWritten here.', updatedAt: '2024-03-05T00:00:00.000Z' } });
    const theirs = records({ note: { markdown: '# Theirs\n\nWritten there.', updatedAt: '2024-03-04T00:00:00.000Z' } });
    const once = mergeArticle(ours, theirs);
    expect(once.records.note.markdown).toBe(`# Mine\n\nWritten here.\n\n${noteMergeMarker('2024-03-04T00:00:00.000Z')}\n\n# Theirs\n\nWritten there.\n`);
    expect(once.records.note.updatedAt).toBe('2024-03-05T00:00:00.000Z');
    expect(once.report.merged).toContainEqual({ kind: 'note', id: A });
    const twice = mergeArticle(once.records, theirs);
    expect(twice.records.note).toEqual(once.records.note);
    expect(twice.changed).toBe(false);
  });

  it('takes the note from the side that has one, and keeps one that already holds the other', () => {
    const written = { markdown: 'A note.', updatedAt: '2024-03-04T00:00:00.000Z' };
    expect(mergeArticle(records(), records({ note: written })).records.note).toEqual(written);
    expect(mergeArticle(records({ note: written }), records()).records.note).toEqual(written);
    const grown = { markdown: 'A note.\n\nAnd more.', updatedAt: '2024-03-06T00:00:00.000Z' };
    expect(mergeArticle(records({ note: written }), records({ note: grown })).records.note).toEqual(grown);
  });

  it('takes the edited summary with the later edit time', () => {
    const other: Summary = { ...SUMMARY, keyPoints: [{ text: 'Another point.', paragraph: 1 }] };
    const older = { summary: SUMMARY, at: '2024-03-02T00:00:00.000Z' };
    const newer = { summary: other, at: '2024-03-03T00:00:00.000Z' };
    expect(mergeArticle(records({ editedSummary: older }), records({ editedSummary: newer })).records.editedSummary).toEqual(newer);
    expect(mergeArticle(records({ editedSummary: newer }), records({ editedSummary: older })).records.editedSummary).toEqual(newer);
    expect(mergeArticle(records(), records({ editedSummary: older })).records.editedSummary).toEqual(older);
    expect(mergeArticle(records({ editedSummary: older }), records()).records.editedSummary).toEqual(older);
    // An edit without a time (an older backup) does not replace one with a time.
    expect(mergeArticle(records({ editedSummary: older }), records({ editedSummary: { summary: other, at: null } })).records.editedSummary).toEqual(older);
  });

  it('joins tags, keeps the furthest reading progress and a favourite from either side', () => {
    const ours = records({ state: { title: 'Here', tags: ['a'], archived: false, favorite: false, progress: 0.2 } });
    const theirs = records({ state: { title: 'There', tags: ['b', 'a'], archived: true, favorite: true, progress: 0.7 } });
    expect(mergeArticle(ours, theirs).records.state).toEqual({ title: 'Here', tags: ['a', 'b'], archived: false, favorite: true, progress: 0.7 });
  });

  it('is idempotent: merging the result with the same backup again changes nothing', () => {
    const kept = keptCard(sentenceCard('c1', 1), A);
    const g = graded(kept, 1);
    const theirs = records({ cards: [g.card], reviews: [g.log], note: { markdown: 'x', updatedAt: null }, highlights: [highlight('aaaaaaaaaaaa', 'h', '2024-03-02T00:00:00.000Z')] });
    const first = mergeArticle(records({ cards: [fresh('c1', 1)] }), theirs);
    const second = mergeArticle(first.records, theirs);
    expect(second.records).toEqual(first.records);
    expect(second.changed).toBe(false);
    expect(second.report.added).toEqual([]);
    expect(second.report.merged).toEqual([]);
  });

  it('over whole libraries: articles only in the backup are to be added, shared ones merged', () => {
    const b = { ...records(), articleId: 'b2' };
    const result = mergeLibraries([records(), { ...records(), articleId: 'c3' }], [records({ note: { markdown: 'n', updatedAt: null } }), b]);
    expect(result.added).toEqual([b]);
    expect(result.merged.map((m) => m.records.articleId)).toEqual([A]);
    expect(result.merged[0]?.report.added).toEqual([{ kind: 'note', id: A }]);
  });

  it('compares records by value, whatever the order of their keys', () => {
    expect(same({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 2 })).toBe(false);
  });
});
