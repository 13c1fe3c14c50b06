// Study days: a day starts at the rollover hour (default 4 am) in the user's local time, so a
// review at 03:00 belongs to the previous day. Offsets are minutes east of UTC.
import type { UtcOffset } from '../../shared/study.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function offsetAt(offset: UtcOffset, at: Date): number {
  return typeof offset === 'number' ? offset : offset(at);
}

function dayNumber(at: Date, rolloverHour: number, offset: UtcOffset): number {
  return Math.floor((at.getTime() + offsetAt(offset, at) * 60_000 - rolloverHour * HOUR) / DAY);
}

function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The study day `at` belongs to, as the local calendar date it started on ("2024-03-09"). */
export function studyDay(at: Date, rolloverHour: number, offset: UtcOffset = 0): string {
  return isoDay(dayNumber(at, rolloverHour, offset));
}

function startOfDayNumber(day: number, rolloverHour: number, offset: UtcOffset): Date {
  const local = day * DAY + rolloverHour * HOUR;
  // The offset that applies at the start itself (it may differ from `at`'s across a DST change).
  const guess = new Date(local - offsetAt(offset, new Date(local)) * 60_000);
  return new Date(local - offsetAt(offset, guess) * 60_000);
}

/** The instant the study day containing `at` began. */
export function startOfStudyDay(at: Date, rolloverHour: number, offset: UtcOffset = 0): Date {
  return startOfDayNumber(dayNumber(at, rolloverHour, offset), rolloverHour, offset);
}

/** The instant the study day containing `at` ends (exclusive): the next day's start. */
export function endOfStudyDay(at: Date, rolloverHour: number, offset: UtcOffset = 0): Date {
  return startOfDayNumber(dayNumber(at, rolloverHour, offset) + 1, rolloverHour, offset);
}

/** The instant the study day named `date` ("2024-03-09", a local calendar date) begins. */
export function startOfStudyDate(date: string, rolloverHour: number, offset: UtcOffset = 0): Date {
  return startOfDayNumber(Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY), rolloverHour, offset);
}
