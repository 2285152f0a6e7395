// `npm run eval`: accuracy against the gold files in ../shared/corpus, one section per part of the analysis.
// ECB+ topics 1-35 are for tuning; 36-45 are reported and never tuned on. `npm run eval -- dates` runs one section.
import { run as conflicts } from './conflicts';
import { run as dates } from './dates';
import { run as identity } from './identity';
import { run as ner } from './ner';
import { main } from './sections';
import { run as stories } from './stories';

main([
  ['Entity recognition (ner)', ner],
  ['Dates', dates],
  ['Identity across documents', identity],
  ['Conflicting claims', conflicts],
  ['Stories', stories],
]);
