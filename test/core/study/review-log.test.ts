import { describe, expect, it } from 'vitest';
import {
  gradeCard, REVIEW_LOG_CSV_HEADER, reviewLogToCsv,
  type ReviewLogEntry,
} from '../../../src/core/study/index.js';
import { SETTINGS, T0, keptCard, minutesAfter, sourceCard } from './helpers.js';

function session(): ReviewLogEntry[] {
  const first = gradeCard(keptCard(sourceCard('c,1')), 1, T0, SETTINGS, { durationMs: 5000 });
  const second = gradeCard(first.card, 3, minutesAfter(T0, 1), SETTINGS);
  return [second.log, first.log];
}

describe('review log export', () => {
  it('writes the FSRS optimiser\'s CSV columns, in time order, time in ms since the epoch', () => {
    const lines = reviewLogToCsv(session()).trimEnd().split('\n');
    expect(lines[0]).toBe('card_id,review_time,review_rating,review_state,review_duration');
    expect(REVIEW_LOG_CSV_HEADER).toBe(lines[0]);
    expect(lines.slice(1)).toEqual([
      `"c,1",${T0.getTime()},1,0,5000`,
      `"c,1",${minutesAfter(T0, 1).getTime()},3,1,`,
    ]);
  });
});
