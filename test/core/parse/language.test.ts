import { describe, expect, it } from 'vitest';
import { detectLanguage, dominantScript, scriptFits } from '../../../src/core/parse/language.js';

describe('detectLanguage', () => {
  it('never chooses a language written in another script than the text', () => {
    expect(scriptFits('hi', 'Latin')).toBe(false);
    expect(scriptFits('en', 'Latin')).toBe(true);
    expect(scriptFits('ru', 'Cyrillic')).toBe(true);
    // English full of names and fragments, of the kind that once ranked Hindi first.
    const text =
      'A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan OmarIlhan OmarHillicon Valley: Progressives oppose funding bill | Senators call for 5G security coordinator MORE (D-Minn.), the U.S. Attorney said Monday. Patrick Carlineo Jr., 55, could face up to 10 years in prison.';
    expect(dominantScript(text)).toBe('Latin');
    expect(detectLanguage(text)).toBe('en');
  });

  it('still tells other languages and scripts apart', () => {
    expect(detectLanguage('Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au parlement.')).toBe('fr');
    expect(detectLanguage('Правительство во вторник объявило о новой пенсионной реформе, которую представят в парламенте.')).toBe('ru');
  });
});
