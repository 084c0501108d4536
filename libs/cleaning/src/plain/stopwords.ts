/**
 * Function words of the languages our feeds carry most. Prose is dense in them
 * (about a third of its tokens); menus, tag lists, icon-font names and
 * headline lists are not. Lower-case, as tokens are compared lower-cased.
 */
const LISTS = [
  // English
  'a about above after again against all also am an and any are as at be because been before being between both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its just me more most my no nor not now of off on once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your said says',
  // Spanish
  'el la los las un una unos unas y o de del al en que por para con sin sobre es son fue ser está están como pero más su sus se lo le les ya muy también',
  // Portuguese
  'o os as um uma e ou do da dos das no na nos nas em que por para com sem sobre é são foi ser está como mas mais seu sua seus suas se ao à também não',
  // French
  'le la les un une des et ou de du au aux en que qui pour par avec sans sur est sont été être comme mais plus son sa ses se ce cette il elle ils nous vous ne pas dans',
  // German
  'der die das den dem des ein eine einen einem und oder von zu mit auf für ist sind war wird werden wie aber mehr sein seine sich es er sie wir nicht auch im in dass bei aus',
  // Italian
  'il lo la i gli le un una e o di del della dei delle da in con su per che è sono era come ma più suo sua si non anche nel nella',
  // Dutch
  'de het een en of van in op met voor is zijn was wordt worden als maar meer niet ook dat die er ze hij wij',
  // Russian
  'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между',
];

export const STOPWORDS: ReadonlySet<string> = new Set(LISTS.join(' ').split(/\s+/));
