// How the summary note shows a timeline date (YYYY, YYYY-MM or YYYY-MM-DD) and reads tags typed
// as one line.

/** "2023", "June 2023" or "19 June 2023", in the user's locale. */
export function formatEventDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m) return date;
  const when = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return when.toLocaleDateString(undefined, options);
}

/** Tags typed as "politics, to quiz": trimmed, empty ones left out. */
export function parseTagLine(line: string): string[] {
  return line
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
