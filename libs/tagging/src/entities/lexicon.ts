/**
 * Every word list entity extraction uses, from data/ (hand-written for the project: names are facts, no list
 * was copied). Titles precede people and are never part of their names; organisation heads and suffixes make
 * a capitalised run an organisation; place heads and suffixes a place.
 */
import cueWords from './data/cue-words.json';
import firstNames from './data/first-names.json';
import knownNames from './data/known-names.json';

/** Single-token titles and honorifics (with and without the abbreviation dot). */
export const TITLES = new Set(cueWords.titles);

/** Titles that alone make the following name a person (modifiers like "Foreign" do not). */
export const PERSON_TITLES = new Set(cueWords.personTitles);

/**
 * Lowercase words right before a name that make it a person ("spokesman Dmitry Peskov", "striker Harry Kane",
 * "host Jeanine Pirro", "frontman Michael McDonald", "Ombudsman Nadia Cruz").
 */
export const PERSON_ROLE_WORDS = new Set(cueWords.personRoleWords);

/** Lowercase role words after a name and a comma that make it a person ("Gwynne Shotwell, president of SpaceX"). */
export const APPOSITIVE_ROLE_WORDS = new Set(cueWords.appositiveRoleWords);

/** Verbs right after a two/three-word capitalised name that make it a person. */
export const PERSON_VERBS = new Set(cueWords.personVerbs);

/** Verbs of saying right before a name: the quote's speaker ("…," said Brent Sherwood). */
export const QUOTE_VERBS_BEFORE = new Set(cueWords.quoteVerbsBefore);

/**
 * A capitalised run ending in one of these is an organisation ("Bank", "Ministry", "Party", "Inc.", and the
 * football clubs' "Leeds United", "Blackburn Rovers", "West Bromwich Albion").
 */
export const ORG_SUFFIXES = new Set(cueWords.orgSuffixes);

/** A capitalised run starting with one of these followed by "of" is an organisation ("Bank of England"). */
export const ORG_HEADS = new Set(cueWords.orgHeads);

/** Heads that "for" continues ("Centre for Policy Studies", "Commissioner for Human Rights"). */
export const FOR_HEADS = new Set(cueWords.forHeads);

/** Words before "League" that make it a competition ("Champions League"), MISC in CoNLL's scheme. */
export const COMPETITION_WORDS = new Set(cueWords.competitionWords);

/** A capitalised run ending in one of these is a place ("Mississippi Avenue", "Aabenraa County"). */
export const LOC_SUFFIXES = new Set(cueWords.locSuffixes);

/** A capitalised run starting with one of these is a place ("Lake Geneva", "Mount Everest"). */
export const LOC_HEADS = new Set(cueWords.locHeads);

/** Lowercase connectors allowed inside a name ("Bank of England", "Ludwig van Beethoven", "Abu Bakr al-Baghdadi"). */
export const NAME_CONNECTORS = new Set(cueWords.nameConnectors);

/** Words that start sentences or headlines but are never a name on their own. */
export const NEVER_NAMES = new Set(cueWords.neverNames);

/** Function words: never names, never keywords. */
export const STOPWORDS = new Set(cueWords.stopwords);

/** Days and months that follow a name in news copy (not May, March, June or August, which are also names). */
export const TRAILING_DATES = new Set(cueWords.trailingDates);

/** Words that make a run starting with a given name a thing named after a person ("Stanley Cup", "Mark Hopkins Hotel"). */
export const NOT_PERSON_WORDS = new Set(cueWords.notPersonWords);

/** Given names that more often start other names ("Roman Catholic", "Christian Democrats"). */
export const NOT_FIRST_NAMES = new Set(cueWords.notFirstNames);

/** Words that end team-like runs but are events, places or groups of things, not teams. */
export const NOT_NICKNAMES = new Set(cueWords.notNicknames);

/** Lowercase words a line of sports results may hold besides names and scores ("Leicester v Chelsea"). */
export const RESULT_LINE_WORDS = new Set(cueWords.resultLineWords);

/** Verbs of winning that make a city beside them a club ("Leicester beat Chelsea"). */
export const WIN_VERBS = new Set(cueWords.winVerbs);

/** Prepositions that keep a club's town a place in a sports story ("a hotel in Barcelona"). */
export const PLACE_PREPOSITIONS = new Set(cueWords.placePrepositions);

/** US states as datelines and addresses abbreviate them after a town ("Sioux Falls, S.D.", "Nashville, TN"). */
export const US_STATE_ABBREVIATIONS = new Set(cueWords.usStateAbbreviations);

/**
 * Clubs named after their town or district: places in the gazetteer, organisations in a sports story unless a
 * place preposition comes before them ("managed Porto", "Tottenham's manager", but "a hotel in Barcelona").
 */
export const CLUB_TOWNS = new Set(cueWords.clubTowns);

/** Words that make a story a sports story (with at least three of them, distinct, in the text). */
export const SPORTS_WORDS = new Set(cueWords.sportsWords);

/**
 * Organisations news names daily whose names carry no cue. [canonical, ...aliases]; aliases are matched
 * case-sensitively as whole capitalised runs.
 */
export const KNOWN_ORGS: string[][] = knownNames.knownOrgs;

/**
 * More organisations named without a cue in the name itself, by field: agencies, companies, news media,
 * sports bodies. Left out on purpose: names that are also common words or first names at a sentence start
 * (Target, Gap, Next, Orange, Shell, Chase), which would cost more precision than they bring.
 */
export const MORE_ORGS: string[][] = Object.values(knownNames.moreOrgs).flat();

/**
 * Clubs and teams whose names are not places: organisations wherever they are written (football clubs across
 * Europe, and the nicknames North American teams go by alone). Clubs named after their town are in CLUB_TOWNS.
 */
export const SPORTS_CLUBS: string[][] = knownNames.sportsClubs;

/** Places news names that the GeoNames extract lacks (or names differently). [name, countryCode, ...aliases] */
export const EXTRA_PLACES: string[][] = knownNames.extraPlaces;

/**
 * Common given names (English, European, Slavic, Arabic, a few others), added to the gazetteer's first names.
 * A capitalised run that starts with one ("Gustav Fritsch") is a person. Names that are also common English
 * words ("Will", "Hope", "May") are left out.
 */
export const FIRST_NAMES: readonly string[] = firstNames;
