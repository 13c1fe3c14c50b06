import { describe, expect, it } from 'vitest';
import { cardHeading } from '../../src/shared/card-heading.js';

describe('the heading a card is studied under', () => {
  it('is the article title, so "the hospital" on the card says which hospital', () => {
    expect(cardHeading("St Columba's Hospital: from fever house to trauma centre", { back: '1908' })).toBe("St Columba's Hospital: from fever house to trauma centre");
  });

  it('is left off when the title holds the answer, which it would give away', () => {
    expect(cardHeading('Alpine glacier has lost 40% of its volume since 2000, study shows', { back: '40%' })).toBeNull();
    expect(cardHeading('Margaret Ellison, physicist who measured the thinning ozone layer, dies aged 87', { back: 'Margaret Ellison' })).toBeNull();
    expect(cardHeading('Margaret Ellison, physicist who measured the thinning ozone layer', { back: 'Ellison' })).toBeNull();
    expect(cardHeading('Strike costs the town 5,400 jobs', { back: '5400' })).toBeNull();
    expect(cardHeading("The weavers' winter", { back: 'a weaver' })).toBeNull();
  });

  it('is left off when the title all but says the answer', () => {
    // cases judges marked as given away by the title (session 33)
    expect(cardHeading('Council approves £18m plan to rebuild Eastgate leisure centre', { back: '£18.4 million' })).toBeNull();
    expect(cardHeading('Daily pill cuts second heart attacks by a fifth in large trial', { back: '21%' })).toBeNull();
    expect(cardHeading('Farmland birds down by a third in 25 years, survey finds', { back: '34%' })).toBeNull();
    expect(cardHeading('World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal', { back: 'United States' })).toBeNull();
    expect(cardHeading('UEFA Euro 2020 qualifying: Tracking every team', { back: 'Europe' })).toBeNull();
    expect(cardHeading('Porthlevan', { back: 'St Levan' })).toBeNull();
    expect(cardHeading('Islamism', { back: 'National Islamic Front' })).toBeNull();
    // a name clipped in the title (session 36, both judges of an unseen BBC story)
    expect(cardHeading('Lib Dems target first-time buyers', { back: 'Liberal Democrats' })).toBeNull();
    expect(cardHeading('Why the Lib Dem vote held in the south-west', { back: 'Liberal Democrat' })).toBeNull();
    expect(cardHeading('Glazer makes new Man Utd approach', { back: 'Manchester United' })).toBeNull();
    // initials of a name run together, a plural in "-ies" (session 39's judges: "Title 'Sony PSP' gives away PlayStation Portable", "'Tories' in the title gives away 'Tory Party'")
    expect(cardHeading('Sony PSP goes on sale in the US', { back: 'PlayStation Portable' })).toBeNull();
    expect(cardHeading('Tories attack Labour over tax', { back: 'Tory Party' })).toBeNull();
  });

  it('is kept when the title shares only common words with the answer', () => {
    expect(cardHeading('The last ferryman of the Wyre estuary', { back: 'the council' })).toBe('The last ferryman of the Wyre estuary');
    expect(cardHeading('Farmland birds down by a third in 25 years', { back: '1999' })).toBe('Farmland birds down by a third in 25 years');
    // a year is not "near" another year of the story
    expect(cardHeading('Alpine glacier has lost 40% of its volume since 2000', { back: '2005' })).toBe('Alpine glacier has lost 40% of its volume since 2000');
    expect(cardHeading('Farmland birds down by a third in 25 years', { back: '12%' })).toBe('Farmland birds down by a third in 25 years');
    expect(cardHeading('Alpine glacier has lost 40% of its volume', { back: '35%' })).toBe('Alpine glacier has lost 40% of its volume');
    expect(cardHeading('15 Helpful Tips to Overcome Binge Eating', { back: '13%' })).toBe('15 Helpful Tips to Overcome Binge Eating');
    expect(cardHeading('Lib Dems target first-time buyers', { back: 'Labour Party' })).toBe('Lib Dems target first-time buyers');
    expect(cardHeading('Glazer makes new Man Utd approach', { back: 'Manchester City' })).toBe('Glazer makes new Man Utd approach');
  });

  it('is one line, and nothing when the article has no title', () => {
    expect(cardHeading('  Porthlevan\n  harbour ', { back: '2016' })).toBe('Porthlevan harbour');
    expect(cardHeading('', { back: '2016' })).toBeNull();
    expect(cardHeading(undefined, { back: '2016' })).toBeNull();
  });
});
