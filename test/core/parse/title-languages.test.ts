// The title of a copied page in another language: a "back to the list" link or a labelled author
// credit at the top is page furniture, not the headline. (Our own text, written for this spec.)
import { describe, expect, it } from 'vitest';
import { parseText } from '../../../src/core/parse/index.js';
import { isNavigationCue } from '../../../src/core/parse/cleanup/navigation.js';
import { parseByline } from '../../../src/core/parse/metadata.js';

const parse = (text: string) => parseText(text, { format: 'text', encoding: 'utf-8' });

describe('a page in German that opens on a back link', () => {
  const page = [
    'Zurück zur Übersicht',
    'Von',
    'Anna Keller',
    'publiziert am 3. Mai 2024',
    'Ein neuer Radweg für Lindvik',
    'Der Stadtrat von Lindvik hat am Dienstag den Bau eines neuen Radwegs entlang des Hafens beschlossen, der im nächsten Frühjahr eröffnet werden soll.',
    'Der Radweg soll rund vier Kilometer lang werden und die Innenstadt mit dem neuen Bahnhof am Rand der Stadt verbinden, sagte die Bürgermeisterin.',
  ].join('\n\n');

  it('takes the headline for the title, not the link', () => {
    expect(parse(page).title).toBe('Ein neuer Radweg für Lindvik');
  });

  it('knows back links and menu words in several languages, and not a short headline', () => {
    for (const cue of ['Zurück zur Übersicht', 'Zurück', 'Startseite', "Retour à l'accueil", 'Volver al inicio', 'Назад к списку', 'Главная']) expect(isNavigationCue(cue), cue).toBe(true);
    for (const line of ['Ein neuer Radweg für Lindvik', 'Retour des beaux jours à Lindvik', 'Back to school in Lindvik']) expect(isNavigationCue(line), line).toBe(false);
  });
});

describe('a page in Russian with a labelled author credit under the standfirst', () => {
  const page = [
    'Реклама',
    'Медиакит',
    'Пользовательское соглашение',
    'Новости города',
    'Новости спорта',
    'Новый мост через реку: «Мы ждали его двадцать лет»',
    'Городской совет одобрил проект моста.',
    'Текст: Анна Петрова·3 мая 2024',
    'Городской совет Линдвика во вторник одобрил строительство нового автомобильного моста через реку, который заменит старый паром.',
    'Мост обойдётся городу примерно в сорок миллионов крон и должен открыться для движения весной две тысячи двадцать девятого года.',
  ].join('\n\n');

  it('takes the headline for the title, and the credit for the byline', () => {
    const article = parse(page);
    expect(article.title).toBe('Новый мост через реку: «Мы ждали его двадцать лет»');
    expect(article.byline).toBe('Анна Петрова');
  });

  it('reads a labelled credit as a byline, its date left off the name', () => {
    expect(parseByline('Текст: Анна Петрова·3 мая 2024')).toEqual({ name: 'Анна Петрова', date: null });
    expect(parseByline('Autor: Anna Keller')).toEqual({ name: 'Anna Keller', date: null });
    expect(parseByline('Text: the full agreement runs to forty pages and was signed on Friday.')).toBeNull();
  });
});
