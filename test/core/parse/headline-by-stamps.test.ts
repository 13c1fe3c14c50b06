// A copied web page's title is its headline, found next to the head's stamps (byline, date,
// time, reading time) and told from the other short lines around it by the words the story's
// opening repeats: not "Subscribe" at the top, a section label, a standfirst, a time stamp,
// a "Follow … on Twitter" prompt or a teaser for another story. Invented pages.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse/index.js';

const parse = (lines: string[]) => parseText(lines.join('\n\n'), { format: 'text', encoding: 'utf-8' });

const BODY = [
  'The harbour council of Porth Aldan voted on Monday to build a tidal lagoon across the old quay, ending a dispute that had split the town for a decade.',
  'Supporters of the lagoon say it will power every home in the town by the end of the decade, while fishermen fear for the quay and their moorings.',
  'The council will ask the government for half of the cost of the lagoon, about 40 million pounds, before the work can start next spring.',
];
const MENU = ['Home', 'News', 'Sport', 'Weather', 'Business', 'Culture', 'Travel', 'Opinion'];

describe('the headline of a copied web page', () => {
  it('is the headline before the byline, not "Subscribe" on the first line', () => {
    const article = parse(['Subscribe', 'Coast', 'Harbour council votes for a tidal lagoon across the old quay', 'Written by Mara Quellan on March 4, 2024', ...BODY]);
    expect(article.title).toBe('Harbour council votes for a tidal lagoon across the old quay');
    expect(article.byline).toBe('Mara Quellan');
  });

  it('is the headline, not the standfirst under it, when both come before the byline', () => {
    const article = parse([...MENU, 'Up next:', 'Porth Aldan council backs tidal lagoon across the old quay', 'Porth Aldan council backs tidal lagoon across the old quay', 'A decade of argument ends in one evening as the harbour council makes up its mind', 'by', 'Oren Talbot', '@orentalbot', 'Mar 4, 2024', 'at', '9:24 pm ET', '• 2 min read', ...BODY]);
    expect(article.title).toBe('Porth Aldan council backs tidal lagoon across the old quay');
  });

  it('is never the time stamp under the headline', () => {
    const article = parse([...MENU, 'Daily Edition', 'COAST', 'Porth Aldan Bets Its Quay on a Tidal Lagoon', '5:45 AM PST 3/4/2024', 'by', 'Oren Talbot', 'FACEBOOK', 'TWITTER', ...BODY]);
    expect(article.title).toBe('Porth Aldan Bets Its Quay on a Tidal Lagoon');
  });

  it('is never a "Follow … on Twitter" prompt or another story’s teaser before the head', () => {
    const article = parse([
      ...MENU,
      'Ministers Clash over Rail Fares in a Stormy Budget Debate',
      'Festival of Lights Returns to the Capital for a Tenth Winter',
      'More articles',
      'The Lagoon Question',
      'By Ines Morel',
      'About Ines Morel',
      'Follow Ines Morel on Twitter',
      'March 4, 2024 6:30 AM',
      ...BODY,
    ]);
    expect(article.title).toBe('The Lagoon Question');
  });

  it('is the headline set as the first line of text, with the section label and a glued time stamp around it', () => {
    const article = parse([...MENU, 'Menu', 'Coast news', 'Tidal lagoon wins the harbour council vote in Porth Aldan', 'Published Mon, Mar 4 20247:05 AM ESTUpdated Mon, Mar 4 20247:16 AM EST', 'Video of the vote: Quay owners react', ...BODY]);
    expect(article.title).toBe('Tidal lagoon wins the harbour council vote in Porth Aldan');
  });

  it('is never a quoted claim ending on a full stop inside its quotes', () => {
    const article = parse([...MENU, '"The council will ask the government for half of the cost of the lagoon."', '— Dana Orwell on Sunday, March 3rd, 2024 in a council leaflet', 'Who pays for the Porth Aldan lagoon?', 'By Ines Morel', 'March 4, 2024', ...BODY]);
    expect(article.title).toBe('Who pays for the Porth Aldan lagoon?');
  });

  it('is never a picture caption followed by its credit, nor a subheading below the first paragraph', () => {
    const captioned = parse([...MENU, 'Porth Aldan backs its tidal lagoon', 'Residents gather outside the town hall as the council votes on the lagoon', 'Image: Ana Bell', 'By Oren Talbot', 'March 4, 2024', ...BODY]);
    expect(captioned.title).toBe('Porth Aldan backs its tidal lagoon');
    const subheaded = parse([...MENU, 'Why Porth Aldan wants a lagoon', BODY[0]!, 'Council leader defends the lagoon', 'By Oren Talbot, March 4, 2024', BODY[1]!, BODY[2]!]);
    expect(subheaded.title).toBe('Why Porth Aldan wants a lagoon');
  });

  it('is the headline over the byline, not a teaser over the date strip above it', () => {
    const article = parse([...MENU, 'Latest', 'Council tax to rise by five per cent', '5 March 2024', 'Porth Aldan backs its tidal lagoon', 'By Oren Talbot', ...BODY]);
    expect(article.title).toBe('Porth Aldan backs its tidal lagoon');
  });

  it('is a headline with a year in it, over its long standfirst: a year is no date line', () => {
    const article = parse([...MENU, 'Porth Aldan lagoon to open in 2026', 'A bill of forty million pounds leaves the council asking the government for half, its leader says, as fishermen fear for the quay', 'By Oren Talbot', 'March 4, 2024', ...BODY]);
    expect(article.title).toBe('Porth Aldan lagoon to open in 2026');
  });

  it('is the post title under a blog\'s "Posted on" line, not the blog\'s name over its menu', () => {
    const article = parse(['Porth Aldan Harbour Voice', 'Home', 'About', 'Contact', 'Posted on March 4, 2024 by admin', 'Council backs the tidal lagoon', ...BODY]);
    expect(article.title).toBe('Council backs the tidal lagoon');
  });

  it('leaves documents that open on their title alone: an essay with a subtitle, an email', () => {
    expect(parse(['Quiet Harbour', 'Reflections on the Porth Aldan lagoon vote', 'March 4, 2024', ...BODY]).title).toBe('Quiet Harbour');
    expect(parse(['Subject: Lagoon vote and next steps', 'From: Dana Orwell', 'Sent: Monday, March 4, 2024 10:12 AM', ...BODY]).title).toBe('Subject: Lagoon vote and next steps');
  });

  it('leaves a plain document alone: its first line is its title', () => {
    expect(parse(['Tidal lagoons', 'March 4, 2024', ...BODY]).title).toBe('Tidal lagoons');
    expect(parse(['Notes on the lagoon vote', ...BODY]).title).toBe('Notes on the lagoon vote');
  });
});
