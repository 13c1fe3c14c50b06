import { describe, expect, it } from 'vitest';
import { detectLanguage, dominantScript, englishMarkerShare, scriptFits } from '../../../src/core/parse/language.js';

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

  it('reads English prose full of Spanish names as English, which tinyld alone ranked Spanish', () => {
    const text =
      'Santa Ana de Coro is a colonial city in Venezuela. It was founded by Juan de Ampíes and is the capital of the state of Falcón. ' +
      'Its centre holds the Casa de las Ventanas de Hierro, the Casa del Sol and the Iglesia de San Francisco.';
    expect(detectLanguage(text)).toBe('en');
    expect(englishMarkerShare(text)).toBeGreaterThan(0.1);
    expect(englishMarkerShare('El oxígeno es un elemento químico de número atómico 8 y representado por el símbolo O.')).toBe(0);
  });

  it('still tells other languages and scripts apart', () => {
    expect(detectLanguage('De economie van de provincie is zeer gevarieerd: de dienstensector, waaronder financiële diensten, gezondheid en onderwijs, vormt het grootste deel van de werkgelegenheid.')).toBe('nl');
    expect(detectLanguage('El oxígeno es un elemento químico de número atómico 8 y representado por el símbolo O. Es el tercer elemento más abundante del universo.')).toBe('es');
    expect(detectLanguage('Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au parlement.')).toBe('fr');
    expect(detectLanguage('Правительство во вторник объявило о новой пенсионной реформе, которую представят в парламенте.')).toBe('ru');
  });
});
