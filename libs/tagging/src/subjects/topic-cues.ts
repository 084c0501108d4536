/**
 * Hand-written English cue words for the 17 IPTC top-level Media Topics.
 * "x*" matches any word starting with x; "x_y" is a two-word cue matching the adjacent words
 * "x y" (it takes both words: "net worth" is finance, not the net; "star wars" a film, not war).
 * Weights: 1 ordinary, 2 strong (add ":2").
 */
export const TOP_LEVEL_CUES: Record<string, string> = {
  // arts, culture, entertainment and media
  'medtop:01000000':
    'film* movie* cinema* actor* actress* oscar* bafta* grammy* emmy* album* singer* song* band:1 music* musician* concert* ' +
    'festival* theatre* theater* broadway stage* comedy comedian* drama dramas box:1 office:0 hollywood:2 bollywood:2 director* ' +
    'novel* book books booker bestseller* author authors artist* art:1 gallery galleries museum* exhibition* painting* sculpture* dance* ballet opera operas operatic ' +
    'television:1 tv:1 series:1 sitcom* soap* celebrit* star stars superstar* fame showbiz premiere* chart charts rapper* rock pop:1 hip:0 ' +
    'documentar* screen screens studio* netflix disney* box-office entertainment* award* nominat* soundtrack* dj djs gig gigs tour:1 ' +
    'episode* season:1 broadcast* bbc:1 channel:1 radio* media newspaper* magazine* journalis* culture* cultural ' +
    'bpi cd:1 cds singles:1 tracks:1 viewers:1 itv:1 eastenders globes brit:1 brits west-end audience*:1 piracy:1 pirated file-sharing:1 box-office showbusiness ratings:1 celebrity' +
    ' box_office:2 star_wars:2 record_label:2 record_labels:2 music_industry:2 film_industry:2 film_festival:2 red_carpet:2 golden_globe:2 golden_globes:2 talent_show:2 chat_show:2 soap_opera:2 pop_star:2 rock_star:2 hit_single:2 top_10:1 number_one:1 west_end:2 reality_tv:2 reality_show:2' +
    ' bbc_radio:0 bbc_news:0 the_bbc:0',
  // crime, law and justice
  'medtop:02000000':
    'police* arrest* crime crimes criminal* court courts courtroom* judge* trial* jury* prosecut* lawyer* attorney* convict* sentenc* prison* ' +
    'jail* murder* kill* homicide* theft* fraud* robbery* burglar* suspect* charged charges investigat* detective* ' +
    'lawsuit* sued sue sued sues suing legal* verdict* guilty acquit* appeal* supreme:1 law:1 laws justice* offen* smuggl* traffick* ' +
    'corruption bribe* drug:1 drugs:1 gang* victim* abuse* assault* shooting* stabb* kidnap* extradit* custody bail' +
    ' defence_lawyer:2 defence_lawyers:2 defence_team:1',
  // disaster, accident and emergency incident
  'medtop:03000000':
    'earthquake* quake* tsunami* flood* hurricane* typhoon* cyclone* tornado* wildfire* fire:1 fires blaze* explosion* ' +
    'crash* accident* collision* derail* disaster* emergency:1 rescue* evacuat* casualt* injured dead:1 death:1 toll ' +
    'landslide* avalanche* eruption* volcano* drought* famine* sinking sank capsiz* collapse*',
  // economy, business and finance
  'medtop:04000000':
    'econom* business* compan* firm:1 firms market* stock stocks stockmarket* stockbroker* share:1 shares investor* invest* bank* banking financ* profit* ' +
    'revenue* sales sale:1 earnings dividend* price* inflation* interest:1 rates rate:1 gdp growth:1 recession* trade* ' +
    'tariff* export* import imports imported importing industr* manufactur* retail* consumer* customer* brand brands branding merger* acquisition* takeover* deal* ' +
    'ceo* chief:0 executive* boss* shareholder* bond bonds bondholder* currenc* dollar* euro euros eurozone pound pounds yen oil:1 gas:1 energy:1 budget* tax* ' +
    'debt* loan* credit* fund funds funding funded startup* ipo* valuation* billion* million* quarter quarters quarterly fiscal* ftse dow nasdaq ' +
    'wall:1 analyst* forecast* supply* demand jobs:1 unemployment:1 sector* airline* car:0 carmaker* property housing:1 ' +
    'mortgage* insurance insurer* subsidiar* cost costly costing costs spending* payment* ' +
    "results:1 turnover opec:2 crude:2 barrel* deficit:1 trading:1 flotation* bankrupt* retailer* wholesale* economist* exporter* importer* shareholders stake:1 investors firm's company's group's profits" +
    ' net_worth:2 chief_executive:2 interest_rates:2 stock_market:2 central_bank:2 share_price:2 private_equity:2 trade_deficit:2 current_account:2 city_analysts:2 pre-tax_profits:2 pre-tax_profit:2 oil_prices:2 house_prices:2' +
    ' forecast:1 net_profit:2 net_profits:2 net_income:2 net_loss:2 net_losses:2 net_debt:2 price_war:2 trade_war:2 bidding_war:2 rescue_deal:2 rescue_bid:2 rescue_package:2 rescue_plan:2 finance_director:2 managing_director:2 non-executive_director:2' +
    ' automaker* showroom* auto_show:2 motor_show:2',
  // education
  'medtop:05000000':
    'school* pupil* student* teacher* universit* college* education* exam exams examination* examiner* curriculum* classroom* tuition degree* ' +
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
    'symptom* diagnos* pharmaceutical* illness* flu influenza hiv aids malaria ebola' +
    ' virus:1 clinical_trial:2 clinical_trials:2 drug_trial:2 drug_trials:2' +
    ' eating_disorder:3 eating_disorders:3 binge_eating:3 psychiatr* addict* overdose* opioid* cannabis:1 marijuana:1',
  // human interest
  'medtop:08000000':
    'birthday* anniversar* wedding* royal* princess* prince:1 celebrat* centenar* pet pets dog:1 cat:1 quirky bizarre ' +
    'record-breaking oldest heartwarming',
  // labour
  'medtop:09000000':
    'worker* union* strike* employment* employee* unemploy* job* wage* salar* pension* retire* labour labor workforce ' +
    'layoff* redundanc* hiring recruit* minimum:1 payroll*',
  // lifestyle and leisure
  'medtop:10000000':
    'travel* holiday* tourism* tourist* restaurant* food* recipe* cook cooks cooking cooked cookery chef* fashion* wine* hobby hobbies leisure ' +
    'fitness diet* garden* shopping lifestyle* beauty style* vacation* hotel*' +
    ' meal* ingredient* tablespoon* teaspoon* tbsp tsp calorie* snack* workout* wellness wellbeing breakfast:1 lunch:1 dinner:1 baking cup:0.5 cups:0.5 motorcycle* motorbike*',
  // politics
  'medtop:11000000':
    'politic* government* minister* president* election* elected vote* voter* voting ballot* campaign* parliament* ' +
    'congress* senate* senator* lawmaker* mp:2 mps:2 party:1 parties labour:1 tory tories conservative* democrat* ' +
    'republican* opposition* policy:1 policies legislat* bill:1 referendum* diplomat* diplomacy summit* sanction* ' +
    'kremlin:2 whitehouse white:0 downing:2 prime:1 chancellor* cabinet* coalition* governor* mayor* constitution* ' +
    'sovereign* treaty* foreign:1 ambassador* embassy* brexit:2 eu:1 nato:1 regime* authorities:1 official:1 officials:1 ' +
    'statement:1 spokesman:1 spokeswoman:1 minister:2 ministers:2 reform* protest* activist* federal* state:0 ' +
    'bilateral* counterpart* influence:1 ' +
    "commons:2 lords:1 peers:1 manifesto*:2 lib:1 liberal:1 dems shadow:1 secretary:1 whitehall:2 devolution:2 assembly:1 plaid snp:2 westminster:2 polls:1 poll:1 pledge*:1 labour's tories' tory's mep* electoral* backbench* rebellion:1 rebels:0 ministerial" +
    ' impeach*:2 council_tax:2 blair:1 blunkett:1 prescott:1 ukip:2 kilroy-silk:1 prime_minister:2 home_secretary:2 foreign_secretary:2 general_election:2 shadow_chancellor:2 shadow_home:2 downing_street:2 lib_dem:2 lib_dems:2 liberal_democrat:2 liberal_democrats:2' +
    ' scottish_executive:2 defence_secretary:2',
  // religion
  'medtop:12000000':
    'church* religio* pope:2 vatican* mosque* islam* muslim* christian* catholic* jewish judaism synagogue* temple* ' +
    'hindu* buddhis* bishop* priest* imam* faith* worship* pilgrim* ramadan easter:1 christmas:1 clergy',
  // science and technology
  'medtop:13000000':
    'technolog* tech:2 software* hardware* computer* internet* online:1 digital* app:1 apps smartphone* phone:1 phones ' +
    'mobile:1 broadband* web:1 website* cyber* hacker* hack* data:1 ai:2 artificial:1 intelligence:1 robot* algorithm* ' +
    'chip* semiconductor* google* apple:1 microsoft* facebook* twitter* amazon:1 gadget* device* console* gaming:1 ' +
    'games:1 video:1 science* scientist* research* researcher* study:1 space:1 nasa satellite* rocket* astronaut* ' +
    'physics physicist* chemi* biolog* genetic* dna laboratory lab:1 innovation* engineer* broadband wireless network* users ' +
    'user* download* streaming:1 virtual electronic* telecom* 5g 4g pc laptop* iphone* android* microsoft windows:1 ' +
    'cloud:1 computing processor* camera* spam* virus:1 e-mail email* blog* search:1 gameplay playstation* xbox* ' +
    'nintendo* pc-gaming graphics gamer* esports e-sports ' +
    "ipod*:2 itunes:2 mp3 podcast*:2 bluetooth:2 handset*:2 symbian phishing:2 firewall*:2 hi-tech dvd* high-definition wi-fi wifi yahoo* browser* rss developers:1 hardware net:1 program:1 programs:1 chips megabits megabit gigabyte* broadband's operating:1 e-mails" +
    ' mobile_phone:2 mobile_phones:2 video_game:2 video_games:2 computer_game:2 computer_games:2 games_console:2 search_engine:2 search_engines:2 operating_system:2 web_browser:2 digital_music:2' +
    ' bill_gates:2 mp3_player:2 mp3_players:2 music_player:2 music_players:2 dvd_player:2 dvd_players:2 media_player:2 media_players:2 console_war:2 format_war:2 browser_war:2 touch_screen:2 colour_screen:2 colour_screens:2 flat_screen:2 flat_screens:2 plasma_screens:2 social_media:1',
  // society
  'medtop:14000000':
    'society social:1 communit* poverty homeless* immigra* migrant* refugee* asylum* discriminat* racism* racist* ' +
    'equality* gender* lgbt* gay:1 transgender* welfare* charity charities family:1 families:1 children:1 population* ' +
    'human:1 rights:1 inequality',
  // sport
  'medtop:15000000':
    'sport* football* soccer* cricket* rugby* tennis* golf* athlet* olympic* championship* champion* tournament* ' +
    'league* cup:0.5 match* game:1 games:1 goal* score* scored win:1 won:1 wins:1 victory:1 defeat* beat:1 team* ' +
    'player* coach* manager:1 striker* midfielder* defender* goalkeeper* stadium* fans fan:1 season:1 club* ' +
    'premiership premier:1 fifa* uefa* nba nfl basketball baseball hockey boxing boxer* race:1 racing formula:1 ' +
    'grand:0 prix marathon* medal* world:0 squad* captain* injur* fixture* semi-final* quarter-final* final:1 ' +
    'wicket* innings* try:1 tries:1 seed:1 seeded set:0 sets:1 referee* penalt* kick* transfer:1 sprint* swimm* ' +
    'cycling cyclist* olympics paralympic* lions:1 coach:1 title:1 titles:1 grand-slam wimbledon* open:1 ' +
    "bowl* batting batsman batsmen overs:1 stumps unbeaten:2 fly-half scrum* doping:2 anti-doping f1 ferrari:1 mclaren signing:1 premiership's sprinter* semi-finals quarter-finals fly-half centre-back full-back championships grand-prix 100m 200m 400m 800m 1500m" +
    ' world_cup:2 grand_slam:2 six_nations:3 champions_league:3 fa_cup:3 premier_league:2 davis_cup:3 ryder_cup:3 red_card:2 drugs_ban:3 drugs_test:3 drugs_tests:3 banned_substance:2 banned_substances:2 world_record:1 transfer_window:3' +
    ' olympic_games:2 commonwealth_games:2 tour_de:2 group_stage:2' +
    ' league_cup:2 carling_cup:3 uefa_cup:3 heineken_cup:3 cup_final:2 cup_tie:2 cup_run:2',
  // conflict, war and peace
  'medtop:16000000':
    'war:2 wars warfare military* army* troop* soldier* militant* rebel* insurgen* terror* attack* bomb* missile* ' +
    'airstrike* strike:0 conflict* ceasefire* peace* invasion* invad* occupi* occupation* clash* fighting fight:1 ' +
    'weapon* arms:1 armed* violence* violent* bloodshed* unrest* separatist* paramilitar* militia* coup coups hostage* ' +
    'casualt* killed:1 combat* defence:1 defense:1 nato:1 offensive* shelling* genocide* massacre* protesters:1 ' +
    'tension* tensions force:1 forces:1 seize* seized' +
    ' defence_secretary:1' +
    ' riot*:2 rioters:2 demonstrator*:1 tear_gas:2 rubber_bullets:2',
  // weather
  'medtop:17000000':
    'weather* forecast:1 rain* rainfall snow* storm* heatwave* temperature* sunny cloudy wind:1 winds:1 meteorolog* ' +
    'frost* fog* hail* thunder*' +
    ' weather_forecast:2',
};
