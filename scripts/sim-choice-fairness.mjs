#!/usr/bin/env node
// Multiple-choice fairness over thousands of choice cards on INVENTED articles (no dev-set text):
// the generator's real generateCards on four kinds of made-up text — a mix of figures and names,
// name-heavy reports (people, countries, cities, organisations named once or twice), a cabinet
// naming many ministers once each, and figure-heavy reports (Benford-like values, round and odd,
// parts of a stated whole, two shares of one whole, decimals). Per answer type: where the answer
// stands (position 1-4), its rank among the options sorted (by value when all are numbers, else
// alphabetically, as eval-choice-fairness sorts them), and how often "always pick the
// second-smallest", "the upper median", "the longest" and "the odd one out by form" (first letter,
// words, ending, a figure, a capital; scripts/lib/choice-strategies.mjs) would be right (chance 25%).
// `node scripts/sim-choice-fairness.mjs [scale]` (scale 1 ≈ 9,000 choice cards, about a minute).
// Needs the Node build: `npx tsc -p tsconfig.cli.json`.
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from './bench/text.mjs';
import { longest, oddOneOut } from './lib/choice-strategies.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(pathToFileURL(resolve(repo, 'out', 'node', 'core', p)).href);
const { parseText } = await load('parse/index.js');
const { generateCards } = await load('cards/index.js');
const scale = Number(process.argv[2] ?? 1);

function tools(seed) {
  const r = rng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const sample = (xs, k) => xs.map((x) => [r(), x]).sort((a, b) => a[0] - b[0]).slice(0, k).map((x) => x[1]);
  const comma = (n) => n.toLocaleString('en-US');
  /** Benford-like: log-uniform between lo and hi, kept to 1–4 significant digits. */
  const benford = (lo, hi) => {
    const v = Math.exp(Math.log(lo) + r() * (Math.log(hi) - Math.log(lo)));
    const m = 10 ** Math.max(0, Math.floor(Math.log10(v)) - pick([1, 2, 2, 3, 4]) + 1);
    return Math.max(1, Math.round(v / m) * m);
  };
  const paragraphs = (lines, per) => {
    const out = [];
    for (let i = 0; i < lines.length; i += per) out.push(lines.slice(i, i + per).join(' '));
    return out.join('\n\n');
  };
  return { r, pick, int, sample, comma, benford, paragraphs };
}

const list = (s) => s.split('|');
const FIRST = list('Maria|Tomas|Elena|David|Priya|Jonas|Amara|Lucas|Sofia|Henrik|Nadia|Oliver|Ingrid|Marcus|Leila|Victor|Clara|Samuel|Yuki|Rafael|Helen|Kwame|Anna|Pavel|Grace|Omar|Julia|Felix|Rosa|Daniel|Ines|Martin|Zara|Hugo|Lena|Arthur|Mei|Simon|Olga|Peter');
const LAST = list('Delgado|Reyes|Lindqvist|Okafor|Brennan|Halvorsen|Castellano|Whitford|Nakamura|Ferreira|Abernathy|Kowalski|Moreau|Sandoval|Ashdown|Pemberton|Vasquez|Thornbury|Oyelaran|Harrington|Ellison|Carver|Dunmore|Galloway|Quinlan|Rasmussen|Stenberg|Varga|Wexley|Yardley|Zeller|Albright|Bellamy|Crossley|Dalton|Everett|Fenwick|Garrity|Holloway|Iverson|Jardine|Kessler|Lowell|Norbury|Osgood|Prescott|Radford');
const OFFICES = list('the finance minister|the foreign minister|the mayor|the governor|the prime minister|a senator');
const JOBS = list('the chief executive|the project director|a senior economist|the coach|the lead researcher|the museum director|the head of research|the chief engineer');
const REGIONS = [
  list('France|Germany|Italy|Spain|Portugal|Netherlands|Belgium|Switzerland|Austria|Denmark|Sweden|Norway|Finland|Poland|Ireland|Greece|Hungary|Romania|Czech Republic|United Kingdom|Iceland|Luxembourg'),
  list('China|Japan|South Korea|Taiwan|Vietnam|Thailand|Philippines|Indonesia|Malaysia|Singapore|Cambodia|Myanmar|Mongolia'),
  list('Nigeria|Kenya|Ethiopia|South Africa|Ghana|Uganda|Tanzania|Zimbabwe|Somalia|Rwanda|Sudan|Morocco|Algeria|Tunisia|Libya'),
  list('Brazil|Argentina|Chile|Colombia|Peru|Venezuela|Ecuador|Bolivia|Uruguay|Paraguay'),
];
const CITIES = [
  list('New York|Chicago|Los Angeles|Houston|Phoenix|Philadelphia|Dallas|Fort Worth|Austin|San Francisco|Seattle|Denver|Boston|Detroit|Atlanta|Miami|Las Vegas|Portland|Oakland'),
  list('London|Paris|Berlin|Madrid|Rome|Vienna|Amsterdam|Brussels|Lisbon|Prague|Warsaw|Stockholm|Oslo|Dublin|Athens|Geneva|Zurich|Milan|Barcelona|Moscow|Kyiv'),
];
const STEMS = list('Northfield|Harlow|Kestrel|Ashbury|Redmont|Silverlake|Brightwater|Oakhaven|Westbrook|Greystone|Millbrook|Stonebridge|Fairhaven|Ironwood|Clearwater|Larkspur|Pinecrest|Ravenscroft');
const WORKS = list('The Quiet Harbour|A Season of Ash|The Glass Orchard|Northern Lights|The Long Winter Road|Songs of the River|The Iron Garden|Salt and Stone');

/** A local news story: counts, money, shares, years, durations, distances, ages, and a few names. */
function mixed(seed) {
  const { r, pick, int, sample, comma, paragraphs } = tools(seed * 2654435761);
  const people = sample(FIRST, 4).map((f) => `${f} ${pick(LAST)}`);
  const roleOf = new Map(people.map((p) => [p, pick([...OFFICES, ...JOBS])]));
  const region = pick(REGIONS);
  const cities = pick(CITIES);
  const city = pick(cities);
  const orgs = sample(STEMS, 3).map((s) => `${s} ${pick(['University', 'Institute', 'Company', 'Foundation', 'Museum', 'Bank'])}`);
  const money = () => {
    const [pre, post] = pick([['$', ''], ['€', ''], ['£', ''], ['', ' euros'], ['', ' dollars'], ['', ' pounds']]);
    const scale = pick(['', '', ' million', ' billion']);
    const n = scale ? (r() < 0.5 ? String(int(2, 900)) : (int(11, 999) / 10).toFixed(1)) : comma(r() < 0.4 ? int(1, 99) * 1000 : int(100, 99999));
    return `${pre}${n}${scale}${post}`;
  };
  const count = () => (r() < 0.3 ? String(int(3, 99)) : r() < 0.5 ? comma(int(100, 9999)) : comma(int(2, 90) * 1000));
  const share = () => (r() < 0.7 ? `${int(2, 97)}${pick([' percent', '%', ' per cent'])}` : `${(int(11, 989) / 10).toFixed(1)} percent`);
  const p = () => pick(people);
  const templates = [
    () => `About ${count()} people attended the public meeting at the town hall in ${city} on Tuesday evening.`,
    () => `The council approved a budget of ${money()} for the new bridge over the river last week.`,
    () => `The company reported a profit of ${money()} for the year, well above what analysts had expected.`,
    () => `Unemployment in the region fell to ${share()} last year, the lowest level in a decade.`,
    () => `Turnout in the local election reached ${share()} of registered voters, officials said.`,
    () => `The original station building was completed in ${int(1650, 2020)} by a private railway company.`,
    () => `Construction of the new terminal is expected to take ${int(3, 48)} months, according to the planners.`,
    () => `The strike lasted ${int(2, 60)} days and closed most of the factories in the valley.`,
    () => `The new rail line will run ${int(5, 400)} kilometres from the harbour to the airport.`,
    () => `${p()}, who is ${int(24, 88)}, has led the organisation since the last general election.`,
    () => `The factory employs ${count()} workers, most of them from the surrounding villages.`,
    () => `Police said ${int(3, 400)} people were arrested during the protests in the capital.`,
    () => `Prices for basic food rose by ${share()} over the winter, according to the statistics office.`,
    () => `The dam, which is ${int(40, 300)} metres tall, supplies water to most farms in the valley.`,
    () => `The ship sank in ${int(1700, 1990)} with ${int(30, 900)} passengers and crew on board.`,
    () => { const x = p(); return `${x}, ${roleOf.get(x)}, said the plan would cut waiting times at the clinic.`; },
    () => { const x = p(); return `"We cannot wait another year," said ${x}, ${roleOf.get(x)}.`; },
    () => `The delegation travelled to ${pick(region)} to negotiate the new trade agreement.`,
    () => `Most of the steel used in the project was imported from ${pick(region)}, officials said.`,
    () => `The company moved its headquarters to ${pick(cities)} to be closer to its biggest customers.`,
    () => `The study was funded by the ${pick(orgs)}, which has backed similar projects in the past.`,
    () => `The contract was awarded to the ${pick(orgs)} after a long and disputed tender.`,
    () => `${p()} wrote ${pick(WORKS)}, a novel about a family divided by the war.`,
  ];
  const intro = people.map((x) => `${x}, ${roleOf.get(x)}, spoke to reporters about the plan.`);
  const body = sample(templates, int(8, 20)).map((t) => t());
  return `${city} weighs a new plan\n\n${intro.join(' ')}\n\n${paragraphs(body, 3)}\n`;
}

/** A report naming many people, countries, cities and organisations once or twice. */
function names(seed) {
  const { pick, int, sample, paragraphs, r } = tools(seed * 40503 + 17);
  const region = pick(REGIONS);
  const countries = sample(region, int(3, Math.min(12, region.length)));
  const cities = sample(pick(CITIES), int(3, 9));
  const roles = r() < 0.5 ? OFFICES : JOBS;
  const people = sample(FIRST, 9).map((f, i) => `${f} ${sample(LAST, 9)[i]}`).slice(0, int(4, 9));
  const orgs = sample(STEMS, int(3, 7)).map((s) => `${s} ${pick(r() < 0.5 ? ['University', 'Institute', 'College'] : ['Company', 'Corporation', 'Motors', 'Bank'])}`);
  const topic = pick(['the trade talks', 'the regional summit', 'the championship', 'the aid programme']);
  const lines = [
    ...people.map((p) => pick([`${p}, ${pick(roles)}, said the talks had gone better than expected.`, `"This is a turning point for the whole region," said ${p}, ${pick(roles)}.`, `${p}, ${pick(roles)}, told reporters that the next round would be harder.`])),
    ...countries.map((c) => pick([`The delegation from ${c} arrived late on Monday after a long delay at the border.`, `Officials from ${c} signed the agreement on the second day of ${topic}.`, `Exports of grain from ${c} rose sharply during the year, traders said.`, `Talks with ${c} were expected to resume after the holiday, diplomats said.`])),
    ...cities.map((c) => pick([`The next meeting will be held in ${c}, where the organisers have booked a large hall.`, `Many of the delegates flew in from ${c} on a chartered plane the night before.`, `The company opened a new office in ${c} to serve its growing list of clients.`])),
    ...orgs.map((o) => pick([`The study was funded by the ${o}, which has backed similar projects before.`, `Researchers at the ${o} found that the new method cut costs sharply.`, `The contract was awarded to the ${o} after a long and disputed tender.`])),
  ];
  return `Notes from ${topic}\n\n${paragraphs(sample(lines, lines.length), 3)}\n`;
}

/** A new cabinet: eight to fourteen ministers, each named once. */
function cabinet(seed) {
  const { int, sample, paragraphs } = tools(seed * 7919 + 3);
  const k = int(8, 14);
  const firsts = sample(FIRST, k);
  const lasts = sample(LAST, k);
  const offices = sample(list('finance|health|education|transport|interior|trade|energy|culture|labour|justice|defence|housing').map((w) => `the ${w} minister`), 12);
  const says = sample([
    (p, o) => `${p}, ${o}, said the new budget would protect the services people rely on most.`,
    (p, o) => `"We have waited long enough for this reform," said ${p}, ${o}, at the press conference.`,
    (p, o) => `${p}, ${o}, told reporters that the plan for the coming winter was ready.`,
    (p, o) => `${p}, ${o}, warned that the cost of the new scheme had been badly underestimated.`,
    (p, o) => `The proposal to close the old depot came from ${p}, ${o}, who said it was unsafe.`,
    (p, o) => `${p}, ${o}, announced a review of how grants are given to small farms in the north.`,
  ], 6);
  const lines = firsts.map((f, i) => says[i % says.length](`${f} ${lasts[i]}`, offices[i % offices.length]));
  return `The new cabinet sets out its plans\n\n${paragraphs(lines, 2)}\n`;
}

/** A report in figures: Benford-like values, round and odd, parts of a whole, shares, decimals. */
function figures(seed) {
  const { pick, int, sample, comma, benford, paragraphs } = tools(seed * 104729 + 11);
  const cur = () => pick(['$', '€', '£']);
  const templates = [
    () => `About ${comma(benford(50, 900000))} people took part in the march through the old town on Saturday.`,
    () => `The agency said ${comma(benford(20, 90000))} households had applied for the new heating grant by March.`,
    () => `The firm will cut ${comma(benford(30, 20000))} jobs over the next two years as demand for its engines falls.`,
    () => `The government set aside ${cur()}${benford(2, 900)} million to repair roads damaged in the floods.`,
    () => `The painting sold at auction for ${cur()}${comma(benford(5000, 900000))}, far above the estimate of the dealers.`,
    () => `The club paid ${cur()}${(benford(11, 999) / 10).toFixed(1)} million for the young striker last summer.`,
    () => `Support for the reform stood at ${benford(3, 95)} percent in the latest poll, down from the spring.`,
    () => `Inflation reached ${(benford(11, 199) / 10).toFixed(1)}% in the year to June, the highest rate since the crisis.`,
    () => { const a = int(10, 60); return `Forest covers ${a} percent of the island and farmland ${int(5, 90 - a)} percent of its area.`; },
    () => { const w = int(12, 400); return `Only ${int(2, w - 1)} of the ${w} passengers on board survived the crossing, records show.`; },
    () => { const w = int(20, 900); return `The inquiry found that ${int(2, w - 1)} of its ${w} staff had never received any safety training.`; },
    () => `The river runs for ${comma(benford(50, 4000))} kilometres before it reaches the sea near the port.`,
    () => `The talks dragged on for ${benford(2, 60)} months before the two sides reached a deal on fishing rights.`,
    () => `The captain, who is ${int(22, 38)} years old, has played for the club since he was a boy.`,
    () => `Scientists say the cave was first used by people about ${comma(benford(2000, 90000))} years ago.`,
    () => `The new tower is ${benford(80, 600)} metres tall and has offices on most of its floors.`,
    () => `The drug cut the risk of a second stroke by ${benford(5, 70)} percent in the trial, the researchers said.`,
    () => `The library holds ${comma(benford(10000, 3000000))} books, many of them donated by local families.`,
    () => `Average rainfall in the valley is ${(benford(100, 9999) / 100).toFixed(2)} inches a month in winter.`,
  ];
  return `The region by numbers\n\n${paragraphs(sample(templates, int(5, 12)).map((t) => t()), 2)}\n`;
}

const valueOf = (s) => {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(s);
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
};
const ALL_CITIES = new Set(CITIES.flat());
/** The answer's type, finer for figures (by what the sentence counts) and places. */
function typeOf(card, numeric) {
  const t = card.features.answerType;
  if (!numeric) return t === 'place' ? (ALL_CITIES.has(card.back) ? 'place:city' : 'place:country') : t;
  const s = card.source.text;
  if (/percent|per cent|%/.test(s)) return 'number:share';
  if (/[$€£]|euros|dollars|pounds/.test(s)) return 'number:money';
  if (/years old|who is \d/.test(s)) return 'number:age';
  if (/years ago/.test(s)) return 'number:years-ago';
  if (/months|days/.test(s)) return 'number:duration';
  if (/metres|kilometres|inches/.test(s)) return 'number:distance';
  if (/ of (?:the|its) \d/.test(s)) return 'number:part-of-whole';
  return 'number:count';
}

const rows = [];
for (const [source, make, n] of [['mixed', mixed, 800], ['names', names, 800], ['cabinet', cabinet, 200], ['figures', figures, 1200]]) {
  for (let i = 1; i <= Math.round(n * scale); i++) {
    const article = parseText(make(i), { format: 'text', encoding: 'utf-8' });
    for (const c of generateCards(article).cards) {
      if (c.kind !== 'choice' || !c.choices) continue;
      const numeric = c.choices.every((o) => Number.isFinite(valueOf(o)));
      const sorted = [...c.choices].sort((a, b) => (numeric ? valueOf(a) - valueOf(b) : 0) || a.localeCompare(b));
      rows.push({ source, type: typeOf(c, numeric), numeric, rank: sorted.indexOf(c.back), position: c.choices.indexOf(c.back), longest: longest(c.choices, c.back), odd: oddOneOut(c.choices, c.back) });
    }
  }
}

const pct = (a, n) => (n ? ((100 * a) / n).toFixed(1) : '—');
function report(label, list) {
  const n = list.length;
  const ranks = [0, 0, 0, 0];
  const positions = [0, 0, 0, 0];
  for (const r of list) (ranks[r.rank]++, positions[r.position]++);
  const sum = (key) => list.reduce((a, r) => a + r[key], 0);
  console.log(`${label.padEnd(22)} ${String(n).padStart(6)}  position ${positions.map((x) => pct(x, n)).join('/')}  rank ${ranks.map((x) => pct(x, n)).join('/')}  second-smallest ${pct(ranks[1], n)}  upper median ${pct(ranks[2], n)}  longest ${pct(sum('longest'), n)}  odd one out ${pct(sum('odd'), n)}`);
}
console.log('choice cards on invented articles (% of each row; chance 25, target ≤ 30)');
report('all', rows);
report('numeric', rows.filter((r) => r.numeric));
report('names', rows.filter((r) => !r.numeric));
for (const type of [...new Set(rows.map((r) => r.type))].sort()) report(`  ${type}`, rows.filter((r) => r.type === type));
for (const source of ['mixed', 'names', 'cabinet', 'figures']) report(`from ${source} articles`, rows.filter((r) => r.source === source));
