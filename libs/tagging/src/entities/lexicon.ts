/**
 * Hand-written English cue words. Titles precede people and are never part of
 * their names; organisation heads/suffixes make a capitalised run an organisation.
 */

/** Single-token titles and honorifics (with and without the abbreviation dot). */
export const TITLES = new Set([
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'President', 'Pres.', 'Vice-President', 'Premier', 'Chancellor', 'Senator', 'Sen.', 'Rep.', 'Representative',
  'Congressman', 'Congresswoman', 'Governor', 'Gov.', 'Mayor', 'Minister', 'Secretary', 'Ambassador', 'Envoy',
  'General', 'Gen.', 'Lt.', 'Col.', 'Colonel', 'Capt.', 'Captain', 'Major', 'Maj.', 'Sgt.', 'Sergeant', 'Admiral', 'Adm.',
  'Commander', 'Lieutenant', 'Marshal', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Cardinal', 'Bishop',
  'Archbishop', 'Rabbi', 'Imam', 'Sheikh', 'Judge', 'Justice', 'Coach', 'Chairman', 'Chairwoman', 'Chair', 'Speaker',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Director', 'Detective', 'Officer', 'Inspector', 'Superintendent',
  'Chief', 'CEO', 'Emir', 'Sultan', 'Ayatollah', 'Rev.', 'Reverend', 'Father', 'Sister', 'Brother', 'Saint',
  'Attorney', 'Prosecutor', 'Leader', 'Deputy', 'Vice', 'Foreign', 'Defence', 'Defense', 'Finance', 'Interior',
  'Health', 'Prime', 'State', 'Home', 'Trade', 'Economy', 'Justice', 'Opposition', 'Former', 'Acting', 'Interim',
  'Crown', 'Grand', 'Duke', 'Duchess', 'Count', 'Countess', 'Baron', 'Baroness',
]);

/** Titles that alone make the following name a person (modifiers like "Foreign" do not). */
export const PERSON_TITLES = new Set([
  'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady',
  'President', 'Pres.', 'Premier', 'Chancellor', 'Senator', 'Sen.', 'Rep.', 'Congressman', 'Congresswoman', 'Governor',
  'Gov.', 'Mayor', 'Minister', 'Secretary', 'Ambassador', 'General', 'Gen.', 'Lt.', 'Col.', 'Colonel', 'Capt.',
  'Captain', 'Maj.', 'Sgt.', 'Sergeant', 'Admiral', 'Adm.', 'Commander', 'Lieutenant', 'Marshal', 'King', 'Queen',
  'Prince', 'Princess', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Sheikh', 'Judge', 'Coach',
  'Chairman', 'Chairwoman', 'Speaker', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Detective', 'Inspector',
  'Emir', 'Sultan', 'Ayatollah', 'Rev.', 'Reverend', 'Duke', 'Duchess', 'Baroness', 'Baron',
]);

/** Lowercase words right before a name that make it a person ("spokesman Dmitry Peskov", "striker Harry Kane"). */
export const PERSON_ROLE_WORDS = new Set([
  'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'chancellor', 'senator',
  'governor', 'mayor', 'leader', 'director', 'chairman', 'chairwoman', 'ceo', 'founder', 'coach', 'manager',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'captain', 'singer', 'actor', 'actress', 'author', 'writer',
  'director', 'analyst', 'economist', 'professor', 'lawyer', 'attorney', 'judge', 'prosecutor', 'ambassador',
  'envoy', 'general', 'commander', 'official', 'chief', 'executive', 'premier', 'king', 'queen', 'prince',
  'champion', 'player', 'rapper', 'star', 'journalist', 'correspondent', 'dr', 'mr', 'mrs', 'ms', 'colleague',
  'husband', 'wife', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'candidate', 'rival', 'predecessor',
  'successor', 'counterpart', 'lawmaker', 'congressman', 'congresswoman', 'rep', 'sen', 'secretary-general',
  // news copy's other roles before a name ("host Jeanine Pirro", "frontman Michael McDonald", "Ombudsman Nadia Cruz")
  'host', 'presenter', 'anchor', 'reporter', 'producer', 'frontman', 'guitarist', 'drummer', 'bassist', 'keyboardist',
  'vocalist', 'comedian', 'designer', 'artist', 'co-founder', 'investor', 'billionaire', 'businessman', 'businesswoman',
  'entrepreneur', 'activist', 'ombudsman', 'adviser', 'advisor', 'aide', 'sheriff', 'teammate', 'quarterback',
  'pitcher', 'winger', 'forward', 'boss', 'dancer', 'musician', 'filmmaker', 'historian', 'scientist', 'researcher',
  'astronaut', 'suspect', 'defendant', 'plaintiff', 'witness', 'novelist', 'poet', 'painter', 'photographer',
  'senator-elect', 'president-elect', 'chancellor-elect', 'nominee', 'challenger', 'incumbent', 'referee', 'umpire',
]);

/** Lowercase role words after a name and a comma that make it a person ("Gwynne Shotwell, president of SpaceX"). */
export const APPOSITIVE_ROLE_WORDS = new Set([
  'president', 'vice', 'chief', 'executive', 'director', 'founder', 'co-founder', 'chairman', 'chairwoman', 'head',
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'senior', 'deputy', 'professor', 'manager',
  'coach', 'author', 'partner', 'analyst', 'economist', 'lawyer', 'attorney', 'ceo', 'cfo', 'coo', 'editor',
  'commander', 'leader', 'governor', 'mayor', 'senator', 'ambassador', 'general', 'associate', 'assistant', 'owner',
  'who', 'aged', 'whose', 'a', 'an', 'the',
]);

/** Verbs right after a two/three-word capitalised name that make it a person. */
export const PERSON_VERBS = new Set([
  'said', 'says', 'told', 'added', 'asked', 'stated', 'wrote', 'argued', 'explained', 'insisted', 'warned',
  'admitted', 'denied', 'claimed', 'believes', 'thinks', 'noted', 'recalled', 'replied', 'tweeted', 'urged',
]);

/** A capitalised run ending in one of these is an organisation ("Bank", "Ministry", "Party", "Inc."). */
export const ORG_SUFFIXES = new Set([
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co.', 'Company', 'Ltd', 'Ltd.', 'Plc', 'plc', 'PLC', 'LLC', 'AG', 'SA', 'NV',
  'GmbH', 'Group', 'Holdings', 'Bank', 'Party', 'Ministry', 'Council', 'Union', 'Association', 'University',
  'College', 'School', 'Committee', 'Agency', 'Commission', 'Court', 'Army', 'Navy', 'Police', 'Department', 'Dept.',
  'Organisation', 'Organization', 'Federation', 'Club', 'Institute', 'Foundation', 'Fund', 'Board', 'Office',
  'Service', 'Services', 'Airlines', 'Airways', 'Motors', 'Industries', 'Times', 'Post', 'News', 'Journal',
  'Network', 'Assembly', 'Parliament', 'Senate', 'Congress', 'Church', 'Society', 'League', 'Systems',
  'Technologies', 'Partners', 'Securities', 'Exchange', 'Authority', 'Forces', 'Guard', 'FC', 'Bureau', 'Centre',
  'Center', 'Hospital', 'Museum', 'Trust', 'Alliance', 'Coalition', 'Movement', 'Front', 'Brigade', 'Brigades',
  'Cabinet', 'Parliament', 'Telegraph', 'Herald', 'Tribune', 'Gazette', 'Press', 'Media', 'Records', 'Studios',
  'Pictures', 'Entertainment', 'Energy', 'Oil', 'Petroleum', 'Airport', 'Railways', 'Railway', 'Telecom',
  'Communications', 'Pharmaceuticals', 'Insurance', 'Capital', 'Investments', 'Reserve', 'Academy', 'Institution',
  'Tribunal', 'Secretariat', 'Directorate', 'Conference', 'Command', 'Corps', 'Regiment', 'Battalion', 'Mission',
  'Force', 'Division', 'Fleet', 'Laboratory', 'Laboratories', 'Lottery', 'Orchestra', 'Choir', 'Band', 'Team',
  // football clubs ("Leeds United", "Blackburn Rovers", "West Bromwich Albion")
  'United', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Hotspur',
]);

/** A capitalised run starting with one of these followed by "of" is an organisation ("Bank of England"). */
export const ORG_HEADS = new Set([
  'Bank', 'Ministry', 'University', 'Department', 'Institute', 'Council', 'Court', 'Museum', 'Church', 'Federation',
  'Association', 'Organisation', 'Organization', 'Office', 'Board', 'House', 'Chamber', 'League', 'Society', 'College',
  'Commission', 'Committee', 'Union', 'Party', 'Academy', 'School', 'Bureau', 'Agency', 'Confederation', 'Order',
  'Institute', 'Federation', 'Corporation', 'Company', 'Government', 'Parliament', 'Assembly', 'Congress', 'Army', 'Navy',
]);

/**
 * Organisations news names daily whose names carry no cue. [canonical, ...aliases].
 * Aliases are matched case-sensitively as whole capitalised runs.
 */
export const KNOWN_ORGS: string[][] = [
  ['Kremlin'], ['White House'], ['European Union', 'EU', 'E.U.'], ['United Nations', 'UN', 'U.N.'],
  ['NATO', 'Nato'], ['Pentagon'], ['US State Department', 'State Department', 'State Dept.', 'US State Dept.', 'U.S. State Department'],
  ['Congress'], ['Senate'], ['House of Representatives'], ['Downing Street'], ['Elysee', 'Élysée'], ['Bundestag'],
  ['Duma', 'State Duma'], ['Reuters'], ['Associated Press', 'AP'], ['Agence France-Presse', 'AFP'], ['BBC'], ['CNN'],
  ['RIA Novosti'], ['Interfax'], ['TASS', 'Itar-Tass', 'ITAR-TASS'], ['Xinhua'], ['Al Jazeera'], ['RT'],
  ['International Monetary Fund', 'IMF'], ['World Bank'], ['World Trade Organization', 'WTO'],
  ['World Health Organization', 'WHO'], ['Organization of the Petroleum Exporting Countries', 'OPEC', 'Opec'],
  ['Federal Reserve', 'Fed'], ['European Central Bank', 'ECB'], ['Bank of England'], ['FBI'], ['CIA'], ['NSA'],
  ['KGB'], ['FSB'], ['MI5'], ['MI6'], ['Interpol'], ['Europol'], ['Hamas'], ['Hezbollah'], ['Taliban'], ['al-Qaeda', 'al Qaeda', 'Al Qaeda', 'Al-Qaeda'],
  ['Islamic State', 'ISIS', 'ISIL'], ['Apple'], ['Google'], ['Microsoft'], ['Amazon'], ['Facebook'], ['Meta'],
  ['Twitter'], ['Tesla'], ['Netflix'], ['Disney'], ['Samsung'], ['Huawei'], ['Gazprom'], ['Rosneft'], ['Boeing'],
  ['Airbus'], ['Toyota'], ['Volkswagen'], ['IBM'], ['Intel'], ['Nvidia'], ['OpenAI'], ['Uber'], ['Walmart'],
  ['Goldman Sachs'], ['JPMorgan', 'JP Morgan', 'JPMorgan Chase'], ['Morgan Stanley'], ['Citigroup'], ['HSBC'],
  ['Barclays'], ['Deutsche Bank'], ['Wall Street Journal'], ['New York Times'], ['Washington Post'], ['Guardian'],
  ['Financial Times', 'FT'], ['Bloomberg'], ['Labour', 'Labour Party'], ['Conservatives', 'Conservative Party', 'Tories'],
  ['Democrats', 'Democratic Party'], ['Republicans', 'Republican Party', 'GOP'], ['Supreme Court'],
  ['European Commission'], ['European Parliament'], ['Security Council', 'UN Security Council'], ['G7'], ['G20'],
  ['Nasdaq'], ['FIFA', 'Fifa'], ['UEFA', 'Uefa'], ['IOC'], ['NBA'], ['NFL'], ['Red Cross'],
  ['Amnesty International'], ['Human Rights Watch'], ['Greenpeace'], ['Vatican'], ['Kyiv Post'], ['Ukrainian government'],
];

/** Places news names that the GeoNames extract lacks (or names differently). [name, countryCode, ...aliases] */
export const EXTRA_PLACES: string[][] = [
  ['Washington', 'US'], ['Europe', ''], ['Asia', ''], ['Africa', ''], ['Middle East', ''], ['Latin America', ''],
  ['North America', ''], ['South America', ''], ['Crimea', 'UA'], ['Donbas', 'UA', 'Donbass'], ['Gaza', 'PS', 'Gaza Strip'],
  ['West Bank', 'PS'], ['Kashmir', ''], ['Siberia', 'RU'], ['Scotland', 'GB'], ['England', 'GB'], ['Wales', 'GB'],
  ['Northern Ireland', 'GB'], ['Hong Kong', 'HK'], ['Taiwan', 'TW'], ['Tibet', 'CN'], ['Chechnya', 'RU'],
  ['California', 'US'], ['Texas', 'US'], ['Florida', 'US'], ['Silicon Valley', 'US'], ['Wall Street', 'US'],
  ['Earth', ''], ['Balkans', ''], ['Caucasus', ''], ['Arctic', ''], ['Antarctica', 'AQ'], ['Pacific', ''], ['Atlantic', ''],
  ['Mediterranean', ''], ['Black Sea', ''], ['Baltic', ''], ['Persian Gulf', ''], ['Gulf', ''], ['Sahara', ''],
  ['Eastern Europe', ''], ['Western Europe', ''], ['Southeast Asia', ''], ['Kyiv', 'UA', 'Kiev'],
];

/** Function words: never names, never keywords. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say told ' +
    'according mr mrs ms dr would could should may might must shall us one two three four five six seven eight nine ten also however ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december today yesterday tomorrow week year years month months day days time new last first next many much several ' +
    'including since though although yet still even well back way like get got make made take took go went come came see saw know ' +
    'want use used another every around among amid while per via without within upon onto toward towards across along'
  ).split(' '),
);

/** Words that start sentences or headlines but are never a name on their own. */
export const NEVER_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their',
  'Our', 'My', 'Its', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'As', 'For', 'From',
  'With', 'Without', 'By', 'To', 'Of', 'So', 'Yet', 'Still', 'Also', 'Meanwhile', 'However', 'According', 'Later',
  'Earlier', 'Now', 'Then', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Some', 'Many', 'Most', 'All',
  'Any', 'No', 'Not', 'One', 'Two', 'Three', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
  'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Dear', 'Sorry', 'Read', 'More', 'Related', 'Share', 'Click', 'Subscribe', 'Advertisement',
  'Photo', 'Video', 'Image', 'Getty', 'Images', 'EST', 'GMT', 'UTC', 'BST', 'CET', 'PST', 'EDT', 'PDT', 'AM', 'PM',
  'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept',
  'Oct', 'Nov', 'Dec', 'Representatives', 'Today', 'Yesterday', 'Tomorrow', 'Internet', 'Web', 'Christmas', 'Easter',
]);

/** Lowercase connectors allowed inside a name ("Bank of England", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi"). */
export const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'el', '&']);

/** A capitalised run ending in one of these is a place ("Mississippi Avenue", "Aabenraa County"). */
export const LOC_SUFFIXES = new Set([
  'Street', 'St.', 'Avenue', 'Ave.', 'Road', 'Boulevard', 'Square', 'County', 'Province', 'Prefecture', 'District',
  'Region', 'Oblast', 'River', 'Lake', 'Mountains', 'Mountain', 'Hills', 'Valley', 'Island', 'Islands', 'Bay', 'Sea',
  'Ocean', 'Peninsula', 'Desert', 'Strait', 'Canal', 'Coast', 'Beach', 'Park', 'Bridge', 'Airport', 'Harbour', 'Harbor',
  'Township', 'Village', 'City', 'Heights', 'Falls', 'Gulf', 'Creek', 'Forest', 'Glacier', 'Plateau', 'Basin',
]);

/** A capitalised run starting with one of these is a place ("Lake Geneva", "Mount Everest"). */
export const LOC_HEADS = new Set(['Lake', 'Mount', 'Mt.', 'Cape', 'Port', 'Fort', 'Ft.', 'Isle', 'Gulf']);
