// Dates written in article heads → ISO 8601 at the precision given. An offset is added only
// when the text gives a numeric one (or Z); zone names like "EST" are left out, not guessed.

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    'jan january enero ene januar janvier',
    'feb february febrero februar février fevrier',
    'mar march marzo märz maerz mars',
    'apr april abril avril',
    'may mayo mai',
    'jun june junio juni juin',
    'jul july julio juli juillet',
    'aug august agosto août aout',
    'sep sept september septiembre septembre',
    'oct october octubre oktober okt octobre',
    'nov november noviembre novembre',
    'dec december diciembre dezember dez décembre decembre',
  ].flatMap((names, i) => names.split(' ').map((name) => [name, i + 1] as const)),
);

const pad = (n: number | string): string => String(n).padStart(2, '0');

function withTime(date: string, hour?: string, minute?: string, second?: string, meridiem?: string, offset?: string): string {
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  const m = meridiem?.toLowerCase().replace(/\./g, '');
  if (m === 'pm' && h < 12) h += 12;
  if (m === 'am' && h === 12) h = 0;
  let out = `${date}T${pad(h)}:${minute}${second ? `:${second}` : ''}`;
  if (offset) out += offset === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return out;
}

const TIME = String.raw`(?:,?\s+(?:at\s+|um\s+|a las\s+)?(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*(Z|[+-]\d{2}:?\d{2}))?)?`;
const ZONE = String.raw`(?:\s*\(?[A-Z]{2,5}\)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?${ZONE}$`, 'i');
const MONTH_FIRST = new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}${ZONE}$`, 'iu');
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})${TIME}${ZONE}$`, 'iu');

function isoDay(year: string, month: number | undefined, day: string): string | null {
  const d = Number(day);
  if (month === undefined || d < 1 || d > 31) return null;
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** The ISO form of a line that is only a date (with optional time); null otherwise. */
export function parseDateLine(line: string): string | null {
  const text = line
    .trim()
    .replace(/^(?:published|updated|posted|date|publicado|actualizado|veröffentlicht|aktualisiert|publié)(?:\s+(?:on|am|el|le))?:?\s*/i, '')
    .replace(/^\p{L}{2,9}\.?,\s+/u, '') // a weekday: "Tue, Nov 19 2019", "Monday, June 5, 2023"
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(?=\d)/iu, '') // "Tuesday 15 October 2019"
    .trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, off] = iso;
    return withTime(`${y}-${mo}-${d}`, h, mi, s, undefined, off);
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const [, name = '', d = '', y = '', h, mi, s, mer, off] = monthFirst;
    const day = isoDay(y, MONTHS[name.toLowerCase()], d);
    return day && withTime(day, h, mi, s, mer, off);
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const [, d = '', name = '', y = '', h, mi, s, mer, off] = dayFirst;
    const day = isoDay(y, MONTHS[name.toLowerCase()], d);
    return day && withTime(day, h, mi, s, mer, off);
  }
  return null;
}

/** A wire dateline opening a story: the place in capitals (a region after a comma, an agency in
 * brackets), then the day, then a dash: "HARWICK, 12 March 2024 — …", "WASHINGTON, March 3, 2024
 * (Reuters) - …". The date is held to the calendar forms parseDateLine reads (DATELINE_DAY, which
 * the summary's lead-in pattern shares). */
export const DATELINE_DAY = String.raw`(?:\p{L}{3,9}\.?,? )?(?:\d{1,2}(?:st|nd|rd|th)? \p{L}{3,9}\.?,? \d{4}|\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4})`;
/** A dateline's place, in capitals ("HARWICK", "PORT ELLEN", "U.S."). */
export const DATELINE_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*`;
const DATELINE = new RegExp(String.raw`^${DATELINE_PLACE}(?:, \p{Lu}[\p{L}.'’ ]{1,29}?)?(?: \([\p{L}.& ]{1,30}\))?, (${DATELINE_DAY})(?: \([\p{L}.& ]{1,30}\))?(?: ?(?:--|[—–]) ?| - )(?=["“‘']?\p{Lu})`, 'u');

/** The ISO day a story's opening dateline gives ("OSLO, 12 March 2024 — The …"), or null. */
export function datelineDate(paragraph: string): string | null {
  const m = DATELINE.exec(paragraph.trimStart());
  return m?.[1] ? parseDateLine(m[1].replace(/,$/, '')) : null;
}
