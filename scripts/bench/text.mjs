// Realistic-looking English for the benchmark's synthetic libraries: sentences built from a
// vocabulary of common English words (a few thousand word forms), each part of speech drawn
// from a Zipf distribution, with capitalised starts, commas, quotes, people's names, places and
// numbers. Deterministic: the same seed gives the same text.

const NOUNS = `time year people way day man woman child world life hand part place case week company
system program question work government number night point home water room mother area money story
fact month lot right study book eye job word business issue side kind head house service friend father
power hour game line end member law car city community name president team minute idea kid body
information back parent face others level office door health person art war history party result
change morning reason research girl guy moment air teacher force education foot boy age policy
process music market sense nation plan college interest death experience effect class control care
field development role effort rate heart drug show leader light voice wife police mind price report
decision son view relationship town road arm difference value building action model season society
tax director position player record paper space ground form event official matter center couple site
project activity star table need court oil situation cost industry figure street image phone data
picture practice piece land product doctor wall patient worker news test movie north love support
technology step baby computer type attention film tree source organization hair window evidence
population site river council school report plan harbour bridge station island village farm coast
valley forest mountain border election budget contract agreement treaty crisis storm flood fire
winter summer spring autumn language letter article chapter library museum garden hospital
university student scientist engineer artist writer farmer soldier judge lawyer nurse officer
manager minister mayor senator candidate voter reader audience crowd network network signal
energy climate weather temperature species animal bird fish plant seed crop harvest soil rock
metal glass stone wood cloth bread milk coffee sugar salt meal dinner lunch breakfast kitchen
bed chair desk floor roof stair gate fence path track rail train ship boat plane truck bus bicycle
engine machine tool device screen camera clock battery cable wire pipe pump tank bottle box bag
card ticket coin bill debt loan bank fund share stock profit loss trade export import factory
mine port airport hotel restaurant shop store church temple castle tower prison camp base
army navy mission battle victory defeat peace danger risk threat fear hope dream memory thought
belief faith truth lie secret promise warning message signal sign symbol pattern shape size weight
length depth height distance speed pace rhythm sound noise silence song dance poem novel play
scene stage screen channel newspaper magazine journal website page column headline editor critic`;

const VERBS = `say:said make:made go:went take:took come:came see:saw know:knew get:got give:gave find:found
think:thought tell:told become:became show:showed leave:left feel:felt put:put bring:brought begin:began
keep:kept hold:held write:wrote stand:stood hear:heard let:let mean:meant set:set meet:met run:ran
pay:paid sit:sat speak:spoke lie:lay lead:led read:read grow:grew lose:lost fall:fell send:sent
build:built understand:understood draw:drew break:broke spend:spent cut:cut rise:rose drive:drove
buy:bought wear:wore choose:chose seek:sought throw:threw catch:caught deal:dealt win:won
use ask work seem call try need want look help start turn move like live believe happen include
continue change play provide follow create add allow open walk offer remember consider appear
serve expect suggest raise pass report decide require return explain develop carry agree support
hope reach receive produce describe remain publish accept plan cover visit announce prepare
improve protect reduce increase discover argue approve reject vote fund repair close finish
measure compare record collect study train travel arrive enter occupy claim mention insist
warn promise question answer reveal confirm deny estimate predict invest export import design
launch test review manage operate organize attend welcome celebrate protest negotiate sign
delay extend replace restore destroy damage flood burn rescue survive recover struggle`;

const ADJECTIVES = `new good high old great big small large local social important national young
different long little political public bad able late hard major better economic strong possible
whole free military true federal international full special easy clear recent certain personal
open red difficult available likely short single medical current wrong private past foreign fine
common poor natural significant similar hot dead central happy serious ready simple left physical
general environmental financial blue democratic dark various entire close legal religious cold final
main green nice huge popular traditional cultural wide quiet calm heavy light rich narrow deep
ancient modern rural urban northern southern eastern western coastal annual early quick slow
careful bright quiet sudden rare familiar strange famous official independent regional
historic scientific technical digital commercial industrial agricultural daily weekly monthly
fair honest angry proud brave gentle patient curious silent busy empty crowded safe dangerous`;

const ADVERBS = `also just now then still even back only well very often never always again however
already really later usually soon probably quickly finally perhaps together nearly recently
slowly suddenly clearly largely simply certainly rarely widely closely directly mostly partly
briefly openly quietly sharply steadily gradually eventually immediately`;

const FUNCTION = {
  det: 'the the the the a a an this that their its our every each some many several no most'.split(' '),
  prep: 'of in to for with on at by from about into over after between through during before under around among against without across behind beyond near since toward'.split(' '),
  conj: 'and but or so yet because while although when after before unless since'.split(' '),
  pronoun: 'he she they we it he she they'.split(' '),
};

const FIRST = 'Maria James Sarah David Elena Thomas Priya Daniel Anna Samuel Laura Omar Grace Lucas Ingrid Kenji Fatima Robert Claire Mateo Hannah Peter Aisha Victor Nora Henrik Julia Marcus Ruth Felix'.split(' ');
const LAST = 'Lopez Carter Nguyen Okafor Schmidt Rossi Patel Novak Andersen Haddad Kim Moreau Silva Brennan Tanaka Walsh Ibrahim Kowalski Duarte Fischer Larsen Mensah Ortega Quinn Varga Holm Reyes Sato Bauer Clarke'.split(' ');
const PLACES = 'Lisbon Nairobi Glasgow Osaka Denver Krakow Valparaiso Tromso Adelaide Halifax Marseille Dhaka Quito Tbilisi Bergen Leeds Porto Austin Hanoi Accra'.split(' ');
const ORGS = ['the Ministry of Transport', 'the Harbour Authority', 'the National Science Council', 'the city council', 'the World Health Organization', 'the Coastal Trust', 'the Federal Reserve', 'the university'];
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const UNITS = ['percent', 'million dollars', 'kilometres', 'people', 'tonnes', 'years', 'homes', 'jobs', 'euros', 'students'];

function words(text) {
  return text.split(/\s+/).filter(Boolean);
}

function uniq(list) {
  return [...new Set(list)];
}

function plural(noun) {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function regularPast(verb) {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

function thirdPerson(verb) {
  if (/(s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function gerund(verb) {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

const nounBase = uniq(words(NOUNS));
const verbBase = uniq(words(VERBS)).map((v) => {
  const [base, past] = v.split(':');
  return { base, past: past ?? regularPast(base) };
});

/** Word forms, most common first within each part of speech (the order of the lists above). */
export const LEXICON = {
  noun: nounBase,
  nouns: nounBase.map(plural),
  verb: verbBase.map((v) => v.base),
  past: verbBase.map((v) => v.past),
  third: verbBase.map((v) => thirdPerson(v.base)),
  gerund: verbBase.map((v) => gerund(v.base)),
  adj: uniq(words(ADJECTIVES)),
  adv: uniq(words(ADVERBS)),
};

/** Every distinct word form the generator can write, roughly most common first. */
export const VOCABULARY = (() => {
  const out = [];
  const lists = [FUNCTION.det, FUNCTION.prep, FUNCTION.conj, FUNCTION.pronoun, ...Object.values(LEXICON)];
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (list[i]) out.push(list[i]);
  return uniq(out.map((w) => w.toLowerCase()));
})();

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Zipf sampler over `list` (rank r has weight 1 / r^s). */
export function zipf(list, s = 1.05) {
  const cumulative = [];
  let total = 0;
  for (let r = 1; r <= list.length; r++) cumulative.push((total += 1 / r ** s));
  return (random) => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };
}

const pick = Object.fromEntries(Object.entries({ ...LEXICON, ...FUNCTION }).map(([k, list]) => [k, zipf(list)]));
const uniform = (random, list) => list[Math.floor(random() * list.length)];
const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function nounPhrase(random) {
  const det = pick.det(random);
  const adj = random() < 0.45 ? `${pick.adj(random)} ` : '';
  const many = det === 'many' || det === 'several' || det === 'some' || det === 'most' || (det === 'their' && random() < 0.5);
  const noun = many ? pick.nouns(random) : pick.noun(random);
  const article = det === 'a' && /^[aeiou]/.test(adj || noun) ? 'an' : det === 'an' && !/^[aeiou]/.test(adj || noun) ? 'a' : det;
  return `${article} ${adj}${noun}`;
}

function person(random) {
  return `${uniform(random, FIRST)} ${uniform(random, LAST)}`;
}

function number(random) {
  const r = random();
  if (r < 0.3) return `${Math.floor(random() * 90) + 2} ${uniform(random, UNITS)}`;
  if (r < 0.55) return `${(random() * 9 + 1).toFixed(1)} ${uniform(random, UNITS)}`;
  if (r < 0.8) return `${Math.floor(random() * 9000) + 1000} ${uniform(random, UNITS)}`;
  return `${Math.floor(random() * 40) + 3} percent`;
}

function clause(random) {
  const subject = random() < 0.2 ? pick.pronoun(random) : nounPhrase(random);
  const adv = random() < 0.2 ? `${pick.adv(random)} ` : '';
  const verb = random() < 0.7 ? pick.past(random) : subject === 'they' || subject === 'we' ? pick.verb(random) : pick.third(random);
  let out = `${subject} ${adv}${verb} ${nounPhrase(random)}`;
  if (random() < 0.6) out += ` ${pick.prep(random)} ${nounPhrase(random)}`;
  if (random() < 0.15) out += ` ${pick.prep(random)} ${uniform(random, PLACES)}`;
  return out;
}

/** One sentence, 8–35 words: plain, compound, reported speech, a figure or a date. */
export function sentence(random) {
  const r = random();
  let s;
  if (r < 0.12) s = `${person(random)}, ${random() < 0.5 ? 'a' : 'the'} ${pick.noun(random)} ${pick.prep(random)} ${uniform(random, PLACES)}, said ${clause(random)}`;
  else if (r < 0.2) s = `“${capitalise(clause(random))},” said ${person(random)}`;
  else if (r < 0.3) s = `${capitalise(uniform(random, ORGS))} ${pick.past(random)} ${number(random)} ${pick.prep(random)} ${nounPhrase(random)}`;
  else if (r < 0.37) s = `In ${uniform(random, MONTHS)} ${1990 + Math.floor(random() * 35)}, ${clause(random)}`;
  else if (r < 0.65) s = `${clause(random)}, ${pick.conj(random)} ${clause(random)}`;
  else s = clause(random);
  return `${capitalise(s)}.`;
}

/** A paragraph of about `target` words. */
export function paragraph(random, target) {
  const out = [];
  let n = 0;
  while (n < target) {
    const s = sentence(random);
    out.push(s);
    n += s.split(' ').length;
  }
  return out.join(' ');
}

/** A title of 4–9 words. */
export function title(random, index) {
  const t = `${capitalise(nounPhrase(random).replace(/^(the|a|an|this|that|every|each|no|its|our|their) /, ''))} ${pick.past(random)} ${pick.prep(random)} ${uniform(random, PLACES)}`;
  return `${t} (${index + 1})`;
}

/** An article: a title and paragraphs of ~`words` words in all (6–14 paragraphs). */
export function article(index, words = 1000, seed = 1) {
  const random = rng(seed * 1_000_003 + index * 7919 + 17);
  const paragraphs = [];
  let n = 0;
  while (n < words) {
    const p = paragraph(random, Math.min(words - n, 60 + Math.floor(random() * 80)));
    paragraphs.push(p);
    n += p.split(' ').length;
  }
  return {
    title: title(random, index),
    byline: person(random),
    published: `20${String(10 + Math.floor(random() * 15))}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    paragraphs,
  };
}

/** The article as the text file a reader would import: title, byline, blank-line paragraphs. */
export function articleText(a) {
  return `${a.title}\n\nBy ${a.byline}\n\n${a.paragraphs.join('\n\n')}\n`;
}

/** Search queries of 1–3 words from the vocabulary: some common, some rarer words. */
export function queries(count, seed = 99) {
  const random = rng(seed);
  const content = uniq([...LEXICON.noun, ...LEXICON.adj, ...LEXICON.past, ...LEXICON.nouns, ...LEXICON.verb]);
  const common = content.slice(0, 150);
  const rare = content.slice(150);
  const out = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(random() * 3);
    const q = [];
    for (let j = 0; j < n; j++) q.push(random() < 0.5 ? uniform(random, common) : uniform(random, rare));
    out.push(q.join(' '));
  }
  return out;
}
