// Built-in word lists: features for the tagger and anchors for the rules around it (titles, "the", org suffixes).
import type { EntityType } from '../types';

const words = (list: string): string[] => list.split('|');

/**
 * Countries as the news writes them ("Russia", "Ivory Coast", "U.S.", "Britain"; England, Scotland and Wales too): the
 * source of the country names. `npm run train` adds them to the world's official list of country-region-data in
 * placeNames.json, whose countries (placeNames.ts countryNames) are thus a superset of these.
 */
export const COUNTRIES = words(
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burma|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|England|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macau|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Scotland|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|United States of America|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|America|Britain|Great Britain|Holland|U.S.|US|USA|U.S.A.|UK|U.K.|UAE|PRC',
);

/** Regions, territories and continents that are no country ("Gaza", "Kashmir", "Middle East"). */
export const WORLD_REGIONS = words('Gaza|West Bank|Kashmir|Crimea|Darfur|Chechnya|Kurdistan|Tibet|Europe|Asia|Africa|Antarctica|Australasia|Latin America|South America|North America|Central America|Middle East|Eurasia|Balkans|Caribbean|Scandinavia|Siberia');

export const CITIES = words(
  'Abu Dhabi|Abuja|Accra|Addis Ababa|Aleppo|Algiers|Amman|Amsterdam|Ankara|Athens|Atlanta|Austin|Baghdad|Baku|Bali|Baltimore|Bangkok|Barcelona|Basra|Beijing|Beirut|Belfast|Belgrade|Berlin|Bern|Beverly Hills|Bogota|Boston|Brasilia|Bratislava|Brooklyn|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Calcutta|Canberra|Cape Town|Caracas|Chicago|Chengdu|Chongqing|Cleveland|Copenhagen|Dakar|Dallas|Damascus|Delhi|Denver|Detroit|Dhaka|Doha|Dubai|Dublin|Edinburgh|Fallujah|Frankfurt|Geneva|Glasgow|Guangzhou|Hamburg|Hanoi|Harare|Havana|Helsinki|Hiroshima|Honolulu|Houston|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Kandahar|Karachi|Kathmandu|Khartoum|Kiev|Kigali|Kinshasa|Kyiv|Kuala Lumpur|Lagos|Lahore|Las Vegas|Lima|Lisbon|Ljubljana|London|Los Angeles|Luanda|Lyon|Madrid|Malibu|Managua|Manchester|Manhattan|Manila|Marseille|Mecca|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|Montreal|Moscow|Mosul|Mumbai|Munich|Nairobi|Naples|New Delhi|New Orleans|New York|New York City|Nice|Osaka|Oslo|Ottawa|Paris|Philadelphia|Phoenix|Pittsburgh|Prague|Pretoria|Pyongyang|Quebec|Queens|Quito|Rabat|Ramallah|Rangoon|Riga|Rio de Janeiro|Riyadh|Rome|San Diego|San Francisco|San Jose|Santiago|Sao Paulo|Sarajevo|Seattle|Seoul|Shanghai|Shenzhen|Sofia|Stockholm|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|The Hague|Tokyo|Toronto|Tripoli|Tunis|Ulaanbaatar|Vancouver|Venice|Vienna|Vilnius|Warsaw|Washington|Wellington|Wuhan|Yangon|Yerevan|Zagreb|Zurich|Hollywood|Silicon Valley',
);

export const US_STATES = words(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Puerto Rico|Calif.|Fla.|Tex.|N.Y.|N.J.|Mass.|Penn.|Ill.|Wash.|Ga.|Va.|Md.|Ariz.|Colo.|Conn.|Mich.|Minn.|Ore.',
);

/** Well-known organisations, including government bodies and companies the news names alone. */
export const ORGANIZATIONS = words(
  'United Nations|UN|U.N.|NATO|European Union|EU|African Union|Arab League|ASEAN|Association of Southeast Asian Nations|OPEC|World Bank|International Monetary Fund|IMF|World Health Organization|WHO|WTO|World Trade Organization|UNESCO|UNICEF|Red Cross|Amnesty International|Human Rights Watch|Greenpeace|Interpol|Europol|Security Council|Shanghai Cooperation Organization|BRICS|G7|G20|Congress|Senate|House|House of Representatives|Parliament|Pentagon|White House|Kremlin|State Department|Justice Department|Supreme Court|FBI|CIA|NSA|NASA|FDA|FCC|FTC|SEC|EPA|IRS|DHS|Federal Reserve|Treasury|Commerce Department|Defense Department|Department of Justice|Department of Defense|Homeland Security|Democratic Party|Republican Party|Democrats|Republicans|GOP|Communist Party|Labour Party|Conservative Party|Hamas|Hezbollah|Taliban|Taleban|al-Qaida|al-Qaeda|Al Qaeda|Islamic State|ISIS|TikTok|ByteDance|Apple|Google|Alphabet|Microsoft|Amazon|Meta|Facebook|Instagram|WhatsApp|Twitter|X Corp|Tesla|SpaceX|OpenAI|Netflix|Disney|Walmart|Boeing|Airbus|Huawei|Tencent|Alibaba|Baidu|Xiaomi|ZTE|Samsung|Sony|Toyota|Honda|Nissan|Volkswagen|BMW|Ford|General Motors|Intel|Nvidia|AMD|IBM|Oracle|Cisco|Uber|Lyft|Snapchat|YouTube|LinkedIn|Reddit|Spotify|Pfizer|Moderna|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|Gazprom|Rosneft|Aramco|Exxon|ExxonMobil|Chevron|Shell|BP|Oxford University|Harvard|Harvard University|Stanford|Yale|MIT|Princeton|Columbia University|Yukos|FARC|PKK|Xinhua',
);

/** Newspapers, agencies and broadcasters: organisations, with "The" kept in the name when it is part of the title. */
export const NEWS_OUTLETS = words(
  'The New York Times|New York Times|The Washington Post|Washington Post|New York Post|The Wall Street Journal|Wall Street Journal|The Guardian|Guardian|The Times|The Telegraph|The Independent|The Economist|The Atlantic|The New Yorker|The Hill|The Daily Beast|The Intercept|The Verge|Financial Times|Los Angeles Times|Chicago Tribune|Boston Globe|USA Today|Politico|Axios|Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|CNN|BBC|NBC|CBS|ABC|Fox News|Fox|MSNBC|NPR|PBS|CNBC|Al Jazeera|al-Jazeera|Xinhua|CGTN|CCTV|Global Times|China Daily|People\'s Daily|South China Morning Post|RT|TASS|Sputnik|Kyodo|Yonhap|Deutsche Welle|Der Spiegel|Le Monde|El Pais|Newsweek|Time|Forbes|Fortune|Variety|TMZ|People|Us Weekly|Daily Mail|The Sun|Mirror|Daily Mirror|VOA|Voice of America|Radio Free Asia|Semafor|Vox|BuzzFeed|HuffPost|Huffington Post|Yahoo News|Newsmax|Breitbart',
);

/** Last words that make a capitalised run an organisation ("Acme Corp.", "Chinese Embassy"). */
export const ORG_SUFFIXES = new Set(
  words(
    'Inc.|Inc|Corp.|Corp|Corporation|Co.|Company|Companies|Ltd.|Ltd|LLC|PLC|plc|Group|Holdings|Bank|Agency|Association|Institute|Foundation|University|College|School|Academy|Council|Committee|Commission|Ministry|Department|Embassy|Consulate|Party|Union|League|Federation|Organization|Organisation|Authority|Board|Bureau|Office|Court|Assembly|Parliament|Senate|Congress|Army|Navy|Police|Force|Forces|Guard|Service|Services|Network|News|Times|Post|Journal|Herald|Tribune|Press|Daily|Gazette|Media|Airlines|Airways|Motors|Technologies|Systems|Industries|Partners|Fund|Trust|Club|Church|Society|Center|Centre|Hospital|Administration|Cabinet|Government|Team|Brigade|Movement|Front|Coalition|Alliance',
  ),
);

/** Last words that make a capitalised run an event ("BRICS Summit", "World War II"). */
export const EVENT_SUFFIXES = new Set(words('Summit|War|Olympics|Cup|Championship|Championships|Open|Festival|Conference|Forum|Revolution|Crisis|Massacre|Earthquake|Awards|Expo|Marathon|Tournament|Week'));

/** Last words that make a capitalised run a law ("... Applications Act"). */
export const LAW_SUFFIXES = new Set(words('Act|Law|Treaty|Accord|Accords|Agreement|Amendment|Convention|Protocol|Constitution|Charter|Directive'));

/** Nationality and group words ("Chinese", "Americans"): the `group` type when they stand alone. */
export const NATIONALITIES = words(
  'Afghan|Afghans|African|Africans|Albanian|Algerian|American|Americans|Arab|Arabs|Argentine|Argentinian|Armenian|Asian|Asians|Australian|Australians|Austrian|Azerbaijani|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|Brazilians|British|Briton|Britons|Bulgarian|Burmese|Cambodian|Canadian|Canadians|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cubans|Czech|Danish|Dutch|Ecuadorian|Egyptian|Egyptians|Emirati|English|Eritrean|Estonian|Ethiopian|European|Europeans|Filipino|Filipinos|Finnish|French|Georgian|German|Germans|Ghanaian|Greek|Greeks|Guatemalan|Haitian|Haitians|Hispanic|Honduran|Hungarian|Indian|Indians|Indonesian|Iranian|Iranians|Iraqi|Iraqis|Irish|Israeli|Israelis|Italian|Italians|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Koreans|Kurd|Kurdish|Kurds|Kuwaiti|Latino|Latinos|Lebanese|Libyan|Lithuanian|Malaysian|Mexican|Mexicans|Moroccan|Nepalese|Nigerian|Norwegian|Pakistani|Pakistanis|Palestinian|Palestinians|Panamanian|Peruvian|Polish|Portuguese|Romanian|Russian|Russians|Rwandan|Saudi|Saudis|Scottish|Serb|Serbian|Serbs|Singaporean|Slovak|Somali|Somalis|Spanish|Sri Lankan|Sudanese|Swedish|Swiss|Syrian|Syrians|Taiwanese|Thai|Tibetan|Turkish|Turks|Ugandan|Ukrainian|Ukrainians|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Zimbabwean|Muslim|Muslims|Christian|Christians|Jewish|Jews|Catholic|Catholics|Protestant|Sunni|Sunnis|Shiite|Shiites|Shia|Hindu|Hindus|Buddhist|Buddhists|Democrat|Republican|Western|Westerners|Uyghur|Uyghurs|Uighur|Uighurs',
);

/**
 * Titles and roles written before a name. A role is a run of these words (and "of", "the") ending next to the name;
 * it needs at least one head ("President", "Secretary"), modifiers alone ("Foreign") are not a role.
 */
export const TITLE_HEADS = new Set(
  words(
    'President|Vice-President|Premier|Chancellor|Minister|Secretary|Secretary-General|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Governor|Gov.|Mayor|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Judge|Justice|Speaker|Leader|Chairman|Chairwoman|Chair|CEO|Director|Commissioner|Mr.|Mrs.|Ms.|Miss|Dr.|Prof.|Professor|Gen.|General|Lt.|Lieutenant|Col.|Colonel|Capt.|Captain|Sgt.|Sergeant|Maj.|Major|Adm.|Admiral|Commander|King|Queen|Prince|Princess|Emperor|Pope|Cardinal|Archbishop|Bishop|Rev.|Reverend|Father|Sheikh|Emir|Ayatollah|Mullah|Detective|Officer|Inspector|Chief|Attorney|Prosecutor|Sheriff|Lord|Lady|Sir|Dame|Coach|Founder|Executive|Officer|Diplomat|Counselor|Adviser|Advisor|Deputy|Superintendent|Marshal|Pastor|Rabbi|Imam',
  ),
);
export const TITLE_MODIFIERS = new Set(
  words(
    'Vice|Prime|Foreign|Treasury|Defense|Defence|Interior|Finance|Commerce|Trade|Justice|Health|Education|Energy|State|Homeland|Public|Security|Affairs|Deputy|Chief|Executive|Acting|Former|Attorney|General|Assistant|Senior|Supreme|Grand|Crown|Majority|Minority|House|Senate|Democratic|Republican|U.S.|US|UN|U.N.|National|Press|White|Communist|Party|Economic|Foreign-Policy|First|Lady|Secretary|Minister|Spokesman',
  ),
);

/** Lower-case words that may sit inside a name ("Association of Southeast Asian Nations", "Rio de Janeiro"). */
export const NAME_CONNECTORS = new Set(words('of|for|the|de|del|della|dal|da|di|do|dos|das|du|la|le|van|von|der|den|ter|ten|zu|y|bin|ibn|al|el|on|in|&'));

/** Capitalised words that start sentences or headlines and are never names on their own. */
export const FUNCTION_WORDS = new Set(
  words(
    'a|an|the|this|that|these|those|he|she|it|we|they|i|you|his|her|its|our|their|my|your|in|on|at|by|for|from|with|of|to|as|and|but|or|if|when|while|after|before|since|because|although|though|however|meanwhile|also|then|there|here|what|who|which|where|why|how|some|many|most|more|all|any|each|every|no|not|yes|so|according|despite|during|under|over|about|amid|against|among|between|into|through|both|such|other|another|one|two|three|first|last|new|said|says|will|would|can|could|may|might|should|must|is|are|was|were|be|been|has|have|had|do|does|did|now|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|mr|mrs|ms|dr|breaking|update|exclusive|read|more|related|watch|photo|video|editor|edited|advertisement|must|getting|just|only|even|still|already|again|yet|well|very|much',
  ),
);

/** Built-in names and their types, looked up by surface form. */
export const KNOWN_NAMES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...COUNTRIES.map((n) => [n, 'place'] as const),
  ...WORLD_REGIONS.map((n) => [n, 'place'] as const),
  ...CITIES.map((n) => [n, 'place'] as const),
  ...US_STATES.map((n) => [n, 'place'] as const),
  ...ORGANIZATIONS.map((n) => [n, 'organization'] as const),
  ...NEWS_OUTLETS.map((n) => [n, 'organization'] as const),
  ...NATIONALITIES.map((n) => [n, 'group'] as const),
]);

/** Common given names: a feature for the tagger (a capitalised word after one is likely a surname). */
export const GIVEN_NAMES = new Set(
  words(
    'Aaron|Adam|Adrian|Ahmed|Alan|Albert|Alex|Alexander|Alexandra|Ali|Alice|Alicia|Allison|Amanda|Amy|Andrea|Andrew|Andy|Angela|Ann|Anna|Anne|Anthony|Antonio|Antony|Ashley|Barack|Barbara|Ben|Benjamin|Bernie|Beth|Betty|Bill|Bob|Bobby|Boris|Brad|Brandon|Brian|Bruce|Bryan|Carl|Carlos|Carol|Caroline|Catherine|Charles|Charlie|Chris|Christian|Christina|Christine|Christopher|Chuck|Cindy|Claire|Craig|Dan|Daniel|Danny|David|Dean|Deborah|Debra|Dennis|Diana|Diane|Dick|Donald|Donna|Doug|Douglas|Dylan|Ed|Eddie|Edward|Elizabeth|Ellen|Emily|Emma|Emmanuel|Eric|Erik|Evan|Frank|Fred|Gary|George|Gordon|Grace|Greg|Gregory|Hannah|Harold|Harry|Heather|Helen|Henry|Hillary|Howard|Hugh|Ian|Ivan|Jack|Jackie|Jacob|James|Jamie|Jane|Janet|Jason|Jean|Jeff|Jeffrey|Jennifer|Jeremy|Jerry|Jessica|Jim|Jimmy|Joan|Joe|John|Johnny|Jon|Jonathan|Jose|Joseph|Josh|Joshua|Joyce|Juan|Judith|Judy|Julia|Julie|Justin|Karen|Kate|Katherine|Kathleen|Kathy|Keith|Kelly|Ken|Kenneth|Kevin|Kim|Kimberly|Kyle|Larry|Laura|Lauren|Lawrence|Lee|Linda|Lindsay|Lisa|Liz|Louis|Lucy|Luis|Maria|Marie|Mark|Martha|Martin|Mary|Matt|Matthew|Megan|Melissa|Michael|Michelle|Mike|Mitch|Mohammed|Muhammad|Nancy|Nathan|Neil|Nicholas|Nick|Nicole|Olivia|Pamela|Pat|Patricia|Patrick|Paul|Peter|Phil|Philip|Rachel|Ralph|Randy|Raymond|Rebecca|Richard|Rick|Rob|Robert|Roger|Ron|Ronald|Rose|Roy|Russell|Ruth|Ryan|Sam|Samuel|Sandra|Sara|Sarah|Scott|Sean|Sergei|Sharon|Shawn|Stephanie|Stephen|Steve|Steven|Susan|Ted|Terry|Thom|Thomas|Tim|Timothy|Tina|Todd|Tom|Tony|Tyler|Valerie|Victor|Victoria|Vincent|Vladimir|Walter|Wayne|William|Xavier|Yuri|Zachary',
  ),
);

/** Common Chinese, Korean and Vietnamese family names, written first ("Wang Yi", "Liu Pengyu"). */
export const FAMILY_NAMES_FIRST = new Set(
  words(
    'Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Luo|Gao|Zheng|Liang|Xie|Song|Tang|Han|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|Cui|Zhong|Tan|Fan|Qin|Xi|Wen|Kim|Park|Choi|Nguyen|Tran|Pham|Le',
  ),
);

/**
 * Words of sports news ("coach", "playoffs", "quarterback"): an article that writes two of them is about sport, where a
 * city or state may be a team. Words of other news too ("game", "win", "team", "match") are not in it.
 */
export const SPORTS_WORDS = new Set(
  words(
    'coach|coaches|coached|playoff|playoffs|play-off|play-offs|postseason|quarterback|quarterbacks|linebacker|cornerback|receiver|striker|midfielder|goalkeeper|defender|pitcher|pitchers|slugger|shortstop|outfielder|inning|innings|touchdown|touchdowns|halftime|half-time|roster|rookie|free-agent|draft|standings|league|season|seasons|tournament|championship|semi-final|semifinal|quarter-final|final|finals|fixture|fixtures|stadium|nfl|nba|nhl|mlb|mls|uefa|fifa|premiership|bundesliga|serie|primera',
  ),
);

/** Words before a name that make it a side in a game ("against Detroit", "Barcelona v Feyenoord", "beat Boston"). */
export const OPPONENT_BEFORE = new Set(words('against|vs|vs.|v|v.|versus|beat|beats|defeated|defeats|edged|routed|thrashed|trounced|downed|blanked|swept|hosted|visited|host|visit'));

/** Verbs after a name that make it a side in a game or a club at work ("Portland signed", "Barcelona beat"). */
export const TEAM_VERBS = new Set(
  words('beat|beats|defeated|defeats|edged|routed|thrashed|trounced|downed|blanked|swept|rallied|clinched|signed|re-signed|traded|drafted|released|waived|fired|hosts|hosted|visits|visited|drew|trail|trailed|trails|host|play|plays|played|face|faces|faced|scored|won|lost|have'),
);

/** Words after a name's possessive that make it a team ("Denver's playoff loss", "Philadelphia's 21st head coach"). */
export const TEAM_NOUNS = new Set(
  words('coach|coaches|coaching|manager|playoff|playoffs|loss|losses|win|wins|victory|victories|defeat|defeats|quarterback|season|offense|offence|defense|defence|roster|lineup|line-up|players|player|fans|goalkeeper|striker|pitcher|pitching|bullpen|rotation|starter|starters|captain|squad|franchise|draft|game|games|match|record|streak|first-round|running|receiver|backfield|secondary|kicker'),
);

/** Words before a name that make it a place even in sports news ("his third season in Portland", "at Chicago"). */
export const PLACE_BEFORE = new Set(words('in|at|from|near|to|into|outside|across|around|throughout|of|via|toward|towards|inside'));

/** Kinds of place, plural, that a list of their names follows ("the worst-hit villages were Dorvan, Kesh ..."). */
export const PLACE_KINDS = new Set(
  words('villages|towns|cities|provinces|districts|regions|islands|counties|municipalities|suburbs|neighbourhoods|neighborhoods|capitals|ports|townships|hamlets|prefectures|oblasts|governorates'),
);

/**
 * Nouns after a name's possessive that only a person has ("Nixon's vacation home", "Nixon's re-election campaign",
 * "Jordan's wife"); not what a place or a business has too ("lawyers", "attorney general", "death toll", "campaign").
 */
export const PERSON_POSSESSIONS = new Set(
  words('wife|husband|widow|widower|son|sons|daughter|daughters|mother|father|brother|brothers|sister|sisters|parents|girlfriend|boyfriend|fiancee|fiance|aide|aides|reelection|re-election|vacation|presidency|memoir|memoirs|birthday|funeral|resignation|impeachment|pardon|inauguration'),
);

/**
 * Last words that make a name a place ("Marrow Glacier", "Union Square", "Sheikh Khalid Road"), and first words
 * before "of" ("Island of Dorvan", "Gulf of Aden"). Not "County", "Coast", "Park", "Forest" or "Mountain", which end
 * clubs' names as often (CoNLL-2003: "Derby County", "Ivory Coast", "Nottingham Forest"), nor "Valley" ("the Missouri
 * Valley tournament").
 */
export const PLACE_HEADS = new Set(
  words('Street|Road|Avenue|Boulevard|Highway|Bridge|Square|Island|Islands|Isle|Ocean|Sea|Gulf|Bay|Strait|Reef|Lake|River|Creek|Falls|Canyon|Glacier|Peninsula|Desert|Mountains|Heights|Beach|Cape|Delta|Plateau|Basin|Canal'),
);
