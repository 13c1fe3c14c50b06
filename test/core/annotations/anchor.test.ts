import { describe, expect, it } from 'vitest';
import { anchor, selectorFor } from '../../../src/core/annotations/index.js';

const TEXT = 'Title\n\nThe river rose in the night. By morning the council had closed the bridge, and the school stayed shut. The river fell again on Friday.';

function highlight(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  return selectorFor(text, at, at + quote.length);
}

describe('anchoring a highlight', () => {
  it('stays where it was in an unchanged text', () => {
    const sel = highlight(TEXT, 'the council had closed the bridge');
    expect(anchor(TEXT, sel)).toEqual({ status: 'anchored', start: sel.start, end: sel.end, moved: false });
  });

  it('follows its text when an edit before it shifts every position', () => {
    const sel = highlight(TEXT, 'the council had closed the bridge');
    const edited = TEXT.replace('The river rose in the night.', 'After a week of storms, the river rose sharply in the night.');
    const result = anchor(edited, sel);
    expect(result.status).toBe('anchored');
    if (result.status !== 'anchored') return;
    expect(edited.slice(result.start, result.end)).toBe('the council had closed the bridge');
    expect(result.moved).toBe(true);
  });

  it('picks the right one of two identical quotes by its context', () => {
    const sel = highlight(TEXT, 'The river', 1); // "The river fell again…"
    const edited = `Preface added.\n\n${TEXT}`;
    const result = anchor(edited, sel);
    expect(result.status === 'anchored' && edited.slice(result.start, result.end + 11)).toBe('The river fell again');
  });

  it('survives a small edit inside the highlighted sentence', () => {
    const sel = highlight(TEXT, 'By morning the council had closed the bridge, and the school stayed shut.');
    const edited = TEXT.replace('the school stayed shut', 'the schools stayed shut');
    const result = anchor(edited, sel);
    expect(result.status === 'anchored' && edited.slice(result.start, result.end)).toBe('By morning the council had closed the bridge, and the schools stayed shut.');
  });

  it('survives an edit at the start of the highlighted sentence', () => {
    const sel = highlight(TEXT, 'By morning the council had closed the bridge, and the school stayed shut.');
    const edited = TEXT.replace('By morning the council', 'By dawn the city council');
    const result = anchor(edited, sel);
    expect(result.status === 'anchored' && edited.slice(result.start, result.end)).toBe('By dawn the city council had closed the bridge, and the school stayed shut.');
  });

  it('is orphaned, not dropped or misplaced, when its text is gone', () => {
    const sel = highlight(TEXT, 'the council had closed the bridge');
    const edited = TEXT.replace('By morning the council had closed the bridge, and the school stayed shut. ', '');
    expect(anchor(edited, sel)).toEqual({ status: 'orphaned' });
  });

  it('refuses an empty or out-of-range selection', () => {
    expect(() => selectorFor(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => selectorFor(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });
});
