/**
 * Hand-written English cue words for the 17 IPTC top-level Media Topics.
 * "x*" matches any word starting with x; two-word cues match adjacent words.
 * Weights: 1 ordinary, 2 strong (add ":2").
 */
export const TOP_LEVEL_CUES: Record<string, string> = {
  // arts, culture, entertainment and media
  'medtop:01000000':
    'film* movie* cinema* actor* actress* oscar* bafta* grammy* emmy* album* singer* song* band:1 music* musician* concert* ' +
    'festival* theatre* theater* broadway stage* comedy comedian* drama* box:1 office:0 hollywood:2 bollywood:2 director* ' +
    'novel* book* author* artist* art:1 gallery galleries museum* exhibition* painting* sculpture* dance* ballet opera* ' +
    'television:1 tv:1 series:1 sitcom* soap* celebrit* star stars superstar* fame showbiz premiere* chart* rapper* rock pop:1 hip:0 ' +
    'documentar* screen* studio* netflix disney* box-office entertainment* award* nominat* soundtrack* dj* gig* tour:1 ' +
    'episode* season:1 broadcast* bbc:1 channel:1 radio* media* newspaper* magazine* journalis* culture* cultural ' +
    'bpi cd:1 cds singles:1 tracks:1 viewers:1 itv:1 eastenders globes brit:1 brits west-end audience*:1 piracy:1 pirated file-sharing:1 box-office showbusiness ratings:1 celebrity',
  // crime, law and justice
  'medtop:02000000':
    'police* arrest* crime* criminal* court* judge* trial* jury* prosecut* lawyer* attorney* convict* sentenc* prison* ' +
    'jail* murder* kill* homicide* theft* fraud* robbery* burglar* suspect* charged charges investigat* detective* ' +
    'lawsuit* sued sue* legal* verdict* guilty acquit* appeal* supreme:1 law:1 laws justice* offen* smuggl* traffick* ' +
    'corruption bribe* drug:1 drugs:1 gang* victim* abuse* assault* shooting* stabb* kidnap* extradit* custody bail',
  // disaster, accident and emergency incident
  'medtop:03000000':
    'earthquake* quake* tsunami* flood* hurricane* typhoon* cyclone* tornado* wildfire* fire:1 fires blaze* explosion* ' +
    'crash* accident* collision* derail* disaster* emergency:1 rescue* evacuat* casualt* injured dead:1 death:1 toll ' +
    'landslide* avalanche* eruption* volcano* drought* famine* sinking sank capsiz* collapse*',
  // economy, business and finance
  'medtop:04000000':
    'econom* business* compan* firm:1 firms market* stock* share:1 shares investor* invest* bank* banking financ* profit* ' +
    'revenue* sales sale:1 earnings dividend* price* inflation* interest:1 rates rate:1 gdp growth:1 recession* trade* ' +
    'tariff* export* import* industr* manufactur* retail* consumer* customer* brand* merger* acquisition* takeover* deal* ' +
    'ceo* chief:0 executive* boss* shareholder* bond* currenc* dollar* euro* pound* yen oil:1 gas:1 energy:1 budget* tax* ' +
    'debt* loan* credit* fund* startup* ipo* valuation* billion* million* quarter* quarterly fiscal* ftse dow nasdaq ' +
    'wall:1 analyst* forecast* supply* demand* jobs:1 unemployment:1 sector* airline* car:0 carmaker* property housing:1 ' +
    'mortgage* insurance insurer* subsidiar* cost* costs spending* payment* ' +
    "results:1 turnover opec:2 crude:2 barrel* deficit:1 trading:1 flotation* bankrupt* retailer* wholesale* economist* exporter* importer* shareholders stake:1 investors firm's company's group's profits",
  // education
  'medtop:05000000':
    'school* pupil* student* teacher* universit* college* education* exam* curriculum* classroom* tuition degree* ' +
    'graduat* academic* campus* literacy kindergarten* headteacher* ofsted',
  // environment
  'medtop:06000000':
    'climate:2 environment* emission* carbon* pollut* warming greenhouse renewable* solar wind:1 conservation* wildlife ' +
    'species extinct* biodiversity deforest* forest* recycl* plastic* sustainab* ecolog* fossil* net-zero cop26 cop28 ' +
    'endangered habitat* ocean* waste',
  // health
  'medtop:07000000':
    'health* hospital* patient* doctor* nurse* medic* disease* virus* viral:1 infect* vaccin* cancer* covid* pandemic* ' +
    'epidemic* outbreak* treatment* drug:1 drugs:1 surgery surgeon* clinic* nhs:2 diabetes obesity mental:1 therapy ' +
    'symptom* diagnos* pharmaceutical* illness* flu influenza hiv aids malaria ebola',
  // human interest
  'medtop:08000000':
    'birthday* anniversar* wedding* royal* princess* prince:1 celebrat* centenar* pet* dog:1 cat:1 quirky bizarre ' +
    'record-breaking oldest heartwarming',
  // labour
  'medtop:09000000':
    'worker* union* strike* employment* employee* unemploy* job* wage* salar* pension* retire* labour labor workforce ' +
    'layoff* redundanc* hiring recruit* minimum:1 payroll*',
  // lifestyle and leisure
  'medtop:10000000':
    'travel* holiday* tourism* tourist* restaurant* food* recipe* cook* chef* fashion* wine* hobby hobbies leisure ' +
    'fitness diet* garden* shopping lifestyle* beauty style* vacation* hotel*',
  // politics
  'medtop:11000000':
    'politic* government* minister* president* election* elected vote* voter* voting ballot* campaign* parliament* ' +
    'congress* senate* senator* lawmaker* mp:2 mps:2 party:1 parties labour:1 tory tories conservative* democrat* ' +
    'republican* opposition* policy:1 policies legislat* bill:1 referendum* diplomat* diplomacy summit* sanction* ' +
    'kremlin:2 whitehouse white:0 downing:2 prime:1 chancellor* cabinet* coalition* governor* mayor* constitution* ' +
    'sovereign* treaty* foreign:1 ambassador* embassy* brexit:2 eu:1 nato:1 regime* authorities:1 official:1 officials:1 ' +
    'statement:1 spokesman:1 spokeswoman:1 minister:2 ministers:2 reform* protest* activist* federal* state:0 ' +
    'bilateral* counterpart* influence:1 ' +
    "commons:2 lords:1 peers:1 manifesto*:2 lib:1 liberal:1 dems shadow:1 secretary:1 whitehall:2 devolution:2 assembly:1 plaid snp:2 westminster:2 polls:1 poll:1 pledge*:1 labour's tories' tory's mep* electoral* backbench* rebellion:1 rebels:0 ministerial",
  // religion
  'medtop:12000000':
    'church* religio* pope:2 vatican* mosque* islam* muslim* christian* catholic* jewish judaism synagogue* temple* ' +
    'hindu* buddhis* bishop* priest* imam* faith* worship* pilgrim* ramadan easter:1 christmas:1 clergy',
  // science and technology
  'medtop:13000000':
    'technolog* tech:2 software* hardware* computer* internet* online:1 digital* app:1 apps smartphone* phone:1 phones ' +
    'mobile:1 broadband* web:1 website* cyber* hacker* hack* data:1 ai:2 artificial:1 intelligence:1 robot* algorithm* ' +
    'chip* semiconductor* google* apple:1 microsoft* facebook* twitter* amazon:1 gadget* device* console* gaming:1 ' +
    'games:1 video:1 science* scientist* research* researcher* study:1 space:1 nasa* satellite* rocket* astronaut* ' +
    'physic* chemi* biolog* genetic* dna laboratory lab:1 innovation* engineer* broadband wireless network* users ' +
    'user* download* streaming:1 virtual* electronic* telecom* 5g 4g pc laptop* iphone* android* microsoft windows:1 ' +
    'cloud:1 computing processor* camera* spam* virus:1 e-mail email* blog* search:1 gameplay playstation* xbox* ' +
    'nintendo* pc-gaming graphics gamer* esports e-sports ' +
    "ipod*:2 itunes:2 mp3 podcast*:2 bluetooth:2 handset*:2 symbian phishing:2 firewall*:2 hi-tech dvd* high-definition wi-fi wifi yahoo* browser* rss developers:1 hardware net:1 program:1 programs:1 chips megabits megabit gigabyte* broadband's operating:1 e-mails",
  // society
  'medtop:14000000':
    'society social:1 communit* poverty homeless* immigra* migrant* refugee* asylum* discriminat* racism* racist* ' +
    'equality* gender* lgbt* gay:1 transgender* welfare* charity charities family:1 families:1 children:1 population* ' +
    'human:1 rights:1 inequality',
  // sport
  'medtop:15000000':
    'sport* football* soccer* cricket* rugby* tennis* golf* athlet* olympic* championship* champion* tournament* ' +
    'league* cup:1 match* game:1 games:1 goal* score* scored win:1 won:1 wins:1 victory:1 defeat* beat:1 team* ' +
    'player* coach* manager:1 striker* midfielder* defender* goalkeeper* stadium* fans fan:1 season:1 club* ' +
    'premiership premier:1 fifa* uefa* nba nfl basketball baseball hockey boxing boxer* race:1 racing formula:1 ' +
    'grand:0 prix marathon* medal* world:0 squad* captain* injur* fixture* semi-final* quarter-final* final:1 ' +
    'wicket* innings* try:1 tries:1 seed:1 seeded set:0 sets:1 referee* penalt* kick* transfer:1 sprint* swimm* ' +
    'cycling cyclist* olympics paralympic* lions:1 coach:1 title:1 titles:1 grand-slam wimbledon* open:1 ' +
    "bowl* batting batsman batsmen overs:1 stumps unbeaten:2 fly-half scrum* doping:2 anti-doping f1 ferrari:1 mclaren signing:1 premiership's sprinter* semi-finals quarter-finals fly-half centre-back full-back championships grand-prix 100m 200m 400m 800m 1500m",
  // conflict, war and peace
  'medtop:16000000':
    'war:2 wars warfare military* army* troop* soldier* militant* rebel* insurgen* terror* attack* bomb* missile* ' +
    'airstrike* strike:0 conflict* ceasefire* peace* invasion* invad* occupi* occupation* clash* fighting fight:1 ' +
    'weapon* arms:1 armed* violence* violent* bloodshed* unrest* separatist* paramilitar* militia* coup* hostage* ' +
    'casualt* killed:1 combat* defence:1 defense:1 nato:1 offensive* shelling* genocide* massacre* protesters:1 ' +
    'tension* tensions force:1 forces:1 seize* seized',
  // weather
  'medtop:17000000':
    'weather* forecast:1 rain* rainfall snow* storm* heatwave* temperature* sunny cloudy wind:1 winds:1 meteorolog* ' +
    'frost* fog* hail* thunder*',
};
