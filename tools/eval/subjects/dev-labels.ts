/**
 * Our subjects dev set: pages of ../shared/datasets/extraction-dev (ground-truth
 * article bodies, MIT) that are news articles of one of the BBC News dataset's five
 * categories, labelled by hand from their URL section and body. Pages that fit none
 * (recipes, health, crime, lifestyle, non-English) are left out.
 */
export type BbcCategory = 'business' | 'entertainment' | 'politics' | 'sport' | 'tech';

/** BBC category → IPTC Media Topics top-level code. */
export const BBC_TO_IPTC: Record<BbcCategory, string> = {
  business: 'medtop:04000000',
  entertainment: 'medtop:01000000',
  politics: 'medtop:11000000',
  sport: 'medtop:15000000',
  tech: 'medtop:13000000',
};

/** [substring of the page URL, category] */
export const DEV_LABELS: [string, BbcCategory][] = [
  ['latimes.com/entertainment-arts/business/story/2019-11-19/disney-plus-kevin-mayer', 'business'],
  ['foxbusiness.com/markets/home-depot-sales-earnings-retail', 'business'],
  ['nytimes.com/2019/11/18/business/trump-trade-war-china', 'business'],
  ['latimes.com/business/story/2019-11-19/gannett-gatehouse-merger', 'business'],
  ['chron.com/business/article/New-car-sales-plunge', 'business'],
  ['barrons.com/articles/home-depot-stock-earnings', 'business'],
  ['cnbc.com/2019/11/19/beauty-stock-coty', 'business'],
  ['techcrunch.com/2019/11/18/new-york-state-attorney-general-reportedly-investigating-wework', 'business'],
  ['dealbreaker.com/2019/11/opening-bell', 'business'],
  ['cleveland.com/entertainment/2019/11/doobie-brothers', 'entertainment'],
  ['rollingstone.com/music/music-news/doobie-brothers', 'entertainment'],
  ['foxnews.com/entertainment/james-van-der-beek', 'entertainment'],
  ['slate.com/culture/2019/11/john-ford', 'entertainment'],
  ['linknaija.com/2018/10/nollywood-actress-kate-henshaw', 'entertainment'],
  ['nytimes.com/2019/11/19/opinion/republicans-elections-impeachment', 'politics'],
  ['cbsnews.com/news/impeachment-hearings-key-moments', 'politics'],
  ['hosted.ap.org/berkshireeagle/article/6486944b076b4df99a583a3a7c85574d/unpredictable-sondland', 'politics'],
  ['nationalreview.com/2019/11/trump-impeachment-inquiry', 'politics'],
  ['hosted.ap.org/citizensvoice/article/2896af5086674d4bbbbd454dec217c63/uk-tories-under-fire', 'politics'],
  ['snopes.com/fact-check/marie-yovanovitch', 'politics'],
  ['theguardian.com/commentisfree/2019/nov/18/the-guardian-view-on-hong-kong', 'politics'],
  ['polygraph.info/a/fact-check-russia-us-al-tanf', 'politics'],
  ['politifact.com/west-virginia/statements/2019/nov/18/david-mckinley', 'politics'],
  ['sportsnet.ca/tennis/argentina-comfortably-wins-davis-cup', 'sport'],
  ['dawgsbynature.com/2019/11/18/20970600/browns-defensive-snap-counts', 'sport'],
  ['profootballtalk.nbcsports.com/2019/11/19/anthony-lynn', 'sport'],
  ['news.sky.com/story/jose-mourinho-agrees-deal', 'sport'],
  ['cbssports.com/soccer/news/uefa-euro-2020-qualifying', 'sport'],
  ['mysanantonio.com/sports/article/LeBron-sets-triple-double', 'sport'],
  ['linknaija.com/2018/08/breaking-news-chelsea-activate', 'sport'],
  ['wsj.com/articles/google-stadia-microsoft-xcloud-apple-arcade', 'tech'],
  ['macrumors.com/2019/11/18/13-inch-macbook-pro', 'tech'],
  ['crn.com/news/cloud/tim-cook-on-apple', 'tech'],
  ['zdnet.com/article/best-tech-gadgets', 'tech'],
  ['appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review', 'tech'],
  ['wccftech.com/stadia-destiny-2', 'tech'],
  ['wired.com/story/instagram-business-accounts-analytics', 'tech'],
  ['sciencealert.com/nasa-finds-water-plumes', 'tech'],
  ['space.com/jupiter-moon-europa-water-vapor', 'tech'],
  ['livescience.com/most-detailed-universe-simulation', 'tech'],
  ['spacenews.com/nasa-adds-five-companies', 'tech'],
  ['phys.org/news/2019-11-hibernating-astronauts', 'tech'],
  ['vg247.com/2019/11/20/star-wars-jedi-fallen-order-pc-review', 'tech'],
];
