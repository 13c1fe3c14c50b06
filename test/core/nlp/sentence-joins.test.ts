// Sentences wink-nlp cuts in two at an abbreviation or before an attribution are read as one.
import { describe, expect, it } from 'vitest';
import { continuesSentence } from '../../../src/core/nlp/sentence-joins.js';
import { tokenizeBlocks } from '../../../src/core/nlp/tokens.js';

const sentencesOf = (blocks: string[]): string[] => tokenizeBlocks(blocks).sentences.map((s) => s.text);

describe('tokenizeBlocks joins what wink cuts apart', () => {
  it('keeps a title and its name together', () => {
    expect(sentencesOf(['Then came Rev. Smith, who spoke. The hall was full.'])).toEqual(['Then came Rev. Smith, who spoke.', 'The hall was full.']);
    expect(sentencesOf(['He met the U.S. Rev. John Smith on Monday.'])).toEqual(['He met the U.S. Rev. John Smith on Monday.']);
  });

  it('keeps a state after a party, and a quote with its attribution', () => {
    expect(sentencesOf(['In March, Rep. Carla Whitfield, R-W. Va., toured the mine. She left.'])).toEqual([
      'In March, Rep. Carla Whitfield, R-W. Va., toured the mine.',
      'She left.',
    ]);
    expect(sentencesOf(['“Put the crate down!” a guard shouted. Nobody moved.'])).toEqual(['“Put the crate down!” a guard shouted.', 'Nobody moved.']);
  });

  it('keeps a time of day written with a stop in one piece', () => {
    expect(sentencesOf(['The last sailing left at 4.15pm, watched by 200 people. The call came at 11.20 p.m. on Friday.'])).toEqual([
      'The last sailing left at 4.15pm, watched by 200 people.',
      'The call came at 11.20 p.m. on Friday.',
    ]);
    expect(sentencesOf(['He scored 4. 15 people saw it.'])).toEqual(['He scored 4.', '15 people saw it.']);
  });

  it('keeps a numbering abbreviation with its number ("Rondo Op. 1", "Vol. 2")', () => {
    expect(sentencesOf(['At his first concert he played his Rondo Op. 1. It was printed that year. He wrote Op. 10 in 1833.'])).toEqual([
      'At his first concert he played his Rondo Op. 1.',
      'It was printed that year.',
      'He wrote Op. 10 in 1833.',
    ]);
  });

  it('still ends sentences at abbreviations that can end them, and never joins across blocks', () => {
    expect(sentencesOf(['He moved to the U.S. He liked it.'])).toEqual(['He moved to the U.S.', 'He liked it.']);
    expect(sentencesOf(['The firm was sold to Acme Inc. It grew fast.'])).toEqual(['The firm was sold to Acme Inc.', 'It grew fast.']);
    expect(sentencesOf(['A heading by Rev.', 'and a block that starts lowercase.'])).toEqual(['A heading by Rev.', 'and a block that starts lowercase.']);
  });

  it('keeps offsets, token indices and value spans exact in a joined sentence', () => {
    const blocks = ['First line here.', 'Then came Rev. Smith on 4 May 2019, with 12 people. Then more.'];
    const { sentences, values } = tokenizeBlocks(blocks);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(blocks[s.block]!.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(blocks[s.block]!.slice(t.start, t.end)).toBe(t.text);
    });
    expect(sentences[1]!.text).toBe('Then came Rev. Smith on 4 May 2019, with 12 people.');
    const spans = values.filter((v) => v.sentence === 1).map((v) => sentences[1]!.tokens.slice(v.tokenStart, v.tokenEnd).map((t) => t.text).join(' '));
    expect(spans).toContain('4 May 2019');
    expect(spans).toContain('12');
  });
});

describe('continuesSentence', () => {
  it('joins what cannot open a sentence', () => {
    expect(continuesSentence('to sue Sen. Dana Kowalski (R-Neb.)', ', the office said.')).toBe(true);
    expect(continuesSentence('“Stop right there!”', 'a guard said.')).toBe(true);
    expect(continuesSentence('wrote a letter to U.S.', 'Sen. Dana Kowalski, R-Neb., in May.')).toBe(true);
    expect(continuesSentence('Sen. Joe Manchin, D-W.', 'Va., said so.')).toBe(true);
    expect(continuesSentence('He met Lt.', 'Col. John Doe.')).toBe(true);
    // A lower-case abbreviation of estimate before its figure.
    expect(continuesSentence('which was about 3% of the 1940 world population (est.', '2.3 billion).')).toBe(true);
    expect(continuesSentence('The abbey was founded c.', '1150 by monks from Citeaux.')).toBe(true);
    // The longest title, at the end of a long piece: only the piece's end is read for it.
    expect(continuesSentence('After a long day at the harbour the council thanked Messrs.', 'Smith and Jones.')).toBe(true);
    // A degree cut at its inner stop, a company's name at its abbreviation (blind judges of set P: "cut off at 'and a Ph.'", "begins mid-sentence with 'Records, and released'").
    expect(continuesSentence('She has a Master of Library Science and a Ph.', 'D. in Urban Geography from the University of Lindvik.')).toBe(true);
    expect(continuesSentence('In 1982, she signed with Harbour Records and Lindvik Bros.', 'Records, and released her first two singles.')).toBe(true);
  });

  it('leaves real sentence ends alone', () => {
    expect(continuesSentence('He moved to the U.S.', 'He liked it.')).toBe(false);
    expect(continuesSentence('He moved to the U.K.', 'Smith agreed.')).toBe(false);
    expect(continuesSentence('The speaker was John Smith Jr.', 'He left early.')).toBe(false);
    expect(continuesSentence('It lives on Main St.', 'Nobody knew.')).toBe(false);
    expect(continuesSentence('Wir bauen das Smart Grid (SG).', 'eVolt liefert die Zähler.')).toBe(false);
    expect(continuesSentence('Apple sold more.', 'iPhone sales rose.')).toBe(false);
    // A title glued to the word before is no title, however little of the piece's end is read.
    expect(continuesSentence('The fee was paid in full to theMessrs.', 'Smith and Jones agreed.')).toBe(false);
    expect(continuesSentence('He joined Lindvik Bros.', 'Records show he left in 1990.')).toBe(false);
    expect(continuesSentence('She earned a Ph.D.', 'In 1990 she moved to Oslo.')).toBe(false);
  });
});
