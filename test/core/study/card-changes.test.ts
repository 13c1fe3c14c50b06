// The one-card changes of the card browser and the editor's decision records, as pure rules.
import { describe, expect, it } from 'vitest';
import { bulkChange, deletedCard, flaggedCard, gradeCard, keptByReader, suspendedCard } from '../../../src/core/study/index.js';
import { keptCard, SETTINGS, sourceCard, T0 } from './helpers.js';

describe('one-card changes', () => {
  const graded = gradeCard(keptCard(sourceCard('c1')), 3, T0, SETTINGS).card;

  it('suspending and unsuspending leave the schedule as it was', () => {
    const off = suspendedCard(graded, true);
    expect(off).toEqual({ ...graded, suspended: true });
    expect(suspendedCard(off, false)).toEqual(graded);
  });

  it('flagging keeps the generator\'s reason, else says the reader flagged it; unflagging clears it', () => {
    expect(flaggedCard(graded, true)).toMatchObject({ flagged: true, flagReason: 'flagged by you' });
    const byGenerator = { ...graded, flagged: true, flagReason: 'answer is a number' };
    expect(flaggedCard(byGenerator, true).flagReason).toBe('answer is a number');
    expect(flaggedCard(byGenerator, false)).toMatchObject({ flagged: false, flagReason: null });
  });

  it('deleting drops the card and takes it out of suspension, keeping its history', () => {
    const gone = deletedCard(suspendedCard(graded, true));
    expect(gone).toMatchObject({ status: 'dropped', suspended: false });
    expect(gone.schedule).toEqual(graded.schedule);
  });

  it('the browser\'s bulk actions make the same changes', () => {
    expect(bulkChange(graded, { type: 'suspend' }, T0, SETTINGS)).toEqual(suspendedCard(graded, true));
    expect(bulkChange(graded, { type: 'delete' }, T0, SETTINGS)).toEqual(deletedCard(graded));
  });
});

describe('decisions for cards the reader wrote', () => {
  it('record a keep of each, with the card\'s own features and the time made', () => {
    const cards = [keptCard(sourceCard('r1', { kind: 'qa', features: { madeByReader: true } }), '0123456789abcdef'), keptCard(sourceCard('r2'), '0123456789abcdef')];
    expect(keptByReader(cards, T0)).toEqual([
      { cardId: 'r1', articleId: '0123456789abcdef', decision: 'keep', kind: 'qa', features: { madeByReader: true }, at: T0.toISOString() },
      { cardId: 'r2', articleId: '0123456789abcdef', decision: 'keep', kind: 'cloze', features: {}, at: T0.toISOString() },
    ]);
  });
});
