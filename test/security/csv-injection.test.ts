// CSV export is spreadsheet-safe (issue 20, item 9): a cell a spreadsheet would run as a formula
// (=, +, -, @, or a leading tab or carriage return) is written as text with a leading apostrophe,
// while numbers stay numbers and quoting still follows RFC 4180.
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/core/export/csv.js';

describe('a CSV cell', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['+1+cmd|\' /C calc\'!A0', `'+1+cmd|' /C calc'!A0`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `"'\r=1+1"`],
  ])('defuses %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it.each([['-12'], ['+3.5'], ['0'], ['plain words'], ['a = b'], ['email@example.org']])('leaves %j as it is', (value) => {
    expect(csvField(value)).toBe(value);
  });

  it('still quotes commas, quotes and line breaks', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
  });
});
