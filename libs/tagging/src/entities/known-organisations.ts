/**
 * Organisations that news names without any cue in the name itself, written for the
 * project (names are facts; no list was copied): agencies, companies, news media,
 * sports bodies and clubs. [canonical, ...aliases]; aliases match case-sensitively as
 * whole capitalised runs; names already in lexicon.ts's KNOWN_ORGS are not repeated. Left out on purpose: names that are also common words or
 * first names at a sentence start (Target, Gap, Next, Orange, Shell, Chase), which would
 * cost more precision than they bring.
 *
 * Clubs named after their town (Liverpool, Porto, Barcelona) are places in the gazetteer;
 * they are in CLUB_TOWNS instead and become organisations only in sports stories.
 */
export const MORE_ORGS: string[][] = [
  // US government and agencies
  ['NASA'], ['Securities and Exchange Commission', 'SEC'], ['Food and Drug Administration', 'FDA'],
  ['Environmental Protection Agency', 'EPA'], ['Department of Justice', 'Justice Department', 'DOJ'],
  ['Department of Defense', 'Defense Department'], ['Department of Homeland Security', 'Homeland Security', 'DHS'],
  ['Treasury Department'], ['Commerce Department'], ['Labor Department'], ['Energy Department'],
  ['Centers for Disease Control and Prevention', 'CDC'], ['National Institutes of Health', 'NIH'],
  ['Federal Aviation Administration', 'FAA'], ['Federal Communications Commission', 'FCC'],
  ['Federal Trade Commission', 'FTC'], ['Internal Revenue Service', 'IRS'], ['Drug Enforcement Administration', 'DEA'],
  ['Immigration and Customs Enforcement', 'ICE'], ['Secret Service'], ['National Security Council', 'NSC'],
  ['National Guard'], ['Border Patrol'], ['Census Bureau'], ['Postal Service', 'USPS'],
  ['House Intelligence Committee'], ['House Judiciary Committee'], ['Senate Judiciary Committee'],
  ['National Rifle Association', 'NRA'], ['American Civil Liberties Union', 'ACLU'], ['Planned Parenthood'],
  // UK, Europe and elsewhere
  ['National Health Service', 'NHS'], ['Scotland Yard'], ['Metropolitan Police', 'Met Police'], ['Home Office'],
  ['Foreign Office'], ['Ministry of Defence', 'MoD'], ['Ofcom'], ['Ofgem'], ['HM Revenue and Customs', 'HMRC'],
  ['Crown Prosecution Service', 'CPS'], ['Liberal Democrats', 'Lib Dems'], ['Scottish National Party', 'SNP'],
  ['Brexit Party'], ['Sinn Fein', 'Sinn Féin'], ['Bundesbank'], ['Bank of Japan'], ['Reserve Bank of India'],
  ['People\'s Bank of China'], ['Knesset'], ['Likud'], ['Fatah'], ['Bharatiya Janata Party', 'BJP'],
  ['Indian National Congress'], ['African National Congress', 'ANC'], ['Communist Party'], ['Politburo'],
  ['People\'s Liberation Army', 'People’s Liberation Army', 'PLA'], ['Red Army'], ['Wagner Group'],
  ['Gazprombank'], ['Sberbank'], ['Aeroflot'], ['Lukoil'], ['Roscosmos'], ['Houthis'], ['Boko Haram'], ['al-Shabab', 'Al-Shabaab', 'al-Shabaab'],
  ['Muslim Brotherhood'], ['Free Syrian Army'], ['Kurdistan Workers\' Party', 'PKK'], ['Haqqani network'],
  // International bodies
  ['European Council'], ['Council of Europe'], ['Eurogroup'], ['Eurostat'], ['OECD'], ['OSCE'], ['ASEAN'],
  ['African Union'], ['Arab League'], ['Organization of American States'], ['UNESCO', 'Unesco'], ['UNICEF', 'Unicef'],
  ['UNHCR'], ['World Food Programme'], ['International Atomic Energy Agency', 'IAEA'],
  ['International Criminal Court', 'ICC'], ['International Court of Justice'], ['International Energy Agency', 'IEA'],
  ['Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'], ['Oxfam'], ['Transparency International'],
  ['World Economic Forum'], ['Bank for International Settlements'], ['Gavi'],
  // Technology and telecoms
  ['Alphabet'], ['YouTube'], ['Instagram'], ['WhatsApp'], ['TikTok'], ['ByteDance'], ['Snapchat'],
  ['LinkedIn'], ['Reddit'], ['Pinterest'], ['Spotify'], ['Airbnb'], ['Lyft'], ['DoorDash'], ['PayPal'], ['eBay'],
  ['Alibaba'], ['Tencent'], ['Baidu'], ['Xiaomi'], ['Lenovo'], ['ZTE'], ['Sony'], ['Nintendo'], ['Panasonic'],
  ['Hitachi'], ['Toshiba'], ['LG'], ['SK Hynix'], ['TSMC'], ['Qualcomm'], ['AMD'], ['Broadcom'], ['Cisco'],
  ['Oracle'], ['Salesforce'], ['SAP'], ['Adobe'], ['Hewlett-Packard'], ['Xerox'], ['Siemens'],
  ['Ericsson'], ['Nokia'], ['Vodafone'], ['Verizon'], ['AT&T'], ['T-Mobile'], ['Comcast'], ['BT'],
  ['Deutsche Telekom'], ['Telefonica', 'Telefónica'], ['SoftBank'], ['SpaceX'], ['Blue Origin'], ['Anthropic'],
  ['DeepMind'], ['Palantir'], ['Dropbox'], ['Shopify'], ['Coinbase'], ['Binance'],
  ['WeWork'], ['Yahoo'], ['AOL'], ['Wikipedia'], ['Wikimedia'], ['Mozilla'], ['GitHub'], ['Epic Games'],
  ['Activision Blizzard', 'Activision'], ['Electronic Arts'], ['Ubisoft'], ['Twitch'], ['Hulu'],
  // Industry, retail, finance
  ['General Motors', 'GM'], ['Ford Motor'], ['Chrysler'], ['Stellantis'], ['Fiat'], ['Renault'], ['Peugeot'],
  ['BMW'], ['Daimler'], ['Mercedes-Benz'], ['Audi'], ['Porsche'], ['Nissan'], ['Hyundai'],
  ['Volvo'], ['Rolls-Royce'], ['Lockheed Martin'], ['Raytheon'], ['Northrop Grumman'], ['General Dynamics'],
  ['BAE Systems'], ['General Electric', 'GE'], ['Caterpillar'], ['3M'], ['Honeywell'], ['ExxonMobil', 'Exxon Mobil', 'Exxon'],
  ['Chevron'], ['BP'], ['TotalEnergies'], ['ConocoPhillips'], ['Saudi Aramco', 'Aramco'], ['Petrobras'],
  ['Glencore'], ['Rio Tinto'], ['BHP'], ['ArcelorMittal'], ['Bayer'], ['BASF'], ['Pfizer'], ['Moderna'],
  ['BioNTech'], ['AstraZeneca'], ['Johnson & Johnson'], ['Novartis'], ['Sanofi'], ['GlaxoSmithKline', 'GSK'],
  ['Eli Lilly'], ['Novo Nordisk'], ['Gilead'], ['Purdue Pharma'], ['McDonald\'s', 'McDonald’s'],
  ['Starbucks'], ['Coca-Cola'], ['PepsiCo', 'Pepsi'], ['Nestle', 'Nestlé'], ['Unilever'], ['Procter & Gamble'],
  ['Kraft Heinz'], ['Anheuser-Busch'], ['Heineken'], ['Nike'], ['Adidas'], ['Costco'], ['Home Depot'],
  ['Lowe\'s', 'Lowe’s'], ['Kroger'], ['Tesco'], ['Sainsbury\'s', 'Sainsbury’s'], ['Carrefour'], ['Aldi'], ['Lidl'],
  ['IKEA', 'Ikea'], ['H&M'], ['Inditex'], ['CVS'], ['Walgreens'], ['FedEx'], ['UPS'], ['Maersk'],
  ['Delta Air Lines'], ['American Airlines'], ['United Airlines'], ['Southwest Airlines'], ['Ryanair'],
  ['easyJet'], ['Lufthansa'], ['Qantas'], ['Berkshire Hathaway'], ['BlackRock'], ['Vanguard'],
  ['Blackstone'], ['Carlyle Group', 'Carlyle'], ['KKR'], ['Bank of America'], ['Wells Fargo'], ['Citibank'],
  ['Credit Suisse'], ['UBS'], ['BNP Paribas'], ['Societe Generale', 'Société Générale'],
  ['Lloyds'], ['NatWest'], ['Standard Chartered'], ['Nomura'], ['Mizuho'], ['Mastercard'],
  ['American Express'], ['Jefferies'], ['Moody\'s', 'Moody’s'], ['Standard & Poor\'s'],
  ['New York Stock Exchange', 'NYSE'], ['London Stock Exchange'], ['Lloyd\'s of London'],
  ['Live Nation'], ['Ticketmaster'], ['Warner Bros.', 'Warner Bros'], ['Universal Music'], ['Sony Music'],
  ['Paramount'], ['Pixar'], ['Marvel Studios'], ['Lionsgate'], ['Big Machine'],
  // News media and publishers
  ['BBC News'], ['Sky News'], ['Sky Sports'], ['ITV'], ['Channel 4'], ['ABC News'], ['CBS News'], ['NBC News'],
  ['ABC'], ['CBS'], ['NBC'], ['MSNBC'], ['CNBC'], ['Fox News'], ['Fox Business'], ['PBS'], ['NPR'], ['HBO'], ['ESPN'],
  ['Politico'], ['Axios'], ['BuzzFeed'], ['Vox'], ['HuffPost', 'Huffington Post'], ['Breitbart'],
  ['USA Today'], ['Los Angeles Times', 'LA Times'], ['Chicago Tribune'], ['Boston Globe'], ['New York Post'],
  ['Daily Mail'], ['Daily Telegraph', 'Telegraph'], ['Sunday Times'],
  ['Daily Mirror'], ['Economist'], ['Le Monde'], ['Le Figaro'], ['Der Spiegel', 'Spiegel'], ['Bild'],
  ['El Pais', 'El País'], ['Corriere della Sera'], ['Haaretz'], ['Times of Israel'], ['Kommersant'], ['Izvestia'],
  ['Interfax-Ukraine'], ['Ukrinform'], ['Al Arabiya'], ['NHK'], ['Kyodo'], ['Yonhap'], ['Nikkei'], ['South China Morning Post'],
  ['People\'s Daily', 'People’s Daily'], ['Global Times'], ['CCTV'], ['Forbes'],
  ['Newsweek'], ['Rolling Stone'], ['Hollywood Reporter'], ['TechCrunch'],
  ['Bloomberg News'], ['Business Insider'], ['Barron\'s', 'Barron’s'], ['MarketWatch'], ['Ruptly'], ['Sputnik'],
  ['Euronews'], ['Deutsche Welle'], ['France 24'], ['Radio Free Europe'], ['Voice of America', 'VOA'],
  // Sports bodies and competitions' organisers
  ['MLB'], ['NHL'], ['NCAA'], ['MLS'], ['WNBA'], ['PGA Tour'], ['ATP'], ['WTA'], ['World Athletics'],
  ['World Anti-Doping Agency', 'WADA'], ['Football Association'], ['Formula One Group'], ['International Olympic Committee'],
];

/**
 * Clubs and teams whose names are not places: organisations wherever they are written
 * (football clubs across Europe, and the nicknames North American teams go by alone).
 */
export const SPORTS_CLUBS: string[][] = [
  ['Real Madrid'], ['Atletico Madrid', 'Atlético Madrid', 'Atletico'], ['Inter Milan', 'Inter'], ['AC Milan'],
  ['Juventus'], ['Bayern Munich', 'Bayern'], ['Borussia Dortmund', 'Dortmund'], ['Borussia Monchengladbach', "Borussia Mönchengladbach"],
  ['Paris Saint-Germain', 'PSG'], ['Olympique Lyonnais'], ['Olympique de Marseille'], ['Ajax'], ['PSV Eindhoven', 'PSV'],
  ['Feyenoord'], ['Benfica'], ['Sporting Lisbon'], ['FC Porto'], ['Galatasaray'], ['Fenerbahce', 'Fenerbahçe'],
  ['Besiktas', 'Beşiktaş'], ['Celtic'], ['Rangers'], ['Arsenal'], ['Chelsea'], ['Everton'], ['Tottenham Hotspur', 'Spurs'],
  ['Aston Villa'], ['Wolverhampton Wanderers'], ['Crystal Palace'], ['Nottingham Forest'],
  ['Sheffield Wednesday'], ['Queens Park Rangers', 'QPR'], ['Schalke', 'Schalke 04'], ['Bayer Leverkusen', 'Leverkusen'],
  ['RB Leipzig'], ['Eintracht Frankfurt'], ['Werder Bremen'], ['Napoli'], ['Lazio'], ['AS Roma'], ['Fiorentina'],
  ['Sampdoria'], ['Zenit St Petersburg', 'Zenit'], ['Spartak Moscow'], ['CSKA Moscow'], ['Dynamo Kiev', 'Dynamo Kyiv'],
  ['Shakhtar Donetsk', 'Shakhtar'], ['Red Star Belgrade'], ['Anderlecht'], ['Club Brugge'], ['Olympiakos', 'Olympiacos'],
  ['Panathinaikos'], ['Boca Juniors'], ['River Plate'], ['Flamengo'], ['Corinthians'], ['Santos FC'], ['LA Galaxy'],
  ['Inter Miami'], ['Yankees'], ['Red Sox'], ['Dodgers'], ['Mets'], ['Cubs'], ['White Sox'], ['Astros'], ['Braves'],
  ['Phillies'], ['Orioles'], ['Blue Jays'], ['Padres'], ['Diamondbacks'],
  ['Lakers'], ['Celtics'], ['Knicks'], ['Clippers'], ['Mavericks'], ['Raptors'],
  ['76ers', 'Sixers'], ['Bucks'], ['Nuggets'], ['Timberwolves'], ['Pelicans'], ['Grizzlies'], ['Trail Blazers', 'Blazers'],
  ['Cavaliers', 'Cavs'], ['Pistons'], ['Hornets'],
  ['Cowboys'], ['Steelers'], ['Packers'], ['49ers'], ['Seahawks'], ['Broncos'], ['Chargers'],
  ['Ravens'], ['Bengals'], ['Browns'], ['Colts'], ['Jaguars'],
  ['Buccaneers', 'Bucs'], ['Falcons'], ['Redskins'], ['Commanders'],
  ['Seattle Seahawks'],
  ['Maple Leafs'], ['Canadiens', 'Habs'], ['Bruins'], ['Blackhawks'], ['Red Wings'], ['Oilers'], ['Flyers'],
  ['Canucks'],
];

/**
 * Clubs named after their town or district: places in the gazetteer, organisations in a
 * sports story unless a place preposition comes before them ("managed Porto", "Tottenham's
 * manager", but "a hotel in Barcelona").
 */
export const CLUB_TOWNS = new Set([
  'Liverpool', 'Tottenham', 'Barcelona', 'Porto', 'Leeds', 'Newcastle', 'Southampton', 'Leicester', 'Brighton',
  'Burnley', 'Watford', 'Fulham', 'Brentford', 'Bournemouth', 'Norwich', 'Sunderland', 'Middlesbrough', 'Stoke',
  'Swansea', 'Cardiff', 'Hull', 'Reading', 'Derby', 'Blackburn', 'Bolton', 'Wigan', 'Barnsley', 'Coventry',
  'Ipswich', 'Portsmouth', 'Millwall', 'Wimbledon', 'Aberdeen', 'Hibernian', 'Hearts', 'Dundee', 'Kilmarnock',
  'Valencia', 'Sevilla', 'Seville', 'Villarreal', 'Bilbao', 'Getafe', 'Osasuna', 'Lyon', 'Marseille', 'Monaco',
  'Lille', 'Nantes', 'Bordeaux', 'Rennes', 'Nice', 'Hamburg', 'Stuttgart', 'Wolfsburg', 'Freiburg', 'Hoffenheim',
  'Cologne', 'Roma', 'Milan', 'Torino', 'Genoa', 'Bologna', 'Udinese', 'Atalanta', 'Salzburg',
  'Basel',
]);

/** Words that make a story a sports story (with at least three of them, distinct, in the text). */
export const SPORTS_WORDS = new Set([
  'league', 'club', 'clubs', 'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'manager', 'scored', 'goal',
  'goals', 'match', 'matches', 'squad', 'stadium', 'season', 'fixture', 'fixtures', 'playoff', 'playoffs', 'quarterback',
  'touchdown', 'innings', 'wicket', 'wickets', 'semi-final', 'semifinal', 'championship', 'tournament', 'cup', 'titles',
  'signing', 'transfer', 'kick-off', 'kickoff', 'penalty', 'midfield', 'fans', 'referee', 'qualifier', 'qualifying',
]);
