/**
 * Held-out BBC-News-style articles (UK news register of 2004–2005), 8 per category of the
 * BBC News classification dataset, written for this project on 2026-11-28 (no BBC or other
 * third-party text; names of public figures and companies only). Written after the first
 * set (bbc-style-articles.ts) had been used for tuning and before the cue changes of that
 * session, to check them on articles nobody tuned on. Each is 200–500 words, with the
 * usual overlaps: company results of technology and media firms (business), music sales
 * and film finance (entertainment), economic policy and sport funding argued by ministers
 * (politics), club finances and court cases in sport (sport), phone and games firms (tech).
 */
import type { BbcStyleArticle } from './bbc-style-articles';

export const BBC_STYLE_HELDOUT: BbcStyleArticle[] = [
  // ---- business ----
  {
    id: 'hb01', category: 'business', title: 'Brewer agrees £2.1bn takeover',
    text: `One of Britain's oldest brewers has agreed to be bought by a Dutch rival in a deal worth £2.1bn, ending more than 200 years of independence.

The board said it would recommend the offer of 640p a share to investors, a premium of 28% to the price before talks were first disclosed in November. Shares jumped 24% to 631p in early trading in London.

The buyer said the deal would give it a bigger share of the UK pub and supermarket beer market and would produce cost savings of about £60m a year by 2007. It said some jobs would go at the head office, but that both breweries in the north of England would stay open.

The brewer has struggled in recent years as drinkers switched from bitter to lager and wine, and as supermarkets cut the price of cans. Volumes fell 4% last year, although profits were held up by higher prices and the sale of a chain of hotels.

"This is a sensible price for a business facing real pressure," said one analyst at a City stockbroker. "The family shareholders have clearly decided that now is the time to sell."

The family, which still owns about a third of the company, said it had agreed to accept the offer. The takeover needs the approval of competition authorities in Brussels, which is expected in the spring.

The deal is the latest in a wave of consolidation in the global brewing industry, which has seen the biggest groups snap up regional brands in Europe, Latin America and Asia.`,
  },
  {
    id: 'hb02', category: 'business', title: 'US job creation slows sharply',
    text: `The US economy created far fewer jobs than expected last month, raising fresh doubts about the strength of the recovery and sending the dollar lower.

Employers added 96,000 jobs in September, the Labor Department said, against forecasts of about 150,000. The unemployment rate was unchanged at 5.4%. Figures for the previous two months were revised down by a total of 30,000.

Manufacturing shed jobs for the second month running, as factories struggled with the rising cost of raw materials and energy. Hiring in services, including retail and health care, was steadier.

The numbers are likely to feature in the final weeks of the presidential race, with both campaigns claiming the figures support their case. But economists said they were unlikely to stop the Federal Reserve from raising interest rates again at its next meeting.

"The Fed has made it clear that it wants to get rates back to more normal levels, and one weak month will not change that," said the chief US economist at an investment bank in New York.

Wall Street shares fell in early trading, with the Dow Jones index down 0.6%. The dollar slipped to $1.24 against the euro, while the price of government bonds rose.

Average hourly earnings rose by just 0.1%, suggesting that wage growth remains weak even as the price of petrol has climbed. Analysts said that would weigh on consumer spending, which accounts for about two-thirds of the US economy, in the run-up to Christmas.`,
  },
  {
    id: 'hb03', category: 'business', title: 'Mobile operator profits hit by price war',
    text: `One of Europe's biggest mobile phone operators has reported a fall in half-year profits, blaming fierce competition in Germany and Italy and the cost of building its new networks.

Operating profit fell 8% to €3.2bn in the six months to September, on sales up 5% at €17.4bn. The group cut its full-year forecast for cash flow and said it would spend more to hold on to customers.

Shares fell 5% in Frankfurt, dragging down the telecoms sector across Europe.

The chief executive said the company had added 2.1 million customers in the period, but that the average amount each customer spent each month had fallen as rivals cut prices. "We will not give away market share," he told analysts on a conference call.

The group has spent more than €8bn on licences and equipment for third-generation services, which allow users to watch video clips and download music on their handsets. Take-up has been slower than the industry hoped, and the company now expects the services to make a profit only in 2007.

Analysts said the results showed the pressure facing Europe's former state monopolies, which are carrying large debts from the boom years. "The market is saturated, prices are falling and the new services are not yet paying their way," said one telecoms analyst in London.

The company also said it was in talks to sell its stake in a French fixed-line business, which could raise about €1bn to reduce its debts.`,
  },
  {
    id: 'hb04', category: 'business', title: 'Russian oil giant files for bankruptcy protection in US',
    text: `Embattled Russian oil firm Yukos has filed for bankruptcy protection in a US court in an attempt to stop the forced sale of its main production unit.

The company asked a court in Houston to block Sunday's auction of Yuganskneftegaz, which pumps about 60% of its oil. The Russian government is selling the unit to help pay a tax bill of more than $27bn.

Yukos argues that the tax claims are politically motivated and that the sale, at a starting price of $8.6bn, is far below the unit's real value. Its former chief executive, Mikhail Khodorkovsky, has been in jail for more than a year awaiting trial on fraud and tax evasion charges.

Legal experts said it was unclear whether a US court could stop an auction in Moscow, but the filing could deter foreign banks from lending money to bidders. State gas firm Gazprom is expected to be the main bidder.

Shares in Yukos, which were worth more than $30bn last year, have lost almost all of their value. Investors holding the company's bonds fear they will get little back.

The affair has rattled foreign investors in Russia, and the price of oil rose on fears that the dispute would cut Yukos's output. US crude rose 80 cents to $42.10 a barrel in New York.

The company said it would continue to pay its workers and keep production going for as long as it could.`,
  },
  {
    id: 'hb05', category: 'business', title: 'House price growth slows again',
    text: `House price growth in the UK slowed for the third month in a row in November, according to figures from one of the country's biggest mortgage lenders.

Prices rose by 0.2% during the month, taking the annual rate of increase down to 13.8%, from 15.6% in October. The average price of a home is now £152,000.

The lender said the five interest rate rises since last November had cooled demand, with fewer buyers coming forward and sellers cutting their asking prices in parts of London and the south-east. Mortgage approvals have fallen to their lowest level for more than a year.

Economists said the figures pointed to a "soft landing" rather than a crash, with prices likely to be flat or slightly higher next year. "We are seeing a gradual cooling, which is exactly what the Bank of England wants," said one economist.

The Bank's monetary policy committee, which meets next week, is expected to leave rates unchanged at 4.75%. Some members have argued that the slowdown in the housing market means no further rises are needed.

Estate agents reported that first-time buyers were still struggling to get onto the ladder, with the average price now more than six times average earnings. Sales of homes in the north of England and Wales held up better than in the south.

Builders' shares rose on the news, with investors hoping the market would stabilise without a sharp fall.`,
  },
  {
    id: 'hb06', category: 'business', title: 'Airline returns to profit as passenger numbers climb',
    text: `Budget airline easyJet has returned to profit in the first half of its financial year, helped by a 12% rise in passengers and fewer seats sold at a loss.

The carrier reported a pre-tax profit of £18m for the six months to March, compared with a loss of £6m a year earlier. Revenue rose 21% to £620m.

Fuel costs rose by almost a third, but the airline said it had offset much of the increase by flying fuller planes and charging passengers for extras such as checked bags. It has hedged about 70% of its fuel needs for the rest of the year.

Its chief executive warned that competition remained intense, with rival Ryanair opening new routes from many of the same airports. "Fares across the industry are under pressure and we expect that to continue," he said.

easyJet flew 13.7 million passengers in the half and expects to take delivery of 24 new aircraft by the end of next year. It will open new bases in Germany and Spain.

Shares rose 9p to 231p. Analysts at one City broker raised their target price and said the company was "finally getting its costs under control".

The figures contrast with the gloomy outlook at Europe's traditional carriers, which have cut jobs and routes as low-cost rivals win market share on short-haul flights.`,
  },
  {
    id: 'hb07', category: 'business', title: 'Japan slips back into recession',
    text: `Japan's economy shrank for the third quarter in a row at the end of last year, official figures show, putting the world's second-largest economy back into technical recession.

Gross domestic product fell at an annual rate of 0.5% in the October to December period, the Cabinet Office said. Economists had expected growth of about 0.8%.

Weak consumer spending and a fall in business investment were to blame, with exports to China and the US also slowing. Spending by households fell 0.4% after a warm winter hit sales of coats and heaters.

The figures are a blow to the government, which has argued that the recovery was on a firm footing after more than a decade of stagnation. Falling prices remain a problem, with the consumer price index lower than a year earlier for the sixth year running.

"This is not a return to the dark days of the 1990s, but it shows how fragile the recovery is," said one economist in Tokyo. He said the Bank of Japan was likely to keep its policy of flooding the banking system with cash.

The Nikkei share index fell 1.1% on the news and the yen weakened against the dollar.

Exporters including carmakers and electronics firms have done well from strong demand in China, but smaller firms that rely on the domestic market continue to struggle. Unemployment is 4.5%.`,
  },
  {
    id: 'hb08', category: 'business', title: 'Pension deficit hits engineering group',
    text: `Engineering group Invensys has warned that a growing hole in its pension fund will force it to delay its return to paying dividends.

The company said the deficit in its UK scheme had grown to £670m, up from £480m a year ago, because of falling bond yields and longer life expectancy. It will have to pay an extra £50m a year into the fund for the next decade.

The firm, which makes control systems for power stations and rail signalling equipment, has sold a string of businesses to cut debts built up during an acquisition spree in the 1990s. Its debt now stands at about £900m.

Operating profit rose 14% to £81m in the first half, on sales of £1.2bn, and orders in its rail business were strong. But shares fell 6% to 14p as investors worried about the size of the pension bill.

The chief executive said the group was in talks with the pension trustees about a long-term funding plan. "We are committed to meeting our obligations to our members," he said.

Hundreds of UK companies are facing similar problems. A survey by a firm of actuaries last month estimated that the combined deficit of final salary schemes at FTSE 100 firms had reached £55bn.

The government's new Pension Protection Fund, which will pay compensation to workers whose employers go bust, is funded by a levy on companies with final salary schemes.`,
  },
  // ---- entertainment ----
  {
    id: 'he01', category: 'entertainment', title: 'Ocean\'s Twelve tops US box office',
    text: `Heist caper Ocean's Twelve has gone straight to the top of the North American box office, taking $40.8m on its first weekend.

The sequel, which reunites George Clooney, Brad Pitt and Matt Damon and adds Catherine Zeta-Jones to the cast, made slightly less than the original did on its opening three years ago.

Blade: Trinity, the third film in the vampire series starring Wesley Snipes, was second with $16.1m, while animated comedy The Incredibles was third in its sixth week on release.

Director Steven Soderbergh shot much of the new film in Amsterdam, Rome and Lake Como. Critics have been mixed, with some praising the stars' easy charm and others calling the plot confusing.

The studio said the film was doing particularly well with older audiences and expected it to hold up well over the Christmas holidays, when cinemas are traditionally busy.

Oliver Stone's epic Alexander, which has been savaged by reviewers, fell out of the top five in only its third week. The film, starring Colin Farrell as the Macedonian king, cost more than $150m to make.

Polar Express, the animated adaptation of the children's book starring Tom Hanks, was fifth, having made more than $140m since it opened.

Ocean's Twelve opens in UK cinemas in February.`,
  },
  {
    id: 'he02', category: 'entertainment', title: 'Scottish band lead Brit Award nominations',
    text: `Franz Ferdinand have been nominated for five Brit Awards, making them the front-runners for the music industry's biggest night.

The Glasgow band, whose debut album won the Mercury Music Prize last year, are up for best British group, best British album, best rock act and best live act, as well as best single for Take Me Out.

The Streets, Keane and the Scissor Sisters each received three nominations. Joss Stone, the 17-year-old soul singer from Devon, is up for best British female and best urban act.

Robbie Williams, who has won more Brits than any other artist, is nominated for best British male, alongside Jamie Cullum, Mike Skinner of The Streets and Will Young.

In the international categories, US rapper Eminem, rock band Green Day and singer Gwen Stefani are among the nominees.

The awards ceremony will be held at Earls Court in London on 9 February and will be broadcast live on ITV1 for the first time. Organisers have promised a show "with fewer speeches and more music".

The winners of most categories are chosen by about 1,000 members of the music industry, while the public votes for best single and best pop act.

Last year's ceremony was criticised for falling viewing figures. The organisers said this year's line-up of live performances, which includes Franz Ferdinand, Joss Stone and Green Day, would help bring audiences back.`,
  },
  {
    id: 'he03', category: 'entertainment', title: 'Veteran actor dies at 82',
    text: `The actor Sir Peter Ustinov, whose career on stage and screen spanned more than six decades, has died at his home in Switzerland. He was 82.

Ustinov won two Oscars for best supporting actor, for Spartacus in 1960 and Topkapi in 1964, and was famous for his portrayal of Agatha Christie's detective Hercule Poirot in Death on the Nile and several later films.

He was also a playwright, novelist, director and celebrated raconteur, whose chat show appearances were treasured by television audiences. His play Romanoff and Juliet was a hit in London's West End and on Broadway.

Born in London in 1921 to parents of Russian, German and French descent, he made his stage debut at 17 and his first film appearance two years later.

Friends and colleagues paid tribute to his wit and warmth. One fellow actor said: "He was the best company in the world. He could make a room full of strangers laugh for an hour."

Ustinov was knighted in 1990 and served for many years as a goodwill ambassador for the children's charity Unicef, travelling widely on its behalf.

He continued to work into his 80s, appearing in a film version of Luther and touring his one-man show. He is survived by his third wife and four children.

A private funeral will be held next week, with a memorial service planned in London later in the year.`,
  },
  {
    id: 'he04', category: 'entertainment', title: 'Musical breaks West End box office record',
    text: `A stage adaptation of the film Billy Elliot has taken more than £1m in advance ticket sales in a single day, a record for a West End musical.

Fans queued overnight outside the Victoria Palace Theatre when the box office opened on Monday, and the show's website crashed under the weight of demand.

The musical, with songs by Sir Elton John and a script by Lee Hall, who wrote the original film, opens in May. It tells the story of a miner's son from County Durham who dreams of becoming a ballet dancer during the 1984 miners' strike.

Director Stephen Daldry, who also directed the film, has spent more than a year searching for young performers to play Billy. Three boys aged between 11 and 13 will share the role.

Producers said the success showed there was still a big appetite for new British musicals, after a run of hits imported from Broadway. "We hoped people would come, but we never imagined anything like this," one producer said.

The film, released in 2000, was nominated for three Oscars and made more than $100m around the world.

Theatre owners said that audiences in the West End had held up well this year despite fears that tourists would stay away. Total ticket sales for 2004 are expected to top 12 million.

Tickets for the first six months of the run have now almost sold out.`,
  },
  {
    id: 'he05', category: 'entertainment', title: 'Reality show final draws 12 million viewers',
    text: `More than 12 million viewers watched the final of ITV's talent contest on Saturday night, making it the most-watched entertainment programme of the year.

Steve Brookstein, a 36-year-old soul singer from London, won the public vote and a £1m recording contract with Simon Cowell's record label. He beat the vocal group G4, made up of four former music students, in a close contest.

At its peak, almost 13 million people were watching, more than half of the television audience at the time. BBC One's rival Saturday night show drew fewer than five million.

Cowell, one of the show's three judges, said Brookstein's debut single would be released in time to compete for the Christmas number one spot in the charts.

"I have been singing in pubs and clubs for twenty years, and this is the moment I dreamed of," Brookstein said after the result was announced.

Premium-rate phone votes raised more than £2m during the series. Media regulators have received a handful of complaints about the way the votes were counted, which the broadcaster said it would answer in full.

The programme has been sold to broadcasters in more than 20 countries. A new series is already being planned for next autumn, with auditions expected to start in the spring.

Sharon Osbourne and Louis Walsh, the other two judges, are both expected to return.`,
  },
  {
    id: 'he06', category: 'entertainment', title: 'Author wins Whitbread prize with debut novel',
    text: `A first-time novelist has won the Whitbread Book of the Year award, beating a field that included a former winner of the Booker Prize.

Andrea Levy's Small Island, which tells the story of Jamaican immigrants arriving in London after the Second World War, was chosen by the judges from the winners of five categories.

The £25,000 prize was presented at a dinner in London on Tuesday night. The novel had already won the Orange Prize for fiction last year and has sold more than 400,000 copies in paperback.

The chairman of the judges said it was "a funny, moving and generous book which tells us something important about who we are". The decision was unanimous, he added.

Levy, who was born in London to Jamaican parents, said she had based some of the characters on her own father, who came to Britain on the Empire Windrush in 1948.

Other category winners included a biography of the poet Sylvia Plath, a collection of poems about the Iraq war and a children's novel about a boy who runs away to join a circus.

Booksellers said they expected sales of the winning book to rise sharply over the coming weeks. The prize is open to authors who have lived in the UK or Ireland for three years.

The novel is being adapted for BBC television and filming is due to start next year.`,
  },
  {
    id: 'he07', category: 'entertainment', title: 'Rock star cancels European tour',
    text: `Rock singer Bruce Springsteen has cancelled the European leg of his world tour after a member of his band fell ill, disappointing more than 200,000 fans.

The concerts, which were due to start in Dublin next month and include two nights at Hyde Park in London, will be rescheduled for next summer, his record company said. Fans will be able to keep their tickets or ask for a refund.

The singer said in a statement on his website that he was "heartbroken" to let fans down but that the band could not go on without one of its members.

The tour, promoting his latest album, has already played to sold-out arenas across the United States and Canada. Critics have praised the shows, which last more than three hours and mix new songs with old favourites.

Promoters said ticket sales for the European dates had been among the fastest they had seen, with the London shows selling out within an hour of going on sale.

The album entered the charts at number one in 11 countries when it was released in the spring, and has sold more than four million copies around the world.

It is not the first time the singer has had to change his plans. A string of dates in Australia was postponed two years ago after he injured his back on stage.

Springsteen is expected to return to the studio to record his next album in the autumn.`,
  },
  {
    id: 'he08', category: 'entertainment', title: 'British film industry sees record year',
    text: `Cinema admissions in the UK rose to their highest level for more than 30 years in 2004, helped by a string of hits including Harry Potter and Shrek 2.

More than 171 million tickets were sold, up 3% on the year before, according to the Cinema Exhibitors' Association. British films accounted for about a quarter of the takings at the box office.

Bridget Jones: The Edge of Reason was the most successful British film, taking more than £36m, while Shaun of the Dead, a comedy about zombies in north London, was one of the surprise hits of the year.

The UK Film Council said the figures showed that audiences were enjoying a wider range of films. Independent and foreign-language titles, including The Motorcycle Diaries and House of Flying Daggers, had done well in cinemas outside London.

But producers warned that changes to tax breaks for film-making could drive productions abroad. Several big-budget films have been postponed while the industry waits for new rules to be announced.

"We have had a wonderful year, but the worry is that the pipeline of films for 2006 and 2007 is drying up," said one producer.

The number of screens in the UK also continued to grow, with new multiplexes opening in Glasgow, Leeds and Cardiff.

Sales of films on DVD also reached a record, with more than 200 million discs sold or rented over the year.`,
  },
  // ---- politics ----
  {
    id: 'hp01', category: 'politics', title: 'Blair and Brown unite for election campaign',
    text: `Tony Blair and Gordon Brown have appeared side by side to launch Labour's election campaign on the economy, in an attempt to end weeks of reports of a feud between them.

The prime minister and the chancellor told an audience of party activists in Gillingham that only Labour could be trusted to keep the economy stable. "The Tories would put at risk everything we have achieved," Mr Brown said.

The joint appearance came after a book claimed the two men had barely spoken for months and that Mr Blair had gone back on a promise to stand down in favour of Mr Brown. Both men have denied the claims.

Mr Blair said the chancellor would play a "central role" in the campaign and praised his record in charge of the Treasury. Labour strategists believe the economy is the party's strongest card.

Conservative leader Michael Howard said the display of unity was "a sham" and that voters were tired of the "psychodrama" at the top of the government. He said a Tory government would cut taxes by £4bn while spending more on schools and hospitals.

Liberal Democrat leader Charles Kennedy said neither of the two main parties was being honest about the state of the public finances.

The general election is widely expected to be held on 5 May, although Mr Blair has not yet confirmed the date. Opinion polls give Labour a lead of between three and eight points.`,
  },
  {
    id: 'hp02', category: 'politics', title: 'Peers reject ID card plans',
    text: `The government has suffered a defeat in the House of Lords over its plans for a national identity card scheme.

Peers voted by 186 to 142 for an amendment which would stop the cards being made compulsory without a further vote in both Houses of Parliament. Conservative and Liberal Democrat peers were joined by several Labour rebels and crossbenchers.

Home Secretary Charles Clarke said he was disappointed and that ministers would try to overturn the amendment when the Identity Cards Bill returns to the Commons. He argued that the cards would help fight terrorism, illegal working and identity fraud.

Opponents say the scheme, which could cost more than £5bn, is an attack on civil liberties and will not work. "This is a huge and expensive database that will not make us any safer," said one Liberal Democrat peer.

The bill passed its second reading in the Commons last month with a majority of 31, but around 20 Labour MPs voted against it. Backbenchers fear the cards could be unpopular with voters ahead of the general election.

Shadow home secretary David Davis said the Conservatives would oppose the bill at every stage unless ministers answered questions about its cost and the security of the data.

Under the plans, everyone applying for a new passport would be issued with a card holding their fingerprints and other details from 2008.`,
  },
  {
    id: 'hp03', category: 'politics', title: 'Howard pledges to cap immigration',
    text: `A Conservative government would set an annual limit on the number of immigrants allowed into Britain, Tory leader Michael Howard has said.

Mr Howard said the quota would be set by Parliament each year and would cover both economic migrants and refugees. Britain would also pull out of the 1951 United Nations convention on refugees and take its own share of people in need of protection.

"It is not racist to talk about immigration," he told a rally in Burnley. "Most people in this country want an immigration system that is fair and firm, and they don't think they have got one."

Labour accused the Conservatives of trying to exploit fears about immigration for electoral gain. Home Office minister Des Browne said the plans were "unworkable" and would damage Britain's reputation.

The Liberal Democrats said the Tories were "playing with fire" and that the policy would do nothing to speed up the processing of asylum claims.

Immigration has climbed up the list of voters' concerns in recent polls, and the Conservatives believe it is one of the few issues on which they lead Labour.

The plans also include 24-hour surveillance of ports and the detention of all asylum seekers while their claims are considered. Mr Howard said the cost would be met from savings elsewhere in the Home Office budget.

The prime minister is expected to set out Labour's own proposals for a points system next week.`,
  },
  {
    id: 'hp04', category: 'politics', title: 'Kennedy attacks Iraq war in campaign launch',
    text: `Liberal Democrat leader Charles Kennedy has said his party is the only real alternative for voters who opposed the war in Iraq, as he launched its election manifesto.

Mr Kennedy said the Lib Dems would scrap university tuition fees, introduce free personal care for the elderly and replace council tax with a local income tax. The policies would be paid for by a new 50% top rate of income tax on earnings over £100,000.

"We were right on Iraq, and we have been proved right," he told reporters in London. "People who feel let down by Labour should not feel they have to vote Conservative."

The launch was overshadowed when Mr Kennedy, whose wife gave birth to their first child last week, struggled to explain how the local income tax would work. He later admitted he had been short of sleep.

Labour said the Lib Dem sums did not add up and that the new tax would hit nurses and teachers. The Conservatives claimed a vote for the Liberal Democrats would help keep Mr Blair in Downing Street.

The party hopes to win seats from both Labour and the Conservatives, particularly in university towns and in the south-west of England. It currently has 55 MPs.

Mr Kennedy will spend the next week touring target seats in Scotland, Wales and the north of England before the televised debate on the BBC.`,
  },
  {
    id: 'hp05', category: 'politics', title: 'Tories promise £35bn of savings',
    text: `The Conservatives have published details of £35bn of savings in government spending which they say would pay for tax cuts and lower borrowing.

Shadow chancellor Oliver Letwin said the savings would come from cutting waste and bureaucracy, abolishing 168 quangos and reducing the number of civil servants by 235,000. Front-line services such as schools, hospitals and the police would be protected, he said.

Around £4bn of the savings would be used to cut taxes, with the rest spent on public services and reducing the amount the government borrows.

Mr Letwin said Labour had "wasted billions" since coming to power in 1997. "Every family in the country is paying for this government's waste," he said.

Chief Secretary to the Treasury Paul Boateng said the Tory plans were "a fantasy" and would mean deep cuts to public services. He said they showed the Conservatives could not be trusted with the economy.

The Institute for Fiscal Studies said the plans were broadly credible but that cutting so many jobs so quickly would be difficult for any government.

The row over spending and taxes is expected to dominate the election campaign. Labour has pledged not to raise the basic or top rates of income tax if re-elected, but has refused to rule out increases in national insurance.

The chancellor will deliver his final Budget before the election next month.`,
  },
  {
    id: 'hp06', category: 'politics', title: 'Welsh Assembly wins new law-making powers',
    text: `The Welsh Assembly should be given powers to make its own laws in some areas, according to a government white paper published on Wednesday.

Welsh Secretary Peter Hain said the proposals would give the assembly more say over issues such as health, education and the environment without the need for a new referendum.

At present, the assembly can only pass secondary legislation and must ask Westminster to make laws on its behalf. Under the new plans, MPs and peers would be able to grant it the power to pass measures in specific areas.

First Minister Rhodri Morgan welcomed the plans as "a sensible next step" for devolution. But Plaid Cymru said they did not go far enough and called for a full law-making parliament like the one in Scotland.

The Conservatives, who opposed devolution in 1997, said the changes would create confusion and called for a referendum before any new powers were handed over.

The white paper follows the report of a commission headed by Lord Richard, which recommended that the assembly be given full law-making powers by 2011.

The plans also include changes to the way assembly members are elected, which would stop candidates who lose a constituency contest from being elected on the regional list. Opposition parties said that was an attempt to help Labour.

A bill is expected to be introduced in the next session of Parliament.`,
  },
  {
    id: 'hp07', category: 'politics', title: 'Minister resigns over visa row',
    text: `Home Secretary David Blunkett has resigned after an inquiry found that his office helped speed up a visa application for his former lover's nanny.

Mr Blunkett said he had done nothing wrong but that he was stepping down to protect the government from further damage. He told the prime minister he wanted to "clear the air".

The inquiry by Sir Alan Budd found an e-mail showing that an official in Mr Blunkett's private office had asked for the application to be dealt with quickly. Mr Blunkett said he did not remember asking for that to happen.

Tony Blair said Mr Blunkett had been "an outstanding home secretary" and that he would return to government in the future. Work and Pensions Secretary Alan Johnson and Education Secretary Charles Clarke had been tipped to replace him.

Charles Clarke was later named home secretary, with Ruth Kelly moving to education. It is the biggest reshuffle of the cabinet since the last election.

Conservative leader Michael Howard said the resignation was "inevitable". The Liberal Democrats said questions remained about what other ministers had known.

Mr Blunkett, MP for Sheffield Brightside, had been one of the most powerful members of the cabinet, in charge of policies on terrorism, immigration and ID cards. He will remain in the Commons as a backbencher.`,
  },
  {
    id: 'hp08', category: 'politics', title: 'Brown sets out Budget pledges on childcare',
    text: `Chancellor Gordon Brown has promised an extra £700m a year for childcare and more help for pensioners in a Budget aimed at voters before the general election.

Mr Brown told the Commons that the economy was in its longest period of growth for 200 years and that the public finances were on track. He raised the threshold for stamp duty on house purchases to £120,000 and gave a one-off payment of £200 towards the council tax bills of households with someone over 65.

"This is a Budget for hard-working families and for pensioners," Mr Brown said, to cheers from Labour backbenchers.

Shadow chancellor Oliver Letwin said the measures were "a bribe" and that taxes would have to rise after the election to fill a gap in the government's finances. "The chancellor's sums don't add up," he said.

Liberal Democrat Treasury spokesman Vince Cable said the Budget did nothing to tackle the rising cost of council tax, which he called the most unfair tax in Britain.

The chancellor also announced an increase in child tax credit, a freeze on duties on beer and spirits and an extra £1bn for schools in England. Fuel duty will not rise until September.

Ministers will now tour the country to sell the Budget before polling day. Economists said the measures would cost about £2bn a year, a small amount compared with total public spending.`,
  },
  // ---- sport ----
  {
    id: 'hs01', category: 'sport', title: 'Wales stun England in Six Nations opener',
    text: `Wales beat England for the first time in Cardiff for 12 years as Gavin Henson's late penalty secured an 11-9 victory in the opening match of the Six Nations.

The 23-year-old centre struck the winning kick from almost 45 metres with four minutes left, sending the 74,000 crowd at the Millennium Stadium into raptures.

Shane Williams scored the only try of the game in the first half after good work by Henson and full-back Gareth Thomas. Charlie Hodgson kicked three penalties for England, who had led 9-8 going into the final quarter.

England coach Andy Robinson admitted his young side had been outplayed up front. "We did not win enough ball and we did not use what we won," he said. "Wales deserved it."

England were without several of the players who won the World Cup in 2003, including captain Jonny Wilkinson, who is still recovering from a shoulder injury.

Wales coach Mike Ruddock said the win would give his side great confidence ahead of next week's trip to Rome to face Italy. "This is a young team, and they have shown what they can do," he said.

Ireland, who beat Italy 28-17 in Rome on Saturday, are the favourites for the title, while France needed a late try to beat Scotland 16-9 in Paris.

England face France at Twickenham in two weeks.`,
  },
  {
    id: 'hs02', category: 'sport', title: 'Chelsea move eight points clear',
    text: `Chelsea moved eight points clear at the top of the Premiership with a 2-0 win over Portsmouth at Stamford Bridge.

Arjen Robben put the home side ahead with a fine solo goal after 15 minutes, cutting in from the left wing and curling a shot into the far corner. Didier Drogba added a second early in the second half from Frank Lampard's through ball.

Portsmouth rarely threatened, although goalkeeper Petr Cech had to make a good save from Yakubu late on. It was the ninth game in a row in which Chelsea had not conceded a goal.

Manager Jose Mourinho said his side were not thinking about the title yet. "There are still many games to play and many points to win," he said. "Arsenal and Manchester United will not give up."

Arsenal kept up the pressure with a 3-1 win at Crystal Palace, with Thierry Henry scoring twice, while Manchester United were held to a goalless draw by Birmingham at Old Trafford.

Everton stayed fourth after beating Liverpool 1-0 in the Merseyside derby at Goodison Park. Lee Carsley scored the only goal of the game.

At the bottom, Southampton lost again and remain in the relegation zone, three points from safety. Their new manager, Harry Redknapp, said he would look to strengthen the squad when the transfer window opens in January.`,
  },
  {
    id: 'hs03', category: 'sport', title: 'Sprinter banned after missing tests',
    text: `Greek sprinters Kostas Kenteris and Katerina Thanou have been provisionally suspended by athletics' world governing body after missing drugs tests on the eve of the Athens Olympics.

The pair pulled out of the Games after failing to turn up for a test at the Olympic village in August, and later spent several days in hospital after a motorcycle accident that some officials have said was staged.

The International Association of Athletics Federations said it had referred the case to the Greek athletics federation, which will hold a hearing in the new year. The athletes face bans of up to two years.

Kenteris, who won the 200m gold in Sydney in 2000, has always denied taking banned substances. His lawyer said the pair would clear their names.

Their coach, Christos Tzekos, has also been charged by a court in Athens with helping the athletes avoid the test. He denies the charges.

The affair was a huge embarrassment for the hosts of the Olympics, who had hoped Kenteris would light the flame at the opening ceremony.

The IAAF said it was determined to show that no athlete was above the anti-doping rules. "Missing tests is as serious as failing them," a spokesman said.

Thanou won silver in the 100m in Sydney and was one of the favourites for a medal in Athens. Neither athlete has competed since the summer.`,
  },
  {
    id: 'hs04', category: 'sport', title: 'Henman crashes out in Melbourne',
    text: `Tim Henman's hopes of a first Grand Slam title suffered another blow as he was knocked out in the second round of the Australian Open.

The British number one lost 3-6 6-3 6-4 2-6 6-4 to Argentina's Juan Ignacio Chela in a match lasting more than three and a half hours in Melbourne.

The seventh seed struggled with his serve throughout, hitting 11 double faults, and was broken twice in the deciding set.

"I did not play well enough and he deserved to win," Henman said. "It is hugely disappointing, because I felt I had a good chance here this year."

Henman, 30, reached the semi-finals at both the French Open and the US Open last year, and had hoped to build on those runs after a good spell of training over the winter.

Britain's Greg Rusedski also went out, losing in straight sets to the fourth seed Marat Safin. It means there is no British man left in the singles for the third year running.

World number one Roger Federer continued his defence of the title with an easy win over Fabrice Santoro, while home favourite Lleyton Hewitt came through a tough five-set match.

In the women's draw, Serena Williams beat Sania Mirza of India in straight sets, and Maria Sharapova, the Wimbledon champion, reached the third round without losing a game in her second match.`,
  },
  {
    id: 'hs05', category: 'sport', title: 'Flintoff stars as England win in Johannesburg',
    text: `England beat South Africa by 77 runs in the fourth Test in Johannesburg to take a 2-1 lead in the series with one match to play.

Matthew Hoggard took seven wickets for 61 runs, giving him match figures of 12 for 205, as the home side were bowled out for 247 in their second innings shortly before tea on the final day.

Andrew Flintoff chipped in with two wickets and took a stunning catch at slip to remove Jacques Kallis, who had looked set to save the game with a patient 52.

Marcus Trescothick's 180 in England's second innings had allowed captain Michael Vaughan to declare and set South Africa a target of 325 in 68 overs.

"Hoggy was magnificent," Vaughan said. "To bowl like that on a pitch that was not giving him much help shows what a fine bowler he has become."

South Africa captain Graeme Smith said his batsmen had let the team down. "We had the chance to draw the game and we did not take it," he said.

The win was England's eighth in their last 10 Tests and keeps them on course for their first series win in South Africa for 40 years.

The fifth and final Test starts in Centurion on Friday. South Africa are expected to bring back fast bowler Shaun Pollock, who missed this match with a back injury.`,
  },
  {
    id: 'hs06', category: 'sport', title: 'Club fined over transfer approach',
    text: `Chelsea have been fined £300,000 by the Premier League for making an illegal approach to Arsenal defender Ashley Cole.

The club's manager Jose Mourinho was fined £200,000 and Cole himself £100,000 after an independent commission found that they had met at a London hotel in January without Arsenal's permission.

Cole's agent, Jonathan Barnett, had his licence suspended for 18 months by the Football Association.

Chelsea chief executive Peter Kenyon, who was also at the meeting, said the club was "surprised and disappointed" by the decision and would consider an appeal. Arsenal said the punishment was fair.

Cole, 24, has been at Arsenal since he was a schoolboy and has won two league titles with the club. He has always said he wants to stay at Highbury, but talks over a new contract have stalled.

The commission said the meeting had been arranged with the clear aim of discussing a possible transfer. It stopped short of deducting points from Chelsea, which some rival managers had called for.

Arsenal manager Arsene Wenger said he hoped the case would be a warning to other clubs. "The rules are there to protect everyone," he said.

Chelsea were also fined last year over their approach to Manchester United's youth team defender. The club is top of the Premiership, 11 points ahead of Arsenal, with eight games left.`,
  },
  {
    id: 'hs07', category: 'sport', title: 'Schumacher wins seventh world title',
    text: `Michael Schumacher has won a record seventh Formula One world championship with victory in the Belgian Grand Prix at Spa-Francorchamps.

The German finished second behind Kimi Raikkonen's McLaren, but that was enough to give him an unassailable lead over his Ferrari team-mate Rubens Barrichello with four races left.

Schumacher, 35, has now won the title five years in a row and holds almost every record in the sport, including the most race wins and pole positions.

"I am very proud. It has been an unbelievable season for the whole team," he said. "We had a fantastic car and everyone at Ferrari has worked so hard."

Raikkonen's win was McLaren's first of the season after a year of poor reliability. He started from 10th on the grid and took advantage of a safety car period to move to the front.

Britain's Jenson Button finished third for BAR, his ninth podium of the season, while David Coulthard was seventh.

The race was stopped briefly on the first lap after a crash involving several cars at the first corner. Nobody was hurt.

Ferrari have already won the constructors' championship for the sixth year running. Schumacher, whose contract runs until 2006, said he had no plans to retire. The next race is in Monza in two weeks.`,
  },
  {
    id: 'hs08', category: 'sport', title: 'Boxer keeps world title on points',
    text: `Joe Calzaghe kept his WBO super-middleweight title for the 16th time with a unanimous points win over Kabary Salem in Edinburgh.

The Welshman was knocked down in the fourth round for only the second time in his career but recovered to outbox the Egyptian over the remaining rounds. The judges scored the fight 116-111, 116-111 and 115-112.

Calzaghe, 32, has not lost in 38 fights since turning professional in 1993. He said he had been caught by a good punch but was never in real danger.

"I was a bit rusty after a long lay-off, but I showed I can take a punch as well as give one," he said. "Now I want the big fights."

The champion, who trains in a gym in Newbridge under his father Enzo, has struggled to secure fights with the other leading boxers at his weight. His promoter said talks with the IBF champion's team were going well.

Salem, who had a point deducted in the sixth round for using his head, said he was unhappy with the referee.

On the undercard, Scotland's Alex Arthur won the vacant British super-featherweight title with a stoppage in the third round.

Calzaghe is expected to fight again in the spring, possibly at the Millennium Stadium in Cardiff.`,
  },
  // ---- tech ----
  {
    id: 'ht01', category: 'tech', title: 'Mobile phones to get TV channels',
    text: `Mobile phone users in the UK will be able to watch live television on their handsets next year, after a trial of the technology in Oxford proved popular.

About 400 people took part in the six-month trial, which offered 16 channels including news, sport and music videos. Most watched for about 20 minutes a day, often while travelling to work.

The operator behind the trial said 83% of users were happy with the service and that more than half would be willing to pay about £10 a month for it.

The channels were broadcast using a digital standard known as DVB-H, which is designed to use little battery power. Only a handful of handsets can receive the signal so far, but manufacturers including Nokia have promised new models next year.

Mobile operators hope that TV and other services, such as video calls and music downloads, will persuade customers to spend more on third-generation networks, which cost billions of pounds to build.

But analysts said it was not clear whether enough spectrum would be available for a full service. Ofcom, the communications regulator, is due to decide how to share out the airwaves in the spring.

"People like the idea of watching TV on the move, but the battery life and the size of the screen are still problems," said one technology analyst.

Similar trials are under way in Finland, Germany and the US.`,
  },
  {
    id: 'ht02', category: 'tech', title: 'Spam levels continue to rise',
    text: `Junk e-mail now makes up more than three-quarters of all messages sent across the net, according to a security firm that filters mail for businesses.

The firm said 76% of the e-mails it scanned last month were spam, up from 62% a year ago. About one in every 40 messages carried a virus.

The rise comes despite new laws against spam in Europe and the US. Spammers have moved their operations to countries where the laws are weak, and are using networks of home computers that have been taken over by viruses to send their messages.

Many of these computers belong to people with broadband connections who do not realise their machines have been hijacked. Security experts urged users to install firewalls and keep their anti-virus software up to date.

Phishing attacks, in which fake e-mails trick people into handing over bank details, have also increased sharply. Several UK banks have been targeted this year.

Microsoft and AOL have taken legal action against some of the biggest spammers, and the technology industry is working on new systems to check that e-mails come from the address they claim.

"The spammers are always one step ahead," said the firm's chief technology officer. "Filters catch most of it, but they are sending such huge volumes that even a tiny response makes it worthwhile."

The most common spam offers cheap medicines, loans and fake watches.`,
  },
  {
    id: 'ht03', category: 'tech', title: 'Games console war heats up',
    text: `Sony has revealed that its new handheld games console, the PSP, will go on sale in Europe in March, a month after its launch in the US.

The device, which plays games, films and music on small optical discs, has sold more than a million units in Japan since it went on sale there in December.

It will compete with Nintendo's DS, a handheld with two screens, one of which responds to touch. Nintendo says it has sold more than 2.8 million of the consoles worldwide since November.

Sony has not announced a European price, but analysts expect it to cost about £180, nearly twice the price of the DS. Games will cost about £30.

The launch is an important test of whether Sony can repeat the success of its PlayStation 2 in the handheld market, which Nintendo has dominated since the Game Boy first appeared in 1989.

Developers say more than 100 games are being made for the PSP, including motor racing, football and role-playing titles. Some early reviewers praised its bright screen and graphics, but said the battery lasted only about five hours.

Microsoft, which makes the Xbox, is expected to unveil the successor to its console later this year, kicking off a new round of competition in the video games industry.

Games sales in the UK reached a record £1.2bn last year.`,
  },
  {
    id: 'ht04', category: 'tech', title: 'Broadband users pass six million',
    text: `The number of homes and businesses in the UK with a broadband connection has passed six million, according to the regulator Ofcom.

About 50,000 new broadband connections are being made every week, with cable and phone companies cutting prices and offering faster speeds to win customers.

BT said demand for its high-speed services had been helped by the popularity of music downloads and online games. It now offers connections of up to two megabits per second in most parts of the country.

The government has set a target of making Britain the most competitive broadband market among the world's richest economies. Ministers say fast net access is vital for the economy.

But campaigners warned that some rural areas were still being left behind because their telephone exchanges had not been upgraded. Around 100,000 homes cannot get broadband at all.

More than half of UK internet users now have a broadband connection rather than a dial-up modem. People with broadband spend much more time online and are more likely to shop, bank and download films on the web.

Experts say the next step will be connections fast enough to carry television pictures, which some operators are already testing in London and Hull.

The UK still lags behind South Korea and Japan, where most homes have connections many times faster than those on offer in Britain.`,
  },
  {
    id: 'ht05', category: 'tech', title: 'Gadget show dominated by digital music players',
    text: `Digital music players, flat screen televisions and mobile phones that double as cameras were the stars of this year's Consumer Electronics Show in Las Vegas.

More than 2,500 companies showed off their latest gadgets to about 130,000 visitors at the annual event, the biggest of its kind in the world.

Many manufacturers unveiled rivals to Apple's iPod, which has sold more than 10 million units since its launch. Some of the new players can also store photos and videos, or tune in to radio stations.

Microsoft boss Bill Gates used his keynote speech to demonstrate software that lets people send TV programmes recorded on a PC to a portable device. But the demonstration was interrupted when a computer crashed on stage.

Large plasma and LCD screens were also much in evidence, with prices expected to fall sharply this year as more factories come on stream in Asia. Several firms showed sets capable of showing high-definition pictures.

Analysts said the boundaries between computers, phones and entertainment devices were becoming blurred. "Everything is becoming digital and everything is becoming connected," said one analyst.

Wireless technologies such as Wi-Fi and Bluetooth were built into more and more devices, allowing them to talk to each other and to the net without cables.

Sales of consumer electronics in the US are expected to grow by 8% this year.`,
  },
  {
    id: 'ht06', category: 'tech', title: 'Search engine war intensifies',
    text: `Microsoft has launched its own web search engine, stepping up its challenge to Google and Yahoo in one of the fastest-growing parts of the technology industry.

The software giant said its new search service had been built from scratch and could find answers to questions rather than just lists of web pages. It searches more than five billion documents.

Google is used for about half of all searches on the web, and has grown rapidly by selling small text adverts linked to the words people search for. Yahoo is in second place.

Microsoft has spent more than $100m developing its search technology. It plans to build the service into future versions of its Windows operating system, which runs on more than 90% of the world's PCs.

Analysts said Microsoft would find it hard to persuade people to switch. "Search is a habit, and Google has become a verb," said one technology analyst. "Microsoft has deep pockets, but it cannot buy loyalty."

Google has also been adding new services, including free e-mail with a huge amount of storage and a tool that searches files on a user's own computer.

Privacy campaigners have raised concerns about how much information search companies store about their users and how long they keep it.

Surveys suggest that about 80% of internet users use a search engine at least once a day.`,
  },
  {
    id: 'ht07', category: 'tech', title: 'Net phone calls set to take off',
    text: `Phone calls over the internet are set to become mainstream within two years, according to a report by a firm of technology analysts.

The report said the number of people in Europe making calls using voice over internet protocol, or VoIP, would grow from about two million now to more than 20 million by 2007.

The technology turns speech into data and sends it over a broadband connection, making calls much cheaper than on the traditional phone network. Calls between users of the same service are often free.

Skype, a small company based in Luxembourg, has signed up more than 20 million users of its free software since it launched in 2003. Users talk through a headset attached to their computer.

Traditional telecoms firms are also moving into the market. BT has said it will switch its entire network to internet technology by 2009, and cable companies are offering net phone services to their broadband customers.

But the report warned that quality could still be patchy, and that some services could not be used to call the emergency services.

Regulators in the UK and elsewhere are considering how to treat the new services, which are not covered by many of the rules that apply to ordinary phone firms.

"This is the biggest change to the way we make phone calls since the mobile phone," said the report's author.`,
  },
  {
    id: 'ht08', category: 'tech', title: 'Virus writers target mobile phones',
    text: `The first virus capable of spreading between mobile phones has been found in the wild, security firms have warned.

The program, known as Cabir, spreads between phones running the Symbian operating system using Bluetooth, the short-range wireless technology used to connect phones to headsets and computers.

Infected phones search for other Bluetooth devices nearby and try to send them a copy of the virus. The user of the receiving handset has to agree to install it before it can do any harm.

The virus does not delete data, but it drains the battery by constantly searching for other phones. Cases have been reported in more than a dozen countries, including the UK, Finland and the Philippines.

Experts said the virus was written to show that phones could be attacked rather than to cause damage. But they warned that more dangerous versions would follow as smartphones became more popular and stored more personal data.

"Phones are becoming small computers, and they will face the same problems as computers," said one anti-virus researcher in Helsinki.

Phone makers said users could protect themselves by switching their Bluetooth settings to hidden and refusing files from people they did not know.

Several security firms have launched anti-virus software for phones, although few users have bought it so far.`,
  },
];
