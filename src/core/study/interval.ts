// Anki-style interval labels for the grade buttons: "45s", "10m", "3.5h", "3d", "2.1mo", "1.4y".

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Label for a span of `ms` milliseconds; a month is 30 days and a year 365, as in Anki. */
export function formatInterval(ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE) return `${Math.round(span / 1000)}s`;
  if (Math.round(span / MINUTE) < 60) return `${Math.round(span / MINUTE)}m`;
  if (span < DAY - HOUR / 2) return `${oneDecimal(span / HOUR)}h`;
  if (Math.round(span / DAY) < 30) return `${Math.round(span / DAY)}d`;
  if (span < YEAR) return `${oneDecimal(span / MONTH)}mo`;
  return `${oneDecimal(span / YEAR)}y`;
}
