// Short day labels for the statistics charts.

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** "3 Dec" for a study day "YYYY-MM-DD". */
export function shortDay(day: string): string {
  const date = new Date(`${day}T12:00:00`);
  return Number.isNaN(date.getTime()) ? day : dayLabel.format(date);
}
