// Small built-in word lists the name rules lean on. Deliberately short: they type the common
// cases; anything unknown stays a plain "name" rather than being guessed.

const words = (s: string): ReadonlySet<string> => new Set(s.split('|'));

export const COUNTRIES = words(
  'Afghanistan|Argentina|Australia|Austria|Belgium|Brazil|Canada|Chile|China|Colombia|Cuba|Denmark|Egypt|Ethiopia|Finland|France|Germany|Greece|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Kenya|Mexico|Netherlands|New Zealand|Nigeria|North Korea|Norway|Pakistan|Peru|Philippines|Poland|Portugal|Qatar|Russia|Saudi Arabia|South Africa|South Korea|Spain|Sweden|Switzerland|Syria|Taiwan|Thailand|Turkey|Ukraine|United Kingdom|United States|US|U.S.|USA|UK|Venezuela|Vietnam|Yemen|Scotland|England|Wales|Hungary|Romania|Czech Republic|Bangladesh|Morocco|Jordan|Lebanon|Singapore|Malaysia|Britain|Great Britain|Northern Ireland|North Macedonia|Serbia|Croatia|Bulgaria|Slovakia|Slovenia|Estonia|Latvia|Lithuania|Belarus|Armenia|Azerbaijan|Kazakhstan|Iceland|Luxembourg|Cyprus|Albania|Kosovo|Algeria|Tunisia|Libya|Sudan|Ghana|Uganda|Tanzania|Zimbabwe|Somalia|Rwanda|Kuwait|Oman|Nepal|Sri Lanka|Myanmar|Cambodia|Mongolia|Ecuador|Bolivia|Uruguay|Paraguay|Panama|Haiti|Jamaica|Guatemala|Honduras|Nicaragua|Costa Rica|El Salvador',
);
export const CITIES = words(
  'Amsterdam|Athens|Atlanta|Bangkok|Barcelona|Beijing|Berlin|Boston|Brussels|Cairo|Chicago|Dallas|Delhi|New Delhi|Denver|Detroit|Dubai|Dublin|Geneva|Hong Kong|Houston|Istanbul|Jerusalem|Kabul|Kiev|Kyiv|Lagos|Las Vegas|Lisbon|London|Los Angeles|Madrid|Manila|Miami|Milan|Montreal|Moscow|Mumbai|Nairobi|New York|New York City|Oslo|Paris|Philadelphia|Phoenix|Prague|Rome|San Francisco|Seattle|Seoul|Shanghai|Singapore|Stockholm|Sydney|Taipei|Tehran|Tokyo|Toronto|Vienna|Warsaw|Washington|Wuhan|Zurich|Fort Worth|Austin|Portland|Oakland|Osaka',
);
export const REGIONS = words(
  'Africa|Asia|Europe|Antarctica|Arctic|Middle East|Latin America|North America|South America|Tibet|Xinjiang|Crimea|Gaza|Kashmir|Siberia|Patagonia|Scandinavia|Balkans|Caribbean|Pacific|Atlantic',
);

/** US states: a place kind of their own, so a state's wrong options are states, not continents. */
export const US_STATES = words(
  'California|Texas|Florida|Ohio|Virginia|Georgia|Michigan|Arizona|Oregon|Alaska|Hawaii|Nevada|Utah|Colorado|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maryland|Massachusetts|Minnesota|Missouri|Montana|Nebraska|Oklahoma|Pennsylvania|Tennessee|Wisconsin|Alabama|Mississippi|Idaho|Wyoming|Vermont|Maine|Connecticut|Delaware|New Jersey|New Mexico|North Carolina|South Carolina|North Dakota|South Dakota|West Virginia|Rhode Island|New Hampshire|Arkansas|Washington State',
);

/** Planets and the Moon: places too, but never the wrong options for a place on Earth. */
export const CELESTIAL = words('Mars|Jupiter|Saturn|Venus|Mercury|Earth|Moon|Uranus|Neptune|Pluto|Titan|Europa|Enceladus|Ganymede|Callisto|Io|Ceres');

/** Last words that make a capitalised sequence a place. */
export const PLACE_HEADS = words('Region|Strait|Sea|Ocean|River|Mountains|Mountain|Island|Islands|County|Province|Valley|Bay|Lake|Desert|Peninsula|Gulf|Canyon|Coast|Park|Street|Avenue|Square|Airport|Basin|Gorge|Delta|Falls|Glacier|Channel|Plain|Plains|Plateau|Reef|Highlands|Lowlands|Estuary|Fjord|Lagoon|Steppe|Rainforest|Territory|District|Prefecture|Harbour|Harbor|Creek|Heights|Springs|Road');

/** Words that make a capitalised sequence an organisation. */
export const ORG_WORDS = words(
  'Commission|Party|Committee|Ministry|Department|Agency|University|College|School|Institute|Council|Congress|Senate|Parliament|Legislature|Bank|Company|Corporation|Corp|Inc|Ltd|LLC|Association|Organization|Organisation|Union|Court|Army|Navy|Administration|Foundation|Museum|Service|Services|Group|Times|Post|Journal|News|Network|Laboratory|Laboratories|Observatory|Society|Club|Team|Federation|Authority|Bureau|Office|Center|Centre|Hospital|Police|Assembly|Alliance|Fund|Board|Studios|Records|Press|Airlines|Motors|Technologies|Systems|Reserve|Guard|Academy|League|House|Democrats|Republicans|Conservatives|Tories|Liberals|Socialists|Primary|Secondary|Grammar|Infirmary|Trust|Partners|Holdings|Ventures|Brewery|Railway|Library|Gallery|Theatre|Cathedral|Abbey|Industries|Foods|Bakeries|Farms|Logistics|Pharmaceuticals|Properties|Engineering|Construction|Developments|Enterprises|Solutions|Consulting|Insurance|Airways|Shipping|Athletic|Rovers|Wanderers',
);

/** Names of laws, works, events: typed "name", never a person. */
export const THING_HEADS = words('Act|Papers|Law|Treaty|Accord|Accords|War|Award|Awards|Prize|Day|Festival|Cup|Games|Olympics|Championship|Championships|Tournament|Trophy|Marathon|Indoors|Regatta|Convention|Protocol|Agreement|Summit|Plan|Program|Programme|Project|Mission|Telescope|Effect|Theory|Syndrome|Disease|Virus|Engine|Machine|Computer|Language|Theorem|Equation|Principle|Numbers|Scattering');

/** Role words that, before a name, make a title ("President Xi Jinping"). */
export const TITLE_WORDS = words(
  'President|Vice|Minister|Prime|Foreign|Defense|Defence|Finance|Secretary|State|Senator|Sen|Sen.|Governor|Gov.|Mayor|Chairman|Chairwoman|Chair|Director|Chief|CEO|Dr|Dr.|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Prof|Prof.|Professor|General|Gen.|Judge|Justice|King|Queen|Prince|Princess|Pope|Ambassador|Representative|Rep.|Spokesperson|Spokesman|Spokeswoman|Commissioner|Coach|Deputy|Premier|Chancellor|Speaker|Leader|Attorney|Treasury|Executive|Founder|Head|Officer|Administrator|Captain|Lieutenant|Sergeant|Bishop|Rabbi|Father|Sir|Dame|Lord|Lady|Senior|Interior|Home|Trade|Commerce|Health|Education|Energy|Labor|Justice|MP|MEP|MSP|Congressman|Congresswoman|Councillor|Councilman|Councilwoman',
);

/** Nationality and origin adjectives that may open a title ("Chinese Foreign Minister"). */
export const NATIONALITIES = words(
  'US|U.S.|American|Chinese|British|French|German|Russian|Ukrainian|Japanese|Indian|Canadian|Mexican|Brazilian|Italian|Spanish|Australian|Israeli|Iranian|Turkish|Korean|South Korean|North Korean|Taiwanese|European|African|Colombian|Dutch|Swedish|Polish|Irish|Scottish|Saudi|Egyptian|Pakistani|Asian|Arab|Latin|Western|Eastern|Then|Former|Acting',
);

/** Lowercase role nouns that head a role phrase ("head of the Foreign Affairs Commission"). */
export const ROLE_NOUNS = words(
  'president|minister|secretary|senator|governor|mayor|chairman|chairwoman|chair|director|chief|ceo|professor|judge|justice|king|queen|prince|princess|ambassador|representative|spokesperson|spokesman|spokeswoman|commissioner|coach|deputy|premier|chancellor|speaker|leader|head|founder|officer|author|editor|scientist|researcher|astronomer|physicist|biologist|chemist|economist|historian|analyst|reporter|journalist|correspondent|agent|lawyer|attorney|doctor|physician|engineer|manager|executive|owner|captain|general|commander|diplomat|official|envoy|advisor|adviser|writer|novelist|poet|artist|painter|architect|actor|actress|singer|musician|composer|director|producer|player|striker|quarterback|pitcher|champion|member|co-founder|inventor|explorer|pioneer|philosopher|mathematician|astronaut|candidate|nominee|spokesperson|curator|principal|dean|lecturer|investigator|geologist|psychologist|epidemiologist|virologist|neuroscientist|entrepreneur|investor|billionaire|founder',
);

export const MONTHS = words('January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec');
export const WEEKDAYS = words('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday');

/** Pronouns and determiners that cannot be a card's answer nor stand alone as its subject. */
export const PRONOUNS = words(
  'i|me|my|mine|we|us|our|ours|you|your|yours|he|him|his|she|her|hers|it|its|they|them|their|theirs|this|that|these|those|who|whom|whose|which|what|one|someone|somebody|everyone|anyone|nobody|himself|herself|itself|themselves|ourselves|myself',
);

/** Verbs that attribute speech ("said", "stressed", "told"). Past and present forms. */
export const SPEECH_VERBS = words(
  'said|says|say|told|tells|added|adds|stressed|stresses|noted|notes|explained|explains|argued|argues|warned|warns|insisted|insists|stated|states|declared|declares|wrote|writes|asked|asks|replied|replies|announced|announces|emphasized|emphasised|emphasizes|acknowledged|acknowledges|concluded|remarked|commented|admitted|admits|tweeted|claimed|claims|assured|assures|recalled|continued|observed|suggested|suggests|predicted|cautioned|confirmed|reiterated|indicated|highlighted|underlined|pointed',
);

/** Party labels written before a politician's name ("Republican Phil Bryant"): peeled off like a nationality. */
export const PARTY_LABELS = words('Republican|Democrat|Democratic|Conservative|Labour|Liberal|Tory|Socialist|Independent');
