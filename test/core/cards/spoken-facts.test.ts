// Facts expository text states once, with no cue word or name to flag them: a named period ("the
// 1930s"), a duration in words ("in four years"), what a body supports, opposes or uses, and a
// work's title beside its noun. Each is blanked whole, never half. Texts written for the spec.
import { describe, expect, it } from 'vitest';
import { answersOf } from '../../../src/core/cards/answers.js';
import { buildContext } from '../../../src/core/cards/context.js';
import { generateCards } from '../../../src/core/cards/index.js';
import { analyzeBlocks } from '../../../src/core/nlp/index.js';
import { articleFrom, expectWellFormed } from './helpers.js';

/** Every answer span the rules find in a text of one paragraph per entry. */
function answersIn(texts: readonly string[], title = 'The Valley Guild'): string[] {
  const blocks = texts.map((text) => ({ type: 'paragraph' as const, text }));
  const analysis = analyzeBlocks(blocks);
  const ctx = buildContext(analysis, blocks, title);
  return analysis.sentences.flatMap((s) => answersOf(ctx, s).map((a) => a.text));
}

describe('periods and durations', () => {
  it('blanks a decade or a century, with its "early", "mid" or "late"', () => {
    expect(answersIn(['After the 1930s, the brick style of the valley towns began to give way to timber halls.'])).toContain('1930s');
    expect(answersIn(['The guild of weavers began in the mid-17th century within the old market of the river town.'])).toContain('mid-17th century');
  });

  it('leaves out a period that only describes a noun', () => {
    const answers = answersIn(['The 1930s houses of the valley were cold, and many 17th century weavers worked at home.']);
    expect(answers.filter((a) => /1930s|century/.test(a))).toEqual([]);
  });

  it('blanks a duration in words, but not an age, a time ago or an event named by its length', () => {
    expect(answersIn(['The quarrel between the two river towns was settled in four years, from the flood to the great fire.'])).toContain('four years');
    const none = answersIn(['The girl was nine years old when the Hundred Days campaign ended, some two years ago by the local count.']);
    expect(none.filter((a) => /years/.test(a))).toEqual([]);
  });
});

describe('objects of stance and use verbs', () => {
  it('blanks the whole object phrase of support, oppose and use', () => {
    expect(answersIn(['For many decades, the Valley Guild has supported the cooperative dairy movement in the hill towns.'])).toContain('cooperative dairy movement');
    expect(answersIn(['The guild opposes conscription as harmful to the trades of the valley and its young workers.'])).toContain('conscription');
    expect(answersIn(['In its ceremonies, the guild uses unsalted barley bread at the spring feast of the weavers.'])).toContain('unsalted barley bread');
  });

  it('never blanks half a phrase, a short plain noun, the means a sentence opens on or the object of a passive verb', () => {
    const half = answersIn(['The council supported the prevalence of open markets in the valley towns during the long dry years.']);
    expect(half).not.toContain('prevalence');
    const plain = answersIn(['The old guild opposes war in every form and at every meeting held in the market hall.']);
    expect(plain).not.toContain('war');
    const means = answersIn(['Using whale oil lamps the weavers could work at the looms of the valley long after sunset.']);
    expect(means).not.toContain('whale oil lamps');
    const passive = answersIn(['The old mill was used by the weavers of the valley for many decades before the flood came.']);
    expect(passive.filter((a) => /weavers/.test(a))).toEqual([]);
  });
});

describe('titles of works', () => {
  it('blanks the whole title, opening article and all, set beside its work noun', () => {
    expect(answersIn(["The guild's first play, A Winter Loom, shows that the weavers had a charter from the king."])).toContain('A Winter Loom');
  });

  it('leaves out a one-word title and a title the sentence runs on from', () => {
    const answers = answersIn(["The guild's first play, Looms, was staged in the market hall before the spring feast of the town."]);
    expect(answers).not.toContain('Looms');
  });
});

describe('offices', () => {
  it('blanks the office a sentence says someone took or holds, leaving the possessive and ordinal in the front', () => {
    expect(answersIn(['After the long talks, Tomas Varga would become the second High Chancellor under the new charter.'])).toContain('High Chancellor');
    expect(answersIn(["Under the charter, Varga would become Dalmia's third Prime Minister in the spring of that year."])).toContain('Prime Minister');
    expect(answersIn(['The elders of the guild generally serve as pastors in the small congregations of the valley towns.'])).toContain('pastors');
  });

  it('leaves out an office followed by a name or by "of", one item of a list, and a plain word after "its"', () => {
    const named = answersIn(['In the spring of that year the council became President Varga’s main ally in the valley towns.']);
    expect(named).not.toContain('President');
    const head = answersIn(['After the flood, Ilse Brandt was elected head of the weavers’ council of the old river town.']);
    expect(head).not.toContain('head');
    const list = answersIn(['Deacons of the guild may serve as musicians, teachers, clerks and other helpers of the valley towns.']);
    expect(list).not.toContain('musicians');
    const owned = answersIn(['The guild of weavers was founded in the river town in 1720, a year before Tomas Varga became its leader.']);
    expect(owned).not.toContain('leader');
  });
});

describe('cards from these answers', () => {
  it('are well-formed gap cards with the whole span as the answer', () => {
    const article = articleFrom('The Valley Guild\n\nFor many decades, the guild has supported the cooperative dairy movement in the hill towns of the north. The quarrel between the two river towns was settled in four years, from the flood to the great fire. After the 1930s, the brick style of the valley towns began to give way to timber halls.\n');
    const cards = generateCards(article, { wordsPerCard: 5, quality: null }).cards;
    expectWellFormed(article, cards);
    const backs = cards.map((c) => c.back);
    expect(backs).toEqual(expect.arrayContaining(['cooperative dairy movement', 'four years', '1930s']));
  });
});
