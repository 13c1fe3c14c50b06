// A made-up five-paragraph local news story, and a page that places furniture before, between
// and after its paragraphs: shared by the furniture specs so each reads as its furniture alone.
import { parseText } from '../../../src/core/parse/index.js';

export const body = [
  'The harbour council voted on Tuesday to keep the old ferry running through the winter, reversing a plan to close the route in November after a year of falling ticket sales.',
  'Mara Lind is a reporter at the island radio station who first broke the news of the closure, and more than four hundred residents then signed a letter to the council.',
  'The council will now pay for a smaller crew and a shorter timetable, which its finance officer expects to cost about half as much as the full service did last year.',
  'A review of the route is planned for the spring, when the council hopes to know whether a new electric boat could run the crossing at a lower cost than the diesel ferry.',
  'Jonas Berg is a senior engineer at the shipyard who designed the new hull, and he told the council that the boat could be ready in two years.',
];

/** The page as copied: masthead, headline, `before`, two paragraphs, `middle`, three paragraphs, `after`; the made-up bio line (body[1]) stays in the page's first half. */
export function page(before: string[] = [], middle: string[] = [], after: string[] = []): string {
  return ['Harbour Daily', 'Ferry to the outer islands will keep sailing this winter', ...before, body[0], body[1], ...middle, body[2], body[3], body[4], ...after].join('\n\n');
}

export const parse = (text: string) => parseText(text, { format: 'text', encoding: 'utf-8' });
