// "Who is the chief economist at Harrowgate Capital Partners?" → "Lena Voss": a long,
// specific role from an apposition or title, in the article's own words, asks for the person.
// The other way round ("Who is Tomas Reyna?" → "Chilean Finance Minister") is asked only of the
// text's main actors: of anyone else a short role is a bare title or general knowledge ("Who is
// Nelson Mandela?" in a piece on Peru), and judges almost never kept such cards.
import { ROLE_NOUNS, SPEECH_VERBS, type RoleMention } from '../nlp/index.js';
import { containsWord, giveaways, type CardContext, type Draft } from './context.js';
import { leadText, mainPeople } from './main-actors.js';

const BARE_TITLES = new Set(['president', 'secretary', 'minister', 'director', 'chief', 'head', 'leader', 'senator', 'governor', 'mayor', 'professor', 'general', 'judge', 'doctor', 'member', 'officer', 'official', 'author', 'writer', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'chairman', 'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson']);
const REVERSE_MIN_WORDS = 5;
const HEAD_OF_STATE = /\b(?:President|Prime Minister|King|Queen|Pope|Chancellor|Emperor|Premier)\b/i;

function specificity(role: RoleMention): number {
  const words = role.role.split(/\s+/);
  return (role.form === 'apposition' ? 2 : 0) + Math.min(words.length, 8) + (/[A-Z]/.test(role.role) ? 1 : 0);
}

/** The person is quoted or reported speaking somewhere in the text: an actor of the story. */
function speaks(ctx: CardContext, person: string): boolean {
  for (const index of ctx.sentencesOf(person)) {
    const s = ctx.analysis.sentences[index]!;
    for (const m of ctx.mentionsOf(index)) {
      if (m.canonical !== person) continue;
      const near = [s.tokens[m.tokenStart - 1], s.tokens[m.tokenEnd], s.tokens[m.tokenEnd + 1]];
      if (near.some((t) => t && SPEECH_VERBS.has(t.text.toLowerCase()))) return true;
    }
  }
  return false;
}

const QUOTE_MARK = /["“”]/u;
/** A run of capitalised words, with the small words names hold ("Department of Design and Construction"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{N}&.’'-]*(?:\s+(?:(?:of|and|for|the|de|du)\s+)*\p{Lu}[\p{L}\p{N}&.’'-]*)*/gu;

/**
 * A source: someone introduced with their role as they speak ("…, said Ian Michaels, a spokesman
 * for the city's Department of Design and Construction"), for an organisation the title and the
 * lead do not name — an analyst, a spokesman, an outside expert. Asking who holds the role asks
 * a walk-on's name, however often they are quoted; judges of real pages kept 1 of 8 such cards.
 * The head of the body the story is about ("said Elena Marsh, the chair of the Harbor Port
 * Authority" that approved the plan) is still asked, and so is someone whose role is given as
 * they act ("the appointment was with Wang Yi, head of the Foreign Affairs Commission").
 */
function quotedSource(ctx: CardContext, role: RoleMention): boolean {
  const s = ctx.analysis.sentences[role.sentence]!;
  if (!QUOTE_MARK.test(s.text) && !s.tokens.some((t) => SPEECH_VERBS.has(t.text.toLowerCase()))) return false;
  const lead = leadText(ctx);
  // Case matters: "construction work" in the lead is not the Department of Design and Construction.
  return !(role.role.match(NAME_RUN) ?? []).some((name) => name.length > 2 && lead.includes(name));
}

export function buildIdentityCards(ctx: CardContext): Draft[] {
  const best = new Map<string, RoleMention>();
  for (const role of ctx.analysis.roles) {
    const words = role.role.split(/\s+/);
    if (words.length === 1 && BARE_TITLES.has(role.role.toLowerCase())) continue;
    if (words.length > 14 || !words.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) continue;
    const s = ctx.analysis.sentences[role.sentence]!;
    if (ctx.blocks[s.block]?.type !== 'paragraph' || !s.text.includes(role.role)) continue;
    const prior = best.get(role.person);
    if (!prior || specificity(role) > specificity(prior)) best.set(role.person, role);
  }
  const mainActors = mainPeople(ctx);
  const drafts: Draft[] = [];
  for (const [person, role] of best) {
    const s = ctx.analysis.sentences[role.sentence]!;
    const entity = ctx.analysis.entities.get(person);
    if (!entity || entity.type !== 'person' || !person.includes(' ')) continue;
    // Named once, in passing ("Nelson Mandela", "Winston Churchill" in a piece on something else):
    // who they are is general knowledge or beside the point, not something this text teaches.
    if (entity.count < 2 && !speaks(ctx, person)) continue;
    // A head of state or government is known to everyone: asked only of the text's main actors.
    if (HEAD_OF_STATE.test(role.role) && entity.count < 3) continue;
    const reverse = role.role.split(/\s+/).length >= REVERSE_MIN_WORDS;
    if (!reverse && !mainActors.has(person)) continue;
    if (reverse && quotedSource(ctx, role)) continue;
    // A role that itself holds another person's name ("… owner Thomas Ricketts") asks about two people.
    if (reverse && [...ctx.analysis.entities.values()].some((e) => e.type === 'person' && e.canonical !== person && containsWord(role.role, e.canonical))) continue;
    const front = reverse ? `Who is ${/^[a-z]/.test(role.role) ? 'the ' : ''}${role.role}?` : `Who is ${person}?`;
    const back = reverse ? person : role.role;
    if (reverse && giveaways(person, entity).some((f) => containsWord(front, f))) continue;
    if (!reverse && containsWord(front, role.role)) continue;
    drafts.push({ kind: 'identity', front, back, sentence: s, answerType: reverse ? 'person' : 'role', fact: `identity:${person.toLowerCase()}`, answerCount: entity.count, weight: 1.1 });
  }
  return drafts;
}
