import { it } from 'vitest';
import { generateCards } from '../src/core/cards/index.js';
import { articleFrom } from './/core/cards/helpers.js';
it('prints', () => {
  for (const body of (process.env.BODIES ?? '').split('|||')) {
    const article = articleFrom(`${process.env.TITLE ?? 'Harbour dispute'}\n\n${body}\n`);
    console.log(generateCards(article, { wordsPerCard: 1, quality: null }).cards.map((c) => `${c.kind}: ${c.front} → ${c.back}`).join('\n'));
  }
});
