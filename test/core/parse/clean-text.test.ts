import { describe, expect, it } from 'vitest';
import { cleanText, countWords, parseText } from '../../../src/core/parse/index.js';

describe('cleanText', () => {
  it('is the title, a blank line, then blocks separated by one blank line', () => {
    const text = cleanText({
      title: 'A Title',
      blocks: [
        { type: 'heading', text: 'Part one' },
        { type: 'paragraph', text: 'First paragraph.' },
      ],
    });
    expect(text).toBe('A Title\n\nPart one\n\nFirst paragraph.');
  });

  it('is the title alone when no block is kept', () => {
    expect(cleanText({ title: 'Only', blocks: [] })).toBe('Only');
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits, keeping contractions whole', () => {
    expect(countWords({ title: 'It’s 2024', blocks: [{ type: 'paragraph', text: 'Don’t stop — go on, now!' }] })).toBe(7);
  });

  it('counts accented and non-Latin words', () => {
    expect(countWords({ title: 'Über naïve', blocks: [{ type: 'paragraph', text: 'Привет мир' }] })).toBe(4);
  });

  it('counts each Chinese or Japanese character as a word', () => {
    expect(countWords({ title: '中国', blocks: [{ type: 'paragraph', text: 'abc 日本語' }] })).toBe(6);
  });
});

describe('parseText on plain text', () => {
  const parse = (text: string) => parseText(text, { format: 'text', encoding: 'utf-8' });

  it('joins the single newlines inside a paragraph with a space', () => {
    const article = parse('Title\n\nThe first line\nand the second line of one paragraph.');
    expect(article.blocks).toEqual([{ type: 'paragraph', text: 'The first line and the second line of one paragraph.' }]);
  });

  it('reads an ISO date with an offset and a date alone at their precision', () => {
    expect(parse('T\n\n2023-06-20T07:00:00+02:00\n\nA sentence of body text that is long enough to count.').published).toBe('2023-06-20T07:00:00+02:00');
    expect(parse('T\n\n2023-06-20\n\nA sentence of body text that is long enough to count.').published).toBe('2023-06-20');
  });

  it('says "und" when the text is too short to tell its language', () => {
    expect(parse('Hi\n\nOk.').language).toBe('und');
  });
});

describe('an encyclopedia’s editorial marks', () => {
  const text =
    'Tide mills\n\n' +
    'A tide mill stores sea water behind a dam at high tide.[3] As of March 2019[update], the largest working mill grinds 40 tonnes a week.[citation needed] ' +
    'Its wheel turns only while the tide falls,[note 2] about six hours a day.[a]\n\n' +
    '[1] Smith, J. Tide Mills of the North Sea. Harbour Press, 1998.';
  const blocks = parseText(text, { format: 'text', encoding: 'utf-8' }).blocks.map((b) => b.text);

  it('leave the text: a pointer to another article set as a sentence of its own', () => {
    const body = parseText('Harbour physics\n\nHe worked on the energy of the tides. (See "Tidal power" for a summary of this work.) In 1978, he moved to Leeds. The mill (see below) still turns.\n', { format: 'text', encoding: 'utf-8' }).blocks[0]!.text;
    expect(body).toBe('He worked on the energy of the tides. In 1978, he moved to Leeds. The mill (see below) still turns.');
  });

  it('leave the text: footnote calls and maintenance tags glued to a word or a stop', () => {
    expect(blocks[0]).toBe(
      'A tide mill stores sea water behind a dam at high tide. As of March 2019, the largest working mill grinds 40 tonnes a week. Its wheel turns only while the tide falls, about six hours a day.',
    );
  });

  it('stay where they open a line, as a reference list’s own numbers do', () => {
    expect(blocks.some((b) => b.startsWith('[1] Smith, J.'))).toBe(true);
  });
});

describe('a wire service’s instrument codes', () => {
  const text =
    'Markets close higher\n\n' +
    'On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, and the Nasdaq Composite .IXIC added 20.72 points. ' +
    'The euro EUR= rose 0.05% while Brent crude LCOc1 fell and 10-year notes US10YT=RR were flat. The .NET team at the U.S. bank moved to C#.';
  const article = parseText(text, { format: 'text', encoding: 'utf-8' });

  it('leave the text, and the sentence is not cut at a dotted code', () => {
    expect(article.blocks[0]?.text).toBe(
      'On Wall Street, the Dow Jones Industrial Average fell 102.2 points, or 0.36%, and the Nasdaq Composite added 20.72 points. ' +
        'The euro rose 0.05% while Brent crude fell and 10-year notes were flat. The .NET team at the U.S. bank moved to C#.',
    );
  });
});
