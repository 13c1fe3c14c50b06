// The settings view's fields: their ranges (the contract's, or the reader's narrower font range)
// and the message for a value outside them. Kept apart from the view so the rules read in one place.
import { MAX_FONT, MIN_FONT } from './settings.svelte';

export interface NumberField {
  readonly key: 'fontSize' | 'maxFileMiB' | 'retention' | 'newPerDay' | 'reviewsPerDay' | 'rolloverHour' | 'leechLapses' | 'cardsPer100Words';
  readonly label: string;
  readonly hint: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly unit?: string;
}

export const READING_FIELDS: readonly NumberField[] = [
  { key: 'fontSize', label: 'Reader font size', hint: `In pixels, ${MIN_FONT}–${MAX_FONT}. Also A− and A+ in the reader.`, min: MIN_FONT, max: MAX_FONT, step: 1, unit: 'px' },
  { key: 'maxFileMiB', label: 'Largest file to import', hint: 'Bigger files are skipped on import, 1–1024 MiB.', min: 1, max: 1024, step: 1, unit: 'MiB' },
];

export const STUDY_FIELDS: readonly NumberField[] = [
  { key: 'retention', label: 'Desired retention', hint: 'The share of cards you want to recall when they come due, 70–99 %. Higher means more reviews.', min: 70, max: 99, step: 1, unit: '%' },
  { key: 'newPerDay', label: 'New cards per day', hint: '0–9999.', min: 0, max: 9999, step: 1 },
  { key: 'reviewsPerDay', label: 'Reviews per day', hint: '0–99999.', min: 0, max: 99_999, step: 1 },
  { key: 'rolloverHour', label: 'New day starts at', hint: 'Hour of the day, 0–23 (4 means 4 a.m.).', min: 0, max: 23, step: 1, unit: 'h' },
  { key: 'leechLapses', label: 'Leech after lapses', hint: 'A card forgotten this often is suspended, 2–99.', min: 2, max: 99, step: 1 },
  { key: 'cardsPer100Words', label: 'Cards per 100 words', hint: 'How many cards a new article gets, 0.2–5.', min: 0.2, max: 5, step: 0.1 },
];

/** Why `value` is refused for `field`, or null when it is fine. */
export function fieldError(field: NumberField, value: number | null | undefined): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return `Enter a number for ${field.label.toLowerCase()}.`;
  const unit = field.unit ? ` ${field.unit}` : '';
  if (value < field.min || value > field.max) return `${field.label} is ${field.min}–${field.max}${unit}.`;
  if (field.step === 1 && !Number.isInteger(value)) return `${field.label} is a whole number.`;
  return null;
}
