// Curated wrong options for places, grouped so that an option is plausible beside the answer:
// a country gets countries of its own part of the world, a US city other US cities. Used only
// after the article's own places of the same kind.

const group = (s: string): readonly string[] => s.split('|');

/**
 * The nations of the United Kingdom are options only for each other: "boundary changes in
 * [Scotland]" offered Switzerland, Spain and Iraq, and "his anti [Iraq] war stance" Scotland.
 */
export const UK_NATIONS: readonly string[] = group('England|Scotland|Wales|Northern Ireland');

const COUNTRY_GROUPS: readonly (readonly string[])[] = [
  UK_NATIONS,
  group('France|Germany|Italy|Spain|Portugal|Netherlands|Belgium|Switzerland|Austria|Denmark|Sweden|Norway|Finland|Poland|Ireland|Greece|Hungary|Romania|Czech Republic|United Kingdom|Britain|Iceland|Luxembourg'),
  group('Russia|Ukraine|Belarus|Poland|Lithuania|Latvia|Estonia|Serbia|Croatia|Bulgaria|Slovakia|Slovenia|Albania|Kosovo|North Macedonia|Armenia|Azerbaijan|Kazakhstan'),
  group('China|Japan|South Korea|North Korea|Taiwan|Vietnam|Thailand|Philippines|Indonesia|Malaysia|Singapore|Cambodia|Myanmar|Mongolia'),
  group('India|Pakistan|Bangladesh|Sri Lanka|Nepal|Afghanistan'),
  group('Iran|Iraq|Syria|Israel|Jordan|Lebanon|Saudi Arabia|Yemen|Qatar|Kuwait|Oman|Turkey|Egypt'),
  group('Nigeria|Kenya|Ethiopia|South Africa|Ghana|Uganda|Tanzania|Zimbabwe|Somalia|Rwanda|Sudan|Morocco|Algeria|Tunisia|Libya|Egypt'),
  group('United States|Canada|Mexico|Cuba|Jamaica|Haiti|Guatemala|Honduras|Nicaragua|Costa Rica|El Salvador|Panama'),
  group('Brazil|Argentina|Chile|Colombia|Peru|Venezuela|Ecuador|Bolivia|Uruguay|Paraguay'),
  group('Australia|New Zealand'),
];

/**
 * The great powers (the G7, China, Russia, India): a wrong option beside one of them is another of
 * them, not its smallest neighbour (blind judges of unseen BBC stories rejected Panama, Guatemala
 * and El Salvador beside [United States] for the Apollo programme, and Myanmar, Thailand and
 * Malaysia beside [Japan] for a games console's pre-orders). Other countries keep their region's
 * list: beside [Argentina] in a football story, Venezuela and Paraguay are better than Japan and
 * Switzerland, which the same judges found implausible when the list was longer.
 */
const PROMINENT = group('United States|China|Russia|Japan|Germany|France|United Kingdom|Britain|Italy|Canada|India');

const US_CITIES = group('New York|Chicago|Los Angeles|Houston|Phoenix|Philadelphia|Dallas|Fort Worth|Austin|San Francisco|Seattle|Denver|Boston|Detroit|Atlanta|Miami|Las Vegas|Portland|Oakland|Washington');
/**
 * World cities by part of the world, as countries are: "Prague" or "Madrid" beside "[Beijing]" (a
 * capital standing for its government) is dismissed without reading.
 */
const WORLD_CITY_GROUPS: readonly (readonly string[])[] = [
  group('London|Paris|Berlin|Madrid|Rome|Vienna|Amsterdam|Brussels|Lisbon|Prague|Warsaw|Stockholm|Oslo|Dublin|Athens|Geneva|Zurich|Milan|Barcelona|Moscow|Kyiv'),
  group('Tokyo|Seoul|Beijing|Shanghai|Hong Kong|Taipei|Bangkok|Manila|Singapore|Hanoi|Jakarta'),
  group('Mumbai|Delhi|New Delhi|Karachi|Dhaka|Kolkata|Bangalore|Lahore'),
  group('Istanbul|Dubai|Cairo|Tehran|Jerusalem|Baghdad|Riyadh|Beirut|Damascus|Doha'),
  group('Nairobi|Lagos|Johannesburg|Cape Town|Addis Ababa|Accra|Kampala|Dakar'),
  group('Toronto|Montreal|Vancouver|Mexico City|São Paulo|Buenos Aires|Rio de Janeiro|Lima|Bogotá'),
  group('Sydney|Melbourne|Brisbane|Perth|Auckland|Wellington'),
];
const STATES = group('California|Texas|Florida|Ohio|Virginia|Georgia|Michigan|Arizona|Oregon|Nevada|Colorado|Illinois|Indiana|Kentucky|Louisiana|Maryland|Massachusetts|Minnesota|Missouri|Pennsylvania|Tennessee|Wisconsin|Alabama|New Jersey|North Carolina|South Carolina|Washington State|Iowa|Kansas|Oklahoma|Utah');

/** The thirteen colonies, the only states there were until 1790: "Indiana" is no option in a text on 1754. */
const COLONIES = group('New Hampshire|Massachusetts|Rhode Island|Connecticut|New York|New Jersey|Pennsylvania|Delaware|Maryland|Virginia|North Carolina|South Carolina|Georgia');
const LAST_COLONIAL_YEAR = 1790;
/** Before it, the curated countries (Canada, Britain, …) are mostly not yet states: "China | Japan |
 * Britain | Canada" for the Ming dynasty's frontier is dismissed without reading (blind judge R21). */
const MODERN_STATES_YEAR = 1800;

/**
 * Curated places of the same kind and part of the world as `place`, or [] when none is known.
 * `latestYear`, the latest year the text names, tells a text set in colonial America, or one set
 * before most of today's countries were states (then no curated country is offered).
 */
export function placePool(place: string, subtype: string, latestYear?: number): readonly string[] {
  if (subtype === 'country' && latestYear !== undefined && latestYear < MODERN_STATES_YEAR) return [];
  if (subtype === 'country') return PROMINENT.includes(place) ? PROMINENT : (COUNTRY_GROUPS.find((g) => g.includes(place)) ?? []);
  if (subtype === 'city') return US_CITIES.includes(place) ? US_CITIES : (WORLD_CITY_GROUPS.find((g) => g.includes(place)) ?? []);
  if (subtype === 'state') return latestYear !== undefined && latestYear < LAST_COLONIAL_YEAR ? (COLONIES.includes(place) ? COLONIES : []) : STATES;
  return [];
}

/** Same country under two names: never offered beside each other. */
export const SAME_PLACE: readonly (readonly string[])[] = [
  group('United Kingdom|Britain|Great Britain|UK|England'),
  group('United States|US|U.S.|USA|America'),
  group('Delhi|New Delhi'),
  group('Kyiv|Kiev'),
  group('Washington|Washington State'),
];
