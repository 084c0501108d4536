/**
 * BBC-News-style short articles in the five categories of the BBC News classification
 * dataset, written for this project (no BBC or other third-party text; names of public
 * figures and companies only). Written before the subject classifier was tuned, to give
 * the eval the UK news register of the issue owner's held-out benchmark, with its usual
 * hard cases: tech companies' results (business), box-office takings and music piracy
 * (entertainment), the Budget and tax pledges (politics), transfer fees and doping (sport),
 * digital music, games and gadgets (tech).
 */
import type { BbcCategory } from './dev-labels';

export interface BbcStyleArticle {
  id: string;
  category: BbcCategory;
  title: string;
  text: string;
}

export const BBC_STYLE_ARTICLES: BbcStyleArticle[] = [
  // ---- business ----
  {
    id: 'b01', category: 'business', title: 'Dollar slides to new low against euro',
    text: `The dollar has fallen to a fresh record low against the euro, as worries about the size of the US trade deficit continue to weigh on the currency.

One euro bought $1.3542 in London trading on Tuesday, up from $1.3410 a week ago. The dollar also fell against the yen.

Analysts said traders were betting that Washington was happy to see a weaker dollar, which makes American exports cheaper. "There is no sign of the US authorities wanting to stand in the way," said one currency strategist at a City bank.

European exporters have warned that the euro's strength is hurting their sales. The European Central Bank has so far resisted calls to cut interest rates, which stand at 2%.

The US current account deficit reached a record 5.7% of gross domestic product in the last quarter.`,
  },
  {
    id: 'b02', category: 'business', title: 'Supermarket profits beat forecasts',
    text: `Britain's biggest supermarket has reported a 20% jump in half-year profits, helped by strong sales of clothing and electrical goods.

Pre-tax profit rose to £1.1bn in the six months to August, ahead of City forecasts. Like-for-like sales, which strip out the effect of new store openings, grew by 7.4%.

The chain said its non-food business, which now makes up a fifth of sales, had grown twice as fast as food. Its overseas stores in central Europe and Asia also performed well.

Shares rose 3p to 312p. Analysts said rivals would find it hard to match the group's prices in the run-up to Christmas.

The chief executive said trading conditions remained "competitive" and that consumers were being more careful with their spending as interest rates rose.`,
  },
  {
    id: 'b03', category: 'business', title: 'Oil price hits record above $55',
    text: `The price of oil has hit a new record high, climbing above $55 a barrel amid fears about supplies from the Gulf of Mexico, where hurricanes have disrupted production.

US light crude rose $1.20 to $55.17 in New York trading. Brent crude in London also gained.

Traders said stocks of heating oil in the US were low ahead of winter. The Organisation of Petroleum Exporting Countries (Opec) said its members were pumping at close to full capacity and there was little it could do to bring prices down.

Economists warned that sustained high oil prices would slow economic growth in Europe and Asia. Airlines have already raised fuel surcharges on long-haul tickets.`,
  },
  {
    id: 'b04', category: 'business', title: 'Mobile firm profits rise on data growth',
    text: `The world's largest mobile phone operator has reported a rise in annual profits, helped by a surge in customers using their handsets to send pictures and download music.

Pre-tax profit rose 12% to £4.8bn, on revenues of £34bn. The firm added 18 million customers during the year, taking its total to 150 million worldwide.

The company said revenue from data services, which include text messages, rose by a quarter. It also announced a £4bn share buy-back and raised its dividend by 20%.

Analysts welcomed the results but questioned how quickly the firm would earn back the billions it paid for third-generation licences. Shares closed 2% higher.`,
  },
  {
    id: 'b05', category: 'business', title: 'Airline cuts jobs as fuel bill soars',
    text: `A leading European airline is to cut 3,000 jobs over the next two years as it struggles with soaring fuel costs and competition from low-cost carriers.

The carrier said its fuel bill would be €500m higher this year than last. It will also retire 20 of its oldest aircraft and close routes that lose money.

The chief executive said the cuts were "painful but necessary" to return the business to profit. Unions said they would fight compulsory redundancies.

Budget rivals have taken a growing share of short-haul traffic across Europe, forcing traditional airlines to cut fares. The company's shares fell 4% in Paris.`,
  },
  {
    id: 'b06', category: 'business', title: 'UK economy grows faster than expected',
    text: `The UK economy grew by 0.7% in the third quarter of the year, faster than analysts had predicted, according to official figures.

The Office for National Statistics said strong growth in the services sector had offset a slowdown in manufacturing. Compared with a year earlier, the economy was 3.1% larger.

The figures make it more likely that the Bank of England will raise interest rates again. The Bank's monetary policy committee has raised rates four times in the past year to 4.75%, in an attempt to cool the housing market and consumer borrowing.

Economists said household spending remained robust, although retailers have reported weaker sales in recent weeks.`,
  },
  {
    id: 'b07', category: 'business', title: 'Russian oil giant files for bankruptcy protection',
    text: `Troubled Russian oil firm Yukos has filed for bankruptcy protection in a US court in an attempt to stop the Russian government selling off its main production unit.

The company is fighting a tax bill of more than $27bn. The authorities plan to auction its biggest subsidiary, which pumps about a million barrels of oil a day, to help pay the debt.

Yukos said the sale would be illegal. Its former chief executive is in jail awaiting trial on fraud and tax evasion charges.

Shares in the company, once worth $40bn, have collapsed this year. Investors fear the case has damaged Russia's standing with foreign businesses.`,
  },
  {
    id: 'b08', category: 'business', title: 'Search firm shares soar in market debut',
    text: `Shares in internet search company Google rose 18% on their first day of trading, after a stock market flotation that raised $1.67bn.

The shares, priced at $85, closed at $100.34 on the Nasdaq exchange, valuing the company at about $27bn.

The firm had cut the size and price of the offering after weak demand in its unusual online auction. Some investors had been put off by the high valuation and by the founders keeping control of the company through a separate class of shares.

Google makes most of its revenue from advertising linked to search results. Its sales doubled last year to $962m, and it has been profitable since 2001.`,
  },
  // ---- entertainment ----
  {
    id: 'e01', category: 'entertainment', title: 'Ocean\'s sequel tops US box office',
    text: `Heist sequel Ocean's Twelve has gone straight to the top of the North American box office, taking $40.8m over its first weekend.

The film, which reunites George Clooney, Brad Pitt and Matt Damon with director Steven Soderbergh, pushed animated hit The Incredibles into second place.

The original film, a remake of the 1960 Rat Pack movie, took more than $450m worldwide in 2001. Critics have given the sequel a mixed reception.

Christmas comedy Christmas with the Kranks was third, with $7.8m, while Jamie Foxx's Blade: Trinity fell to fourth in its second week.`,
  },
  {
    id: 'e02', category: 'entertainment', title: 'Joss Stone leads Brit Awards nominations',
    text: `Soul singer Joss Stone and rock band Keane lead the nominations for this year's Brit Awards, with three each.

Stone, 17, is up for best British female solo artist, best urban act and best album for The Soul Sessions. Keane, from Sussex, are nominated for best group, best album and best breakthrough act.

Scissor Sisters, Franz Ferdinand and The Streets also received nominations. The ceremony will be held at Earls Court in London on 9 February and broadcast on ITV.

Organisers said record sales and radio play had been taken into account for the first time in some categories.`,
  },
  {
    id: 'e03', category: 'entertainment', title: 'Aviator wins top Golden Globe',
    text: `Martin Scorsese's The Aviator has won best drama film at the Golden Globes, with Leonardo DiCaprio named best actor for his portrayal of Howard Hughes.

Clint Eastwood was named best director for boxing drama Million Dollar Baby, while its star Hilary Swank won best actress.

Sideways, a comedy about two friends on a tour of California wine country, won best comedy film. Jamie Foxx won best actor in a comedy or musical for his role as Ray Charles in Ray.

The Globes, voted for by Hollywood's foreign press, are seen as a guide to the Oscars, whose nominations will be announced later this month.`,
  },
  {
    id: 'e04', category: 'entertainment', title: 'Band Aid single heads for Christmas number one',
    text: `The new recording of Do They Know It's Christmas? is on course to be the Christmas number one, after selling more than 200,000 copies in its first day.

The single features Chris Martin, Bono, Dido, Joss Stone and Will Young, and was produced by Nigel Godrich. Proceeds will go to famine relief in Sudan.

Retailers said it was the fastest-selling single since Elton John's tribute to Diana, Princess of Wales, in 1997. Sir Bob Geldof, who organised the original record 20 years ago, said he was "delighted".

The song's video was premiered simultaneously on all terrestrial television channels on Sunday night.`,
  },
  {
    id: 'e05', category: 'entertainment', title: 'West End musical to close after five years',
    text: `Hit musical Mamma Mia! will move theatres in the West End next year, while the long-running show Chitty Chitty Bang Bang is to close in September.

Producers said audiences had held up well but the cost of staging the show, with its flying car, was high. It has been seen by more than two million people.

The production opened at the London Palladium in 2002 with Michael Ball in the lead role. A touring version will visit Manchester, Birmingham and Edinburgh next year.

Theatre owners said West End attendances had risen for the third year in a row, with 12 million tickets sold.`,
  },
  {
    id: 'e06', category: 'entertainment', title: 'Soap star quits after ten years',
    text: `EastEnders actress Barbara Windsor is to leave the BBC soap after more than ten years playing landlady Peggy Mitchell.

The 67-year-old said she wanted to spend more time with her husband and to return to the stage. Her last scenes will be shown in the autumn.

Executive producer Kate Harwood said Windsor had been "at the heart of Albert Square" and that the door would be left open for a return.

The soap has been losing viewers to ITV's Coronation Street, and bosses have promised a series of dramatic storylines to win them back. Thursday's episode was watched by 9.2 million people.`,
  },
  {
    id: 'e07', category: 'entertainment', title: 'Record industry sues more file sharers',
    text: `The British music industry has launched legal action against 50 more people it says shared songs illegally over the internet.

The BPI, which represents record labels, said the people had each offered thousands of tracks for download. Of the 28 people sued last year, 23 have paid compensation of up to £6,500.

The industry blames piracy for a fall in CD album sales, although sales of singles have recovered thanks to legal download services.

The BPI's chairman said it wanted to send "a clear message" that uploading music without permission was against the law. Artists including Robbie Williams have backed the campaign.`,
  },
  {
    id: 'e08', category: 'entertainment', title: 'Bollywood film wins top prize in Toronto',
    text: `An Indian film about a village cricket match has won the audience award at the Toronto International Film Festival.

The film, directed by a first-time film-maker from Mumbai, beat more than 300 titles to the prize, which has often pointed to Oscar success.

Its star said the cast were "overwhelmed" by the reaction of North American audiences. The movie opens in British cinemas in November.

Bollywood films have been winning a growing audience in the UK and the US, with several taking more than £1m at the UK box office in the past year.`,
  },
  // ---- politics ----
  {
    id: 'p01', category: 'politics', title: 'Blair sets out third-term pledges',
    text: `Tony Blair has set out Labour's main pledges for a third term in office, promising to put "choice" at the heart of public services.

Speaking at the party's spring conference in Gateshead, the prime minister said Labour would keep the economy stable, cut hospital waiting times and give parents more say over their children's schools.

He attacked the Conservatives' plans for £35bn of spending cuts, saying they would put public services at risk. Michael Howard's party says its plans would cut waste, not front-line services.

Mr Blair is widely expected to call a general election for 5 May. Polls give Labour a lead of between three and eight points.`,
  },
  {
    id: 'p02', category: 'politics', title: 'Howard attacks Labour on immigration',
    text: `Conservative leader Michael Howard has promised to set an annual limit on immigration and to take Britain out of the 1951 Geneva convention on refugees.

Mr Howard said Labour had "lost control" of the asylum system and that the public was right to be worried. A Tory government would introduce 24-hour surveillance of ports and a quota for asylum seekers.

Home Secretary Charles Clarke said the plans were "unworkable" and would damage Britain's reputation. The Liberal Democrats accused Mr Howard of playing on people's fears.

The Conservatives hope immigration will be one of their strongest issues in the forthcoming election campaign.`,
  },
  {
    id: 'p03', category: 'politics', title: 'Brown promises pensioners council tax help',
    text: `Chancellor Gordon Brown has used his Budget to promise pensioners a one-off £200 payment to help with their council tax bills.

In what was widely seen as a pre-election Budget, Mr Brown also raised the threshold for stamp duty on house purchases to £120,000 and doubled it for some first-time buyers in poorer areas.

He told MPs the economy was in its longest period of growth for 200 years. Shadow chancellor Oliver Letwin said taxes would have to rise after the election to fill a "black hole" in the public finances.

Liberal Democrat leader Charles Kennedy said the council tax should be replaced by a local income tax.`,
  },
  {
    id: 'p04', category: 'politics', title: 'Lords defeat government on terror bill',
    text: `The government has suffered a heavy defeat in the House of Lords over its plans to allow suspected terrorists to be held under house arrest.

Peers voted by 249 to 119 to insist that only a judge, not the home secretary, could order a control order. The bill now returns to the Commons.

Ministers say the new powers are needed to replace the detention without trial of foreign suspects, which the law lords ruled unlawful in December.

Conservative and Liberal Democrat peers joined forces with some Labour rebels. The home secretary said he was willing to make "reasonable" changes but would not give up the principle of the bill.`,
  },
  {
    id: 'p05', category: 'politics', title: 'Kennedy unveils Lib Dem manifesto',
    text: `Liberal Democrat leader Charles Kennedy has launched his party's election manifesto, promising to scrap university tuition fees and introduce free personal care for the elderly.

The plans would be paid for by a new 50% rate of income tax on earnings above £100,000 a year, Mr Kennedy said.

He told a news conference in London that the Lib Dems were "the real alternative" to Labour, after opposing the war in Iraq. The party hopes to win seats from both Labour and the Conservatives.

Mr Kennedy's launch was overshadowed by questions over how the party's sums added up, after he struggled to explain the local income tax plans.`,
  },
  {
    id: 'p06', category: 'politics', title: 'ID cards bill clears Commons vote',
    text: `The government's plans to introduce identity cards have cleared their first Commons hurdle, despite a rebellion by 19 Labour MPs.

MPs voted by 385 to 93 in favour of the bill at its second reading. The Conservatives abstained, while the Liberal Democrats voted against.

Home Secretary Charles Clarke said the cards, which would hold biometric details such as fingerprints, would help fight terrorism, illegal working and identity fraud.

Critics say the scheme would cost billions of pounds and threaten civil liberties. The first cards are due to be issued in 2008, with a charge of about £85 for a card and passport together.`,
  },
  {
    id: 'p07', category: 'politics', title: 'Minister resigns over visa row',
    text: `Home Secretary David Blunkett has resigned after an inquiry found that a visa application for his former lover's nanny had been speeded up.

Mr Blunkett said he had not asked for any special treatment but that he was stepping down to protect the government's reputation. He is replaced by Education Secretary Charles Clarke.

The prime minister said Mr Blunkett was "a force for good" in government and that he left with his integrity intact.

Opposition parties said the resignation raised questions about standards in public life. The inquiry's full findings will be published next week.`,
  },
  {
    id: 'p08', category: 'politics', title: 'Welsh assembly seeks more powers',
    text: `The Welsh Assembly should be given powers to make its own laws, according to a commission set up to review devolution.

The report said the assembly, which can currently only pass secondary legislation, should be able to pass primary laws in areas such as health and education, after a referendum.

First Minister Rhodri Morgan welcomed the report but said any change would take time. Plaid Cymru said the assembly should become a full parliament.

The Secretary of State for Wales said ministers would consider the recommendations carefully. Conservatives in Wales said voters had not asked for more politicians.`,
  },
  // ---- sport ----
  {
    id: 's01', category: 'sport', title: 'Chelsea extend lead with win at Everton',
    text: `Chelsea moved nine points clear at the top of the Premiership with a 1-0 win at Everton, thanks to Eidur Gudjohnsen's second-half header.

Jose Mourinho's side were made to work hard by David Moyes' team, who are third in the table, and goalkeeper Petr Cech made two fine saves before the break.

Gudjohnsen met Arjen Robben's cross after 69 minutes. Everton had James Beattie sent off early in the game for a head-butt on William Gallas.

"We showed character," Mourinho said. "It is not finished, but nine points is a good cushion." Arsenal, in second, play Aston Villa on Sunday.`,
  },
  {
    id: 's02', category: 'sport', title: 'Henman out of Australian Open',
    text: `Tim Henman has been knocked out of the Australian Open in the third round, losing in four sets to Nikolay Davydenko of Russia.

The British number one, seeded seventh, lost 6-3 3-6 6-2 6-4 in two hours and 40 minutes on Rod Laver Arena.

Henman struggled with his serve, making nine double faults, and admitted his opponent had played "a very solid match".

Greg Rusedski is also out after a defeat in the second round. Defending champion Roger Federer beat Olivier Rochus in straight sets to reach the last 16.`,
  },
  {
    id: 's03', category: 'sport', title: 'Wilkinson to miss Six Nations',
    text: `England fly-half Jonny Wilkinson will miss the entire Six Nations after suffering a knee injury playing for Newcastle.

The 25-year-old, who kicked the winning drop goal in the 2003 World Cup final, has not played for England since then because of a series of injuries.

England coach Andy Robinson said it was "a huge blow" but that Charlie Hodgson and Olly Barkley were ready to step in.

England open their campaign against Wales in Cardiff on 5 February. They finished third in last year's tournament.`,
  },
  {
    id: 's04', category: 'sport', title: 'Holmes wins double gold in Athens',
    text: `Kelly Holmes has won the women's 1500m at the Athens Olympics to complete a historic middle-distance double, after her victory in the 800m.

The 34-year-old came from the back of the field to win in three minutes 57.90 seconds, a British record. She is the first British woman to win two gold medals at one Games.

"I can't believe it," Holmes said, holding a union flag. "I have waited so long for this."

Her success lifted Britain's total to nine gold medals, the best haul since 1920. Coach Margo Jennings said Holmes had overcome years of injuries to reach her peak.`,
  },
  {
    id: 's05', category: 'sport', title: 'Striker completes £27m move',
    text: `Manchester United have completed the signing of Everton striker Wayne Rooney for a fee that could rise to £27m.

The 18-year-old has signed a six-year contract at Old Trafford. It is the highest fee ever paid for a teenager.

Rooney impressed at Euro 2004, scoring four goals for England before breaking a bone in his foot against Portugal. He is expected to be fit next month.

United manager Sir Alex Ferguson said Rooney was "the best young player this country has seen in the past 30 years". Everton chairman Bill Kenwright said the club had been unable to match the player's ambitions.`,
  },
  {
    id: 's06', category: 'sport', title: 'Sprinters face doping hearing',
    text: `Greek sprinters Kostas Kenteris and Katerina Thanou will face a disciplinary hearing over missed drugs tests before the Athens Olympics.

The pair withdrew from the Games after failing to turn up for a test on the eve of the opening ceremony. They say they were injured in a motorcycle accident.

The International Association of Athletics Federations said a panel would decide whether they had broken anti-doping rules. If found guilty, they face bans of up to two years.

Kenteris won the 200m gold medal in Sydney in 2000, while Thanou won silver in the 100m.`,
  },
  {
    id: 's07', category: 'sport', title: 'Vaughan century puts England in control',
    text: `Michael Vaughan hit an unbeaten 120 as England took control of the third Test against South Africa in Cape Town.

The England captain shared a stand of 152 with Andrew Strauss, who made 94, as the tourists reached 308 for two at the close on the second day, a lead of 101.

South Africa's bowlers struggled on a flat pitch, and Shaun Pollock left the field with a hamstring problem.

England lead the five-match series 1-0 after winning the first Test in Port Elizabeth. Andrew Flintoff is expected to bowl on Saturday despite a side strain.`,
  },
  {
    id: 's08', category: 'sport', title: 'Schumacher wins seventh world title',
    text: `Michael Schumacher has won his seventh Formula One world championship after finishing second in the Belgian Grand Prix at Spa.

Ferrari team-mate Rubens Barrichello was third, while McLaren's Kimi Raikkonen won the race. Schumacher's title comes with four races of the season still to go.

The German has won 12 of the 14 races this year. "This is very special," he said. "The team has done an incredible job."

Britain's Jenson Button, who drives for BAR, finished fifth and is third in the drivers' standings.`,
  },
  // ---- tech ----
  {
    id: 't01', category: 'tech', title: 'Mobile phones set to double as wallets',
    text: `Mobile phones could soon replace cash and credit cards for small purchases, according to a group of operators and handset makers.

A trial in Japan lets people pay for train tickets and snacks by waving a handset fitted with a contactless chip over a reader. Similar tests are planned in Europe next year.

Supporters say the technology is faster than paying with coins. But security experts warn that lost or stolen phones could be used to run up bills.

Analysts predict that more than 50 million handsets with the chips will be sold by 2008. Banks are keen to take part, fearing that operators could take over part of their business.`,
  },
  {
    id: 't02', category: 'tech', title: 'Broadband users pass six million',
    text: `More than six million UK homes and businesses now have a broadband connection, according to figures from the telecoms regulator.

The number of high-speed net users has doubled in a year, as prices have fallen and speeds increased. Nearly all homes can now get broadband through their phone line.

The regulator said people with broadband spent more time online and were more likely to download music and watch video clips.

Internet service providers are now offering connections of up to 8 megabits per second. Rural areas still lag behind towns and cities, but community schemes using wireless links are filling some gaps.`,
  },
  {
    id: 't03', category: 'tech', title: 'Console makers gear up for next generation',
    text: `Microsoft has given the first details of its next Xbox games console, which it says will be on sale before the end of the year.

The machine will use a processor with three cores and will be able to play high-definition games. Sony and Nintendo are also expected to reveal new consoles at the E3 games show in Los Angeles in May.

Games developers say the new machines will make games more realistic, but will also drive up the cost of making them, with big titles costing more than $10m.

Industry figures suggest the global video games market is now worth more than the film box office.`,
  },
  {
    id: 't04', category: 'tech', title: 'Virus writers target mobile phones',
    text: `Security firms have warned that virus writers are starting to target mobile phones, after a new worm was found spreading between handsets via Bluetooth.

The program, which affects phones running the Symbian operating system, drains the battery by constantly searching for other phones to infect. It does not delete data.

Experts said the threat was small at the moment, but would grow as more people used smartphones to browse the web and send e-mail.

Anti-virus companies are now selling software for handsets. Users are advised to turn off Bluetooth when not in use and to refuse files from people they do not know.`,
  },
  {
    id: 't05', category: 'tech', title: 'Apple iPod sales soar',
    text: `Apple sold 4.5 million iPod digital music players in the last three months of the year, six times as many as a year earlier.

The success of the player, and of Apple's iTunes online music store, has made it the best-known name in digital music. The store has now sold more than 250 million songs.

Rivals including Sony, Creative and Dell are launching players of their own, and Microsoft has joined with manufacturers to offer an alternative to iTunes.

Apple also unveiled a cheaper iPod, the Shuffle, which has no screen and stores music on a flash memory chip rather than a hard drive.`,
  },
  {
    id: 't06', category: 'tech', title: 'Spam e-mails flood inboxes',
    text: `Almost three-quarters of all e-mail sent in Europe is now junk, according to a survey by a net security firm.

The firm, which filters e-mail for businesses, said the amount of spam had risen sharply in the past year, with many messages sent from home computers hijacked by viruses.

Most of the junk messages advertise drugs, loans and fake watches. A growing number try to trick people into revealing their bank details, a practice known as phishing.

Internet providers have called for tougher laws against spammers, and for home computer users to install firewalls and keep their software up to date.`,
  },
  {
    id: 't07', category: 'tech', title: 'Search engines battle for desktop',
    text: `Google has released a free program that lets people search the files on their own computers as easily as they search the web.

The desktop search tool indexes e-mails, documents and web pages a user has visited, and shows the results in a web browser.

Microsoft, Yahoo and Ask Jeeves are all working on similar programs. Analysts say the battle for search is moving from the web to the PC.

Privacy campaigners warned that the tool could let anyone using a shared computer see what others had been doing. Google said the information never left the user's machine.`,
  },
  {
    id: 't08', category: 'tech', title: 'Podcasts bring radio to the iPod',
    text: `A growing number of people are downloading radio-style shows to listen to on their digital music players, a practice known as podcasting.

The shows, made by amateurs and broadcasters alike, are distributed over the internet using RSS feeds and downloaded automatically to a computer or player.

The BBC is among the broadcasters experimenting with the technology, offering some of its programmes as downloads. There are now more than 5,000 podcasts.

Fans say podcasting could do for radio what blogs have done for publishing, letting anyone with a microphone and a computer reach a global audience.`,
  },
];
