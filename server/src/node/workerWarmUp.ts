// What an analysis worker does before its first job. V8 compiles each function only once it has run often: a
// worker warmed on a two-word text met its first heavy article with most of the analysis cold, and that first
// article cost 1.5-2× a warm one (issue 10; bench/pathological.ts warms up through this same function). An invented,
// ordinary news article, analysed a few times, makes the paths every article takes hot before a user waits on them.
import { analyze } from '../analysis/analyze';

/**
 * Invented news text (no corpus sentence): a dateline, people with titles and ages, organisations, places, dates,
 * times, money, percentages, tolls that change, quotes and "said" attributions, the paths of ordinary articles.
 */
export const WARM_UP_ARTICLE = `MARLOWE BAY, Ore. (Tidewire) - A fire that swept through a fish-processing plant on the town's north pier early Tuesday killed four workers and injured 17 others, officials said.

The blaze broke out at about 3:40 a.m. on March 4 in a storage hall of Kessling Seafoods Inc., which employs 260 people at the site, according to Fire Chief Dorota Venn. Crews from three counties fought the flames for nearly six hours before bringing them under control.

"We lost four of our own today," Venn told reporters outside the plant. "Every one of them had family waiting at home."

The dead were identified as Arlo Menzies, 34, Priya Halloway, 41, and two brothers, Tomas and Emil Ardent, both of nearby Cresthaven. Menzies had worked at the plant for 12 years, his sister, Carla Menzies, said.

Kessling Seafoods chief executive Harold J. Brimley said the company would pay $2.5 million into a fund for the victims' families. Damage to the building could top $40 million, or about 15% of the company's annual revenue, Brimley told the Coastline Herald on Wednesday.

Governor Lena Osterhout, who visited the site on Wednesday, said the state would open an inquiry. "People deserve to know how this happened, and they will," she said. Osterhout met Brimley and union leaders at the town hall.

A spokesman for the Pacific Fishworkers Union, Ben Carrow, said inspectors had cited the plant twice since 2019 over blocked exits. The company disputed that account, saying both citations were settled in 2021.

By Thursday, the death toll had risen to five after a sixth-shift worker, Jonah Pell, 29, died at St. Aldric Hospital in Salem. Hospital spokeswoman Mira Okonjo said three of the injured were still in critical condition.

Marlowe Bay, a town of about 8,900 residents, last suffered a fire of this size in October 1987, when a cannery blaze killed two people. Mayor Colin Fairweather said on Friday that a memorial would be held on March 15.
`;

/**
 * Passes over the article; the first also loads the tagger and word lists. Three cost about 0.2 s of CPU (0.1 s on the
 * worker's own thread) at worker start; 6, 10 or 20 cost up to 3× that and measured no lower on a heavy first article.
 */
const WARM_UP_PASSES = 3;

/** Makes this thread's analysis warm; what it costs is measured in bench/pathological.ts ("worker warm-up"). */
export function warmUpAnalysis(): void {
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) analyze(WARM_UP_ARTICLE, {});
}
