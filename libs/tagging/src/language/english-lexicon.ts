/**
 * A small hand-written lexicon of frequent English words (function words and the common
 * verbs, nouns and adverbs of news copy), for the English prior of detect-language.ts.
 * Byte n-grams cannot judge a line like "He was 64." or "Wang Yi met Sergey Lavrov in
 * Beijing." (too few letters, or the names outweigh the English); whole common words can.
 *
 * `met` counts whole although Dutch has it ("with"): in Dutch it comes with Dutch words
 * around it, which the three-in-four rule of looksEnglish then misses.
 *
 * Words written the same way and common in another language the detector knows (German
 * `was`, `will`, `also`; Dutch `met`, `of`, `week`; Scandinavian `for`, `her`, `men`;
 * Romance `no`, `a`, `final`…) are "shared" and count half.
 */
const DISTINCT = `
the and with that this these those which who whom whose what when where why how there their theirs they them
she his him hers its it it's i'm i've i'd you you're you've we're we've they're they've he's she's that's
there's what's let's don't didn't doesn't won't can't cannot isn't aren't wasn't weren't hasn't haven't hadn't
couldn't wouldn't shouldn't our ours your yours my mine from after before about into onto than then though
although because while would could should shall might must been being were are has have had having does did
done said says say saying told tell tells just only very much many some any every each other others another
such own same both either neither nor yet already again ever never always often now today tonight yesterday
tomorrow year years month months day days night nights morning afternoon evening weekend time times first
third next new old one two three four five seven eight nine eleven twelve twenty thirty hundred thousand
billion up down out off through around against between among during without within across behind near since
until whether if not yes too less least well back away people woman women child children family families home
house houses government courts official officials company companies party country countries city town world
game games goal goals win wins lost lose loses beat beaten scored died dies killed dead death injured hurt
arrested charged jailed found held make makes made take takes took taken get gets got give gives gave given go
goes went gone comes came saw seen know knows knew known think thinks thought wants wanted need needs needed
use uses used work works worked working call calls called ask asks asked try tries tried leave leaves left put
keep keeps kept begin began begun show shows showed shown hear heard play plays played run runs move moved
live lives lived believe believes bring brought happen happened happens write wrote written stood pays paid
meet meets meeting include includes included including continue continues continued learn changed lead leads
understand watch watched follow follows followed stopped speak spoke spoken read allow allowed add adds added
spend spent grow grew grown opened walk walked offer offered remember love consider considered appear appeared
buy bought wait waiting send sent expect expects expected build built stay stayed fall falls fell cut cuts
reach reached kill kills remain remains remained suggest suggested raise raised pass passed sell sold reported
reports decide decided pull return returned visit visited visits fly flew flown joined joins hosted hosts
attended signed agreed agrees warned warns announced announce denied denies deny resigned resign elected voted
votes faces faced finished finish cost costs closed cancelled delayed released recovered survived survive
update updated story true caused talks failed fails doubled born nobody nothing anyone someone everyone
something anything everything none little big small high low higher lower good better worse few following
recently earlier early late enough almost nearly whole quarter percent likely sure clear free full easy young
older oldest biggest largest rather instead however leader leaders spokesman spokeswoman spokesperson chief
head boss turnout shot hit hits missed scores scoring beats drew draw drawn led sank struck exploded fled
stormed pleaded guilty sentenced accused wrong wrongdoing right rights issues problems planned money price
prices rates tax jobs job workers strike strikes pupils school schools doctors nurses weather rain snow floods
flooding heavy warning warnings he met ready quit able available private political economic military current
key hours seconds victims suspect attack attacks crash deaths bodies officers troops soldiers election
elections campaign voters candidates parliament council committee inquiry evidence trial judge lawyer lawyers
players stadium season league coach squad injury investors economy growth shares firm deal deals staff wages
bills oil energy power homes students health disease study research scientists phone phones users interest
market markets claims hopes fears seeks rises
`;

const SHARED = `
a i in is was on to at by for her we me be do so no of as an am also will over under man men most more let war
die kind best here hand land plan final real general hospital police minister president once sale data radio
film hotel taxi moment normal station program online internet top start set end can see long six ten week
million or all us per cent rose rate innocent issue problem half large bad far hard team match club state
village court but last still stand open stop change pay want come face vote cause later recent prime plans
taxes patients wind storm fallen ran case side fire water bank drug care report gas points sales profits rent
virus app possible important public local national international social former major main senior minutes
forces candidate jury prison charges crime manager fans won
`;

const lexicon = new Map<string, number>();
for (const w of DISTINCT.split(/\s+/)) if (w) lexicon.set(w, 1);
for (const w of SHARED.split(/\s+/)) if (w) lexicon.set(w, 0.5);

/**
 * 1 for a frequent English word, 0.5 for one shared with another common language, 0 else.
 * Words not in the list but with an English ending count too: `-ed` and `-ly` (5 letters or
 * more, a–z only: "thanked", "booed", "sharply") as English, `-ing` as shared (Dutch and
 * Scandinavian nouns end so too).
 */
export function englishWordWeight(word: string): number {
  const w = word.toLowerCase().replace(/[\u2019`]/g, "'");
  const listed = lexicon.get(w);
  if (listed !== undefined) return listed;
  if (w.length < 5 || !/^[a-z]+$/.test(w)) return 0;
  if (w.endsWith('ed') || w.endsWith('ly')) return 1;
  return w.endsWith('ing') || w.endsWith('ings') ? 0.5 : 0;
}
