// `npm run bench`: speed and memory, as medians and ratios (the machines are shared and noisy: read trends, not single runs).
import { main } from '../eval/sections';
import { run as indexUpdate } from './indexUpdate';
import { run as ner } from './ner';

main([
  ['Tokeniser and tagger', ner],
  ['Index update cost', indexUpdate],
]);
