/**
 * Cross-topic BBC-News-style articles (UK news register of 2004–2005), 4 per category,
 * written for this project on 2026-11-28 (no BBC or other third-party text; names of
 * public figures and companies only), before the cue changes of that session. Each one's
 * vocabulary leans to a topic outside its BBC category, as many articles of the real
 * dataset do: politics about the Iraq war, terror laws or hospitals; a pop star's trial
 * (entertainment); a former chief executive's fraud trial and a phone maker's results
 * (business); doping hearings and club debts (sport); hackers jailed and games launched
 * (tech). Measured before and after the changes; not tuned on article by article.
 */
import type { BbcStyleArticle } from './bbc-style-articles';

export const BBC_STYLE_CROSSOVER: BbcStyleArticle[] = [
  // ---- politics ----
  {
    id: 'xp01', category: 'politics', title: 'Blair defends Iraq decision in Commons clash',
    text: `Tony Blair has defended his decision to go to war in Iraq, telling MPs that the world was a safer place without Saddam Hussein.

At a heated prime minister's questions, Conservative leader Michael Howard accused him of misleading Parliament over the legal advice given by the attorney general before the invasion. Mr Blair said the advice had been clear and that he had acted in good faith.

Liberal Democrat leader Charles Kennedy said the war had been "illegal and unnecessary" and called for a full inquiry into the intelligence on weapons of mass destruction. Several Labour backbenchers who voted against military action two years ago said the issue would cost the party votes at the election.

Mr Blair told the Commons that British troops were doing a "magnificent job" helping to train the new Iraqi army and police, and that elections in January had shown that Iraqis wanted democracy. He refused to set a date for bringing soldiers home.

Labour's election co-ordinator Alan Milburn said voters would judge the government on its record on the economy and public services rather than on Iraq. But an opinion poll this week suggested that one in four Labour voters from 2001 might stay at home because of the war.

Mr Howard said the Conservatives had supported the war but that the prime minister could no longer be trusted.`,
  },
  {
    id: 'xp02', category: 'politics', title: 'Lords defeat government over terror plans',
    text: `The government has been defeated in the House of Lords over its plans to place terror suspects under house arrest without trial.

Peers voted by 249 votes to 119 to insist that a judge, rather than the home secretary, should decide whether a suspect is placed under a control order. The Prevention of Terrorism Bill now returns to the Commons, where ministers hope to overturn the defeat.

Home Secretary Charles Clarke said the powers were needed to protect the public from the threat of terrorism after the Law Lords ruled that detaining foreign suspects at Belmarsh prison without charge breached human rights laws. "The security services tell us that there are people in this country planning attacks," he said.

Conservative and Liberal Democrat peers said the bill was being rushed through Parliament and that the powers were an attack on centuries-old liberties. Former Labour ministers also voted against the government.

Shadow home secretary David Davis said the Tories would back the bill if ministers agreed to a "sunset clause" so that the law would expire at the end of the year. Downing Street said it was prepared to listen but would not accept changes that weakened the law.

The bill must become law by 14 March, when the current powers to detain suspects run out. MPs and peers could face an all-night sitting.`,
  },
  {
    id: 'xp03', category: 'politics', title: 'Howard pledges to cut hospital waiting',
    text: `Michael Howard has promised that a Conservative government would scrap hospital waiting lists within five years, as the party set out its plans for the health service.

The Tory leader said patients would be able to choose to be treated at any hospital, public or private, with the NHS paying up to half the cost of an operation in a private clinic. He said Labour's targets had distorted doctors' priorities and that more money had gone on managers than on nurses.

"Under Labour, people are still waiting too long for treatment and too many patients are catching infections in dirty hospitals," Mr Howard told an audience in Essex.

Health Secretary John Reid said the Conservative "patient's passport" would take money from the NHS to subsidise the better-off. He said waiting times had fallen sharply since 1997 and no patient now waited more than nine months for an operation.

The Liberal Democrats said both parties were making promises they could not keep, and pledged to spend more on public health and on free care for the elderly.

Health is expected to be one of the main issues in the general election campaign. Labour strategists believe voters trust them more than the Conservatives on the NHS, but polls suggest the Tories have narrowed the gap. Mr Howard will publish the party's manifesto next month.`,
  },
  {
    id: 'xp04', category: 'politics', title: 'Labour rebels threaten tuition fees vote',
    text: `Ministers are facing a rebellion by up to 100 Labour MPs over plans to let universities in England charge students top-up fees of up to £3,000 a year.

Education Secretary Charles Clarke has offered a series of concessions, including grants of up to £1,500 a year for students from poorer families and a promise that graduates will only start paying back the fees once they earn more than £15,000. Fees would be written off after 25 years.

But rebel leaders said the changes did not go far enough and that the policy broke a promise in Labour's last manifesto not to introduce top-up fees. "This is about trust," said one former minister who plans to vote against the bill.

The government has a majority of 161, meaning that it would be defeated if more than 80 Labour MPs voted against it and the opposition parties voted together. The Conservatives and Liberal Democrats both oppose the fees.

Tony Blair has said he will not back down, telling colleagues that universities need the extra money to compete with the best in the world. Government whips have been contacting wavering MPs over the weekend.

Vice-chancellors have warned that some universities will face serious financial problems if the bill is defeated. Students' unions have organised a lobby of Parliament on the day of the vote.`,
  },
  // ---- entertainment ----
  {
    id: 'xe01', category: 'entertainment', title: 'Jackson jury selection begins',
    text: `Jury selection has begun in the child abuse trial of pop star Michael Jackson in Santa Maria, California.

The singer arrived at the court wearing a dark suit and waved to hundreds of fans who had gathered outside, some of whom had travelled from Europe and Japan to support him.

Judge Rodney Melville told the first group of 250 potential jurors that the trial could last up to six months. Many were excused after saying that sitting for so long would cause them hardship.

Jackson, 46, denies 10 charges, including molesting a 13-year-old boy at his Neverland ranch in 2003. He has said the accusations are part of an attempt to extort money from him.

His lawyer, Thomas Mesereau, has said he will call a string of celebrity witnesses, including actress Elizabeth Taylor and chat show host Jay Leno. The prosecution has said it will introduce evidence of earlier allegations against the star.

The case has attracted huge media interest, with more than 1,000 journalists applying for passes. Cameras are banned from the courtroom, and one cable channel is showing nightly reconstructions of the proceedings with actors playing the parts.

Jackson's record sales have fallen sharply since his arrest, although his greatest hits album returned to the charts in several countries. The singer has not released an album of new songs since 2001.`,
  },
  {
    id: 'xe02', category: 'entertainment', title: 'Rock singer charged after arrest',
    text: `Singer Pete Doherty, frontman of the band Babyshambles, has been charged with robbery and blackmail following an incident at a London hotel.

The 25-year-old musician was arrested in the early hours of Wednesday along with his friend and manager. He was released on bail by magistrates and must live at his mother's home while awaiting trial.

Doherty rose to fame as co-founder of The Libertines, whose second album went to number one in 2004. He was thrown out of the group because of his drug addiction and formed Babyshambles, who have had a top 10 single and sold out several tours.

The singer has rarely been out of the tabloid newspapers in recent months because of his relationship with supermodel Kate Moss and reports of his drug use. He has spent time in rehab clinics in Britain and Thailand.

His record label said it would continue to support him and that the band's debut album would still be released in the summer.

Friends of the singer said he was "scared and upset" and that he would fight the charges. A gig in Glasgow this weekend has been cancelled, but the band's appearance at a major festival in August is still expected to go ahead.

Critics have praised Doherty as one of the most talented songwriters of his generation, and music fans have started online petitions calling for him to be given another chance.`,
  },
  {
    id: 'xe03', category: 'entertainment', title: 'Film industry sues net pirates',
    text: `The film industry has launched legal action against people it says are sharing copies of films over the internet, the first such cases in the UK.

The Federation Against Copyright Theft and the Motion Picture Association said they would take more than 100 individuals to court, claiming they had offered hit films such as Shrek 2 and Spider-Man 2 for download on file-sharing networks.

The industry says piracy costs British cinemas and video shops about £500m a year. Hollywood studios fear that as broadband connections get faster, more people will download whole films rather than buy DVDs or go to the cinema.

"Film-making is a risky business and every illegal copy takes money away from the people who make films," said a spokesman for the studios.

The music industry has already taken similar action against people who share songs online, and says it has helped to slow the decline in sales of CDs. Several hundred people in the UK have paid fines of up to £6,500 to settle cases brought by record labels.

Campaigners say the studios should concentrate on offering legal ways to download films instead of suing their own customers.

The first cases are expected to reach the courts later this year. Cinema admissions in the UK reached a 30-year high in 2004, helped by blockbusters including Harry Potter and the Prisoner of Azkaban.`,
  },
  {
    id: 'xe04', category: 'entertainment', title: 'TV chef\'s school dinners show prompts review',
    text: `Celebrity chef Jamie Oliver's television series about school dinners has been watched by more than four million viewers and sparked a national debate about children's food.

In the Channel 4 series, Oliver spends a year trying to persuade pupils at a school in Greenwich to eat fresh food instead of turkey twizzlers and chips. The final episode, shown on Wednesday, was the channel's most-watched factual programme of the year.

More than 200,000 people have signed an online petition launched by the chef calling for better school meals, and the show's producers say they have received thousands of e-mails from parents and teachers.

Oliver, who made his name with the BBC series The Naked Chef in 1999, said he had been shocked by what children were eating. "It was the hardest thing I have ever done, but it was worth it," he said.

Television critics have praised the series as one of the best of the year. One described it as "campaigning TV at its most entertaining".

The Education Secretary has promised to look at the chef's proposals and is expected to announce extra money for school kitchens. Oliver's book accompanying the series has entered the bestseller lists.

Channel 4 has commissioned a follow-up series, in which the chef will visit schools in the north of England.`,
  },
  // ---- business ----
  {
    id: 'xb01', category: 'business', title: 'Former WorldCom boss found guilty',
    text: `Former WorldCom chief executive Bernie Ebbers has been found guilty of fraud and conspiracy over the $11bn accounting scandal that brought down the US telecoms giant.

A jury in New York convicted Ebbers, 63, on all nine counts after eight days of deliberation. He faces up to 85 years in prison and will be sentenced in June.

WorldCom collapsed in 2002 in what was then the biggest bankruptcy in US history, after it emerged that the company had hidden billions of dollars of costs to inflate its profits. Thousands of workers lost their jobs and shareholders lost about $180bn.

Prosecutors said Ebbers had ordered staff to meet Wall Street's profit targets by whatever means necessary. His lawyers argued that he had known nothing of the fraud, which was carried out by the firm's finance chief, Scott Sullivan, who gave evidence against him.

The verdict is the latest in a series of convictions of senior executives following the wave of corporate scandals that began with the collapse of Enron. Investors welcomed it as a sign that company bosses would be held to account.

The firm, now known as MCI, emerged from bankruptcy protection last year and is the subject of a takeover battle between rival telecoms companies Verizon and Qwest. Its shares rose 1% on the news.`,
  },
  {
    id: 'xb02', category: 'business', title: 'Nokia profits fall as handset prices drop',
    text: `Nokia, the world's largest mobile phone maker, has reported a fall in profits after cutting the price of its handsets to win back market share.

Net profit fell 20% to €1.1bn in the three months to December, while sales were flat at €9.1bn. But the Finnish firm said its share of the global handset market had risen to about 32%, from 29% in the summer.

Nokia had lost ground to rivals including Samsung, Motorola and Sony Ericsson last year after being slow to bring out phones with folding designs and colour screens. It responded by cutting prices and launching a string of new models.

The company sold 66 million phones in the quarter, a record, helped by strong demand in China, India and Latin America. But the average price of each phone fell to €105 from €129 a year earlier.

Chief executive Jorma Ollila said the market would grow by about 10% this year. Analysts said the figures were better than expected and that the price cuts appeared to be working.

Shares rose 8% in Helsinki, and the gains lifted other technology stocks across Europe.

Nokia has said it will concentrate on phones that can play music, take pictures and browse the web, as operators push services on their new networks.`,
  },
  {
    id: 'xb03', category: 'business', title: 'UK economy grows faster than expected',
    text: `The UK economy grew faster than expected in the last three months of 2004, official figures show, giving a boost to the chancellor ahead of the Budget.

Gross domestic product rose by 0.7% in the fourth quarter, the Office for National Statistics said, up from 0.4% in the previous three months. Over the year as a whole, the economy grew by 3.1%, the fastest rate for four years.

The service sector, which includes shops, banks and hotels, grew by 0.9%, while manufacturing output was flat. Construction firms saw strong growth.

The figures are in line with the Treasury's forecast of growth of between 3% and 3.5% for the year. Gordon Brown has said the economy is in its longest period of growth for more than 200 years.

But economists warned that growth would slow this year as higher interest rates hit consumer spending and the housing market cooled. "The economy is still doing well, but the easy part is over," said one City economist.

The Bank of England raised interest rates five times between November 2003 and August 2004, to 4.75%. Most analysts expect rates to be left on hold at next week's meeting.

The pound rose against the dollar after the figures were published.`,
  },
  {
    id: 'xb04', category: 'business', title: 'BA staff vote for strike over pay',
    text: `Check-in staff at British Airways have voted to strike over pay, threatening disruption for thousands of passengers over the August bank holiday.

Members of the Transport and General Workers' Union, the GMB and Amicus backed action by a margin of three to one. The unions say a pay offer of 8.5% over three years, linked to changes in working practices, is not enough.

BA said it was "disappointed" by the result and urged the unions to return to talks. The airline said it would do everything possible to keep flights running, including bringing in managers to work at the check-in desks.

The company is trying to cut costs by £300m as it faces competition from budget airlines on short-haul routes and higher fuel bills. It has already cut 13,000 jobs since 2001.

Shares in BA fell 4p to 254p. Analysts said a strike during the busiest weekend of the summer could cost the airline up to £40m.

Last year, BA was forced to cancel more than 100 flights at Heathrow when staff staged an unofficial walkout over a new clocking-in system.

Travel firms said customers booked on BA flights should check with the airline before leaving for the airport.`,
  },
  // ---- sport ----
  {
    id: 'xs01', category: 'sport', title: 'Sprinter appeals against drugs ban',
    text: `American sprinter Tim Montgomery has lodged an appeal at the Court of Arbitration for Sport against a proposed lifetime ban over his links to the Balco drugs scandal.

The former 100m world record holder is accused by the US Anti-Doping Agency of using banned substances supplied by the San Francisco laboratory, although he has never failed a drugs test.

The case is the first in which the agency has tried to ban an athlete using evidence other than a positive test, including documents seized from the laboratory by federal investigators and testimony given to a grand jury.

Montgomery's lawyer said the evidence would not stand up in court and that his client was innocent. "Tim has passed every test he has ever taken," he said.

The hearing, before three arbitrators in San Francisco, is expected to last a week. A decision is not expected for several months.

Montgomery's partner, Olympic champion Marion Jones, has also been linked to the scandal but denies ever taking drugs. She has not been charged.

British sprinter Dwain Chambers is already serving a two-year ban after testing positive for THG, a steroid made by Balco.

Montgomery has not raced since the US Olympic trials last summer, when he failed to qualify for the 100m in Athens.`,
  },
  {
    id: 'xs02', category: 'sport', title: 'Leeds sell ground to pay debts',
    text: `Leeds United have sold their Elland Road ground and training centre to raise money to pay off debts that threatened the club's future.

The former Premiership side, relegated last season, will lease back the stadium and training ground, with an option to buy them back in future. The sale raised about £12m.

The club's debts were estimated at about £100m a year ago, after years of heavy spending on transfer fees and wages in an attempt to break into Europe's elite. Leeds reached the semi-finals of the Champions League in 2001.

Chairman Gerald Krasner said the deal had saved the club from going into administration, which would have meant a points deduction. "This was not an easy decision, but the alternative was much worse," he said.

Supporters' groups said they were saddened by the sale but accepted it was necessary. Many fans blame former chairman Peter Ridsdale for running up the debts.

Leeds are currently 14th in the Championship, 12 points off the play-off places. Manager Kevin Blackwell has been forced to sell most of the club's big-name players and rely on free transfers and loan signings.

The club has also sold its stake in a local radio station and cut its wage bill by half over the last year.`,
  },
  {
    id: 'xs03', category: 'sport', title: 'Fans banned after racist abuse',
    text: `Spain has been fined £44,000 by football's European governing body after England's black players were subjected to racist chanting during a friendly in Madrid.

Uefa's disciplinary committee said it had acted after monkey chants were aimed at Shaun Wright-Phillips and Ashley Cole during the match at the Bernabeu in November. England lost the game 1-0.

Anti-racism campaigners said the fine was far too small and would do nothing to stop the problem. "This is a slap on the wrist," said one campaigner.

The Football Association welcomed the decision but said it was disappointed that stronger action had not been taken. Sports Minister Richard Caborn had called for Spain to be banned from playing at home.

The row began when Spain coach Luis Aragones was filmed making racist remarks about Thierry Henry during a training session. He was fined £2,000 by the Spanish federation.

Uefa said it would be stepping up its campaign against racism in football and that clubs and countries would face tougher penalties in future, including matches played behind closed doors and points deductions.

Several England players said they had been shocked by the abuse. The two sides are not due to meet again until a friendly in 2007.`,
  },
  {
    id: 'xs04', category: 'sport', title: 'Ferguson backs Glazer talks',
    text: `Manchester United manager Sir Alex Ferguson says the club's future on the pitch will not be affected by the takeover battle with US tycoon Malcolm Glazer.

Glazer, who owns the Tampa Bay Buccaneers American football team, has built up a stake of almost 30% in United and is considering a bid of about £800m for the club. Supporters fear a takeover would load the club with debt and lead to higher ticket prices.

Ferguson said his players were concentrating on the title race and the FA Cup. "My job is to manage the team, and that is what I will do," he said after United's 2-0 win over Everton at Goodison Park, where Wayne Rooney scored against his old club.

The Manchester United Supporters' Trust has urged fans to buy shares to prevent Glazer from gaining control. Its members have staged protests outside Old Trafford before home matches.

United's board rejected Glazer's last proposal as too risky but is expected to consider any new offer. Irish racing tycoons John Magnier and JP McManus, who own another 29%, have not said whether they would sell.

United are third in the Premiership, nine points behind leaders Chelsea, and face AC Milan in the last 16 of the Champions League next month.`,
  },
  // ---- tech ----
  {
    id: 'xt01', category: 'tech', title: 'Halo 2 sales break records',
    text: `The science fiction shoot-'em-up Halo 2 has become the fastest-selling video game in history, taking $125m in the US on its first day on sale.

Microsoft said 2.4 million copies had been sold in the US and Canada in 24 hours, more than the opening day takings of any Hollywood film. Thousands of gamers queued outside shops at midnight to get their hands on the game.

The game, for Microsoft's Xbox console, sees players take the role of a futuristic soldier battling alien invaders. It can be played online against up to 15 other players using the Xbox Live service.

Microsoft hopes the game will help it catch up with Sony, whose PlayStation 2 has sold far more consoles. The firm said the number of people signed up to Xbox Live had passed one million.

The games industry is now worth more than the film box office in the US, and publishers are spending tens of millions of dollars on the biggest titles. Halo 2 took three years to develop.

Reviewers have praised the game's graphics and its online battles, although some said the single-player story was too short and ended abruptly.

The game goes on sale in the UK and Europe on Thursday. Some shops are opening at midnight to cope with demand.`,
  },
  {
    id: 'xt02', category: 'tech', title: 'Hacker jailed for virus attack',
    text: `A teenager who wrote a computer virus that infected millions of machines around the world has been given a suspended jail sentence by a German court.

Sven Jaschan, 19, admitted creating the Sasser worm, which exploited a flaw in Microsoft's Windows operating system and caused computers to crash and reboot. It hit banks, airlines and government offices, and at one point forced a news agency to stop its service.

The court in Verden said it had taken into account the fact that he was 17 when he wrote the program and had co-operated with police. He was also ordered to do 30 hours of community service.

Jaschan was arrested last year after Microsoft offered a reward of $250,000 for information leading to the virus writer. Two of his classmates reportedly gave his name to the company.

Security experts said the sentence was too lenient and would do little to deter others. "Viruses like Sasser cost businesses hundreds of millions of dollars," said one anti-virus company.

Jaschan now works for a German firm that makes firewall software, which has raised eyebrows in the security industry.

Microsoft has released a patch to fix the flaw and urged users to keep their computers up to date with security updates.`,
  },
  {
    id: 'xt03', category: 'tech', title: 'Apple sues over leaked product details',
    text: `Apple has taken legal action against the publishers of several websites that revealed details of unreleased products, in a case that has raised questions about the rights of online journalists.

The computer firm wants the sites to name the people who leaked information about a device code-named Asteroid, which allows music to be recorded on a Mac computer. It says the leaks broke its trade secrets.

Lawyers for the websites say bloggers and online news sites should have the same protection as journalists on newspapers, who cannot normally be forced to reveal their sources under Californian law.

"This case is about whether people who publish on the net are journalists," said one digital rights campaigner. "If Apple wins, it could have a chilling effect on news reporting online."

Apple is famous for the secrecy surrounding its products, and the launch of new gadgets such as the iPod and the iMac is often preceded by weeks of rumours on fan sites.

A judge in San Jose is expected to rule on the case next month. Apple has also sued a 19-year-old student who runs a site devoted to rumours about the company.

The company released its new Mac mini computer and the iPod shuffle, a cheaper digital music player, at its annual show in San Francisco last month.`,
  },
  {
    id: 'xt04', category: 'tech', title: 'Digital TV switch-off date set',
    text: `The analogue television signal in the UK will be switched off region by region between 2008 and 2012, the government has announced.

Viewers who still watch television using an ordinary aerial will need to buy a digital box or a new set to keep receiving programmes. About 62% of homes already have digital television through Freeview, satellite or cable.

Culture Secretary Tessa Jowell said help would be given to older and disabled people, who may find the switch difficult. The BBC will pay for much of the cost of the help scheme.

The Border region, covering southern Scotland and Cumbria, will be the first to switch, followed by the West Country and Wales. London will be among the last.

Switching off the analogue signal will free up airwaves that can be sold to mobile phone operators and used for new services such as high-definition television and wireless broadband.

Manufacturers say sales of digital set-top boxes have soared, with Freeview boxes now available for less than £40. Many new televisions have digital tuners built in.

Consumer groups said people needed clear information about what to buy, and warned that some shops were still selling analogue-only sets without telling customers they would soon stop working.`,
  },
];
