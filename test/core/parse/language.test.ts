import { describe, expect, it } from 'vitest';
import { detectLanguage, dominantScript, scriptFits } from '../../../src/core/parse/language.js';

describe('detectLanguage', () => {
  it('never chooses a language written in another script than the text', () => {
    expect(scriptFits('hi', 'Latin')).toBe(false);
    expect(scriptFits('en', 'Latin')).toBe(true);
    expect(scriptFits('ru', 'Cyrillic')).toBe(true);
    // English full of names and fragments, of the kind that once ranked Hindi first.
    const text =
      'An Oregon man admitted guilt on counts he menaced Sen. Vikram Singh RanaVikram Singh RanaPolicy Hub: Farm bloc rejects water bill | Mayors seek drone safety chief MORE (D-Ore.), the U.S. Attorney said Thursday. Gerald Pinkney III, 49, may face up to 8 years in prison.';
    expect(dominantScript(text)).toBe('Latin');
    expect(detectLanguage(text)).toBe('en');
  });

  it('still tells other languages and scripts apart', () => {
    expect(detectLanguage('Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au parlement.')).toBe('fr');
    expect(detectLanguage('Правительство во вторник объявило о новой пенсионной реформе, которую представят в парламенте.')).toBe('ru');
  });
});
