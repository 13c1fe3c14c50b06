// How numbers and dates read in the UI.
export const WORDS_PER_MINUTE = 230;

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** "20 Jun 2023" for an ISO date at any precision; the raw text when it is not a date. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  if (/^\d{4}$/.test(iso)) return iso;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatWords(words: number): string {
  return `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}`;
}

export function formatMinutes(minutes: number): string {
  return minutes < 1 ? 'under a minute' : `${Math.round(minutes)} min`;
}

/** Minutes left to read `words` words with `progress` (0–1) of them behind. */
export function minutesLeft(words: number, progress: number): number {
  return Math.ceil((words * (1 - Math.min(1, Math.max(0, progress)))) / WORDS_PER_MINUTE);
}

export function formatPercent(progress: number): string {
  return `${Math.round(progress * 100)}%`;
}
