import { describe, expect, it } from 'vitest';
import { endOfStudyDay, startOfStudyDay, studyDay } from '../../../src/core/study/index.js';
import { at } from './helpers.js';

describe('study days', () => {
  it('counts 03:00 local as the previous day and 04:00 as the new one (rollover 4)', () => {
    expect(studyDay(at('2024-03-09T03:00:00Z'), 4)).toBe('2024-03-08');
    expect(studyDay(at('2024-03-09T03:59:59Z'), 4)).toBe('2024-03-08');
    expect(studyDay(at('2024-03-09T04:00:00Z'), 4)).toBe('2024-03-09');
    expect(studyDay(at('2024-03-09T23:59:00Z'), 4)).toBe('2024-03-09');
  });

  it('uses the local time given by an offset in minutes east of UTC', () => {
    // 02:30 UTC is 03:30 in CET (+60): still the previous study day.
    expect(studyDay(at('2024-03-09T02:30:00Z'), 4, 60)).toBe('2024-03-08');
    // 03:30 UTC is 04:30 CET: the new day.
    expect(studyDay(at('2024-03-09T03:30:00Z'), 4, 60)).toBe('2024-03-09');
    // 08:30 UTC is 03:30 in New York (-300): previous day.
    expect(studyDay(at('2024-03-09T08:30:00Z'), 4, -300)).toBe('2024-03-08');
  });

  it('gives the start and end of the study day as instants', () => {
    const noon = at('2024-03-09T12:00:00Z');
    expect(startOfStudyDay(noon, 4, 60).toISOString()).toBe('2024-03-09T03:00:00.000Z');
    expect(endOfStudyDay(noon, 4, 60).toISOString()).toBe('2024-03-10T03:00:00.000Z');
    expect(startOfStudyDay(at('2024-03-09T02:00:00Z'), 4, 60).toISOString()).toBe('2024-03-08T03:00:00.000Z');
  });

  it('accepts an offset function, so daylight saving moves the rollover instant', () => {
    // A toy zone: +60 before 2024-03-31T01:00Z, +120 after (Central European Summer Time).
    const cet = (d: Date): number => (d.getTime() < Date.parse('2024-03-31T01:00:00Z') ? 60 : 120);
    const start = startOfStudyDay(at('2024-03-31T12:00:00Z'), 4, cet);
    expect(start.toISOString()).toBe('2024-03-31T02:00:00.000Z');
    expect(endOfStudyDay(at('2024-03-30T12:00:00Z'), 4, cet).toISOString()).toBe('2024-03-31T02:00:00.000Z');
    expect(studyDay(at('2024-03-31T01:30:00Z'), 4, cet)).toBe('2024-03-30');
  });
});
