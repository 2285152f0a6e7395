// Entity recognition: the CoNLL-2003 development split and held-out GMB (exact and lenient P/R/F1 per type), ECB+
// named-mention recall and type accuracy, and coverage of the seed articles' expected entities; the compromise
// baseline beside GMB and ECB+.
import * as fs from 'node:fs';
import * as path from 'node:path';
import nlp from 'compromise';
import { unzipSync } from 'fflate';
import { recognizeEntities } from '../server/src/analysis/ner/recognize';
import { replaceBuiltInModel, type SerializedModel } from '../server/src/analysis/ner/tagger';
import { ACCEPTED_TYPES, commonWords, isModifierUse, namedCore } from '../server/src/analysis/ner/training/ecbplusNames';
import { documentText, parseConll, type LabelledDocument } from '../server/src/analysis/ner/training/conll';
import { cleanGmb, isHeldOutGmbSentence, parseGmbCsv, type LabelledSentence } from '../server/src/analysis/ner/training/gmb';
import { addCounts, prf, type Counts, type TypedSpan } from '../server/src/analysis/ner/training/score';
import { tokenize, type Token } from '../server/src/analysis/tokenize';
import { ENTITY_TYPES, type EntityType } from '../server/src/analysis/types';
import { CORPUS_DIR, HOLDOUT_TOPICS, isTuningTopic, loadEcbPlus, table } from './ecbplus';

type Recognizer = (text: string, tokens: Token[]) => TypedSpan[];

export function loadGmb(): LabelledSentence[] {
  const zip = unzipSync(fs.readFileSync(path.join(CORPUS_DIR, 'gmb', 'ner_dataset.csv.zip')));
  const csv = new TextDecoder('latin1').decode(Object.values(zip)[0]);
  return cleanGmb(parseGmbCsv(csv));
}

const ours: Recognizer = (text, tokens) => recognizeEntities(text, tokens);

/** compromise 14: people → person, organizations → organization, places → place (the only types it has). */
const compromise: Recognizer = (text) => {
  const doc = nlp(text);
  const pick = (view: { json(options: object): unknown }, type: EntityType): TypedSpan[] =>
    (view.json({ offset: true }) as Array<{ offset: { start: number; length: number } }>).map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, type }));
  return [...pick(doc.people(), 'person'), ...pick(doc.organizations(), 'organization'), ...pick(doc.places(), 'place')].sort((a, b) => a.start - b.start);
};

export function loadConll(split: 'train' | 'valid'): LabelledDocument[] {
  return parseConll(fs.readFileSync(path.join(CORPUS_DIR, 'conll2003', `${split}.txt`), 'utf8'));
}

/** The types CoNLL-2003 scores are usually given for (PER, ORG, LOC); its MISC maps to several of ours. */
const CONLL_CORE: ReadonlySet<string> = new Set<EntityType>(['person', 'organization', 'place']);

/** CoNLL-2003 development split ("testa"): exact and lenient P/R/F1 per type, and over PER/ORG/LOC together. */
export function conllSection(): void {
  const docs = loadConll('valid').map(documentText);
  console.log(`CoNLL-2003 development split: ${docs.length} documents (MISC mapped: nationalities → group, events → event, laws → law, else other)`);
  const exact = new Map<string, Counts>();
  const lenient = new Map<string, Counts>();
  const exactCore = new Map<string, Counts>();
  const lenientCore = new Map<string, Counts>();
  const typeErrors = new Map<string, number>();
  // Documents as a user would have them: words joined by spaces, one sentence a line, split by our tokeniser.
  for (const doc of docs) {
    const predicted = ours(doc.text, tokenize(doc.text));
    addCounts(exact, doc.gold, predicted, false);
    addCounts(lenient, doc.gold, predicted, true);
    const core = (spans: readonly TypedSpan[]): TypedSpan[] => spans.filter((s) => CONLL_CORE.has(s.type));
    addCounts(exactCore, core(doc.gold), core(predicted), false);
    addCounts(lenientCore, core(doc.gold), core(predicted), true);
    for (const gold of doc.gold) {
      const same = predicted.find((p) => p.start === gold.start && p.end === gold.end);
      if (same && same.type !== gold.type) countError(typeErrors, `${gold.type} as ${same.type}: ${doc.text.slice(gold.start, gold.end)}`);
    }
  }
  const rows: Array<Array<string | number>> = [['type', 'gold', 'exact P', 'exact R', 'exact F1', 'lenient P', 'lenient R', 'lenient F1']];
  const row = (label: string, e: Counts | undefined, l: Counts | undefined): void => {
    if (!e || !l || e.gold === 0) return;
    const ep = prf(e);
    const lp = prf(l);
    rows.push([label, e.gold, ep.precision, ep.recall, ep.f1, lp.precision, lp.recall, lp.f1]);
  };
  for (const type of ENTITY_TYPES) row(type, exact.get(type), lenient.get(type));
  row('PER/ORG/LOC', exactCore.get('all'), lenientCore.get('all'));
  row('micro (all)', exact.get('all'), lenient.get('all'));
  console.log(table(rows));
  printErrors('CoNLL-2003 dev type errors on exact spans (gold as predicted: text)', typeErrors);
}

/** A GMB sentence as text with one space between words, its tokens and its gold spans as character offsets. */
function gmbDocument(sentence: LabelledSentence): { text: string; tokens: Token[]; gold: TypedSpan[] } {
  const tokens: Token[] = [];
  let offset = 0;
  for (const [i, word] of sentence.words.entries()) {
    tokens.push({ start: offset, end: offset + word.length, text: word, sentence: 0, sentenceStart: i === 0 });
    offset += word.length + 1;
  }
  const gold: TypedSpan[] = [];
  sentence.labels.forEach((label, i) => {
    if (label?.startsWith('B-')) gold.push({ start: tokens[i].start, end: tokens[i].end, type: label.slice(2) as EntityType });
    else if (label?.startsWith('I-')) gold[gold.length - 1].end = tokens[i].end;
  });
  return { text: sentence.words.join(' '), tokens, gold };
}

function gmbSection(): void {
  const heldOut = loadGmb().filter((_, n) => isHeldOutGmbSentence(n)).map(gmbDocument);
  const tokenCount = heldOut.reduce((sum, d) => sum + d.tokens.length, 0);
  console.log(`Held-out GMB: ${heldOut.length} sentences, ${tokenCount} tokens (blocks of 1000 sentences, every tenth block)`);
  const rows: Array<Array<string | number>> = [['system', 'type', 'gold', 'exact P', 'exact R', 'exact F1', 'lenient P', 'lenient R', 'lenient F1']];
  for (const [name, recognize] of [['crosscheck', ours], ['compromise', compromise]] as const) {
    const exact = new Map<string, Counts>();
    const lenient = new Map<string, Counts>();
    for (const doc of heldOut) {
      const predicted = recognize(doc.text, doc.tokens);
      addCounts(exact, doc.gold, predicted, false);
      addCounts(lenient, doc.gold, predicted, true);
    }
    for (const type of [...ENTITY_TYPES, 'all']) {
      const e = exact.get(type);
      const l = lenient.get(type);
      if (!e || !l || e.gold === 0) continue;
      const ep = prf(e);
      const lp = prf(l);
      rows.push([name, type === 'all' ? 'micro' : type, e.gold, ep.precision, ep.recall, ep.f1, lp.precision, lp.recall, lp.f1]);
    }
  }
  console.log(table(rows));
}

/**
 * ECB+ named mentions: gold person/org/GPE/location mentions with a capitalised word that is not a function word
 * and not a common word capitalised only by its place (see namedCore and commonWords, computed over all of ECB+).
 * Lenient: some predicted mention overlaps the gold mention. Exact: one has the core's bounds. Type accuracy: of the
 * lenient hits, the share whose type is accepted for the gold type (ACCEPTED_TYPES); "heads" leaves out the names
 * that only modify a head in lower case ("a Brooklyn man" is a person, Brooklyn a place: isModifierUse).
 */
export function ecbSection(): void {
  const rows: Array<Array<string | number>> = [['system', 'topics', 'named gold', 'recall lenient', 'recall exact', 'type accuracy', 'type accuracy, heads']];
  const docs = loadEcbPlus();
  const common = commonWords(docs.map((d) => d.text));
  const typeErrors = new Map<string, number>();
  const folds: Array<[label: string, inFold: (topic: number) => boolean]> = [
    ['1-35 (tuning)', isTuningTopic],
    ['36-45 (held out)', (topic) => !isTuningTopic(topic)],
  ];
  // The fold a model was trained without (NER_HOLDOUT_TOPICS, see scripts/train-ner.ts): its errors are the ones listed.
  if (HOLDOUT_TOPICS.size > 0) folds.push([`${[...HOLDOUT_TOPICS].join(',')} (left out of training)`, (topic) => HOLDOUT_TOPICS.has(topic)]);
  // Without a left-out fold, the tuning topics' errors are listed (the first fold), as before.
  const listed = folds[HOLDOUT_TOPICS.size > 0 ? folds.length - 1 : 0][0];
  for (const [name, recognize] of [['crosscheck', ours], ['compromise', compromise]] as const) {
    for (const [label, inFold] of folds) {
      let gold = 0;
      let lenient = 0;
      let exact = 0;
      let typed = 0;
      let heads = 0;
      let headsTyped = 0;
      for (const doc of docs.filter((d) => inFold(d.topic))) {
        const predicted = recognize(doc.text, tokenize(doc.text));
        for (const mention of doc.mentions) {
          const core = namedCore(mention, common);
          if (!core) continue;
          gold++;
          const hit = predicted.find((p) => p.start < mention.end && mention.start < p.end);
          if (!hit) continue;
          lenient++;
          if (predicted.some((p) => p.start === core.start && p.end === core.end)) exact++;
          const right = ACCEPTED_TYPES[mention.type].includes(hit.type) || hit.type === core.type;
          if (right) typed++;
          if (!isModifierUse(mention, core)) {
            heads++;
            if (right) headsTyped++;
            else if (name === 'crosscheck' && label === listed) countError(typeErrors, `${mention.type} as ${hit.type}: ${doc.text.slice(hit.start, hit.end)}`);
          }
        }
      }
      rows.push([name, label, gold, lenient / gold, exact / gold, typed / Math.max(lenient, 1), headsTyped / Math.max(heads, 1)]);
    }
  }
  console.log('\nECB+ named mentions');
  console.log(table(rows));
  printErrors(`ECB+ ${listed} type errors, heads (gold type as predicted type: predicted text)`, typeErrors);
}

/** Counts one error by its description (for NER_EVAL_VERBOSE). */
function countError(errors: Map<string, number>, description: string): void {
  errors.set(description, (errors.get(description) ?? 0) + 1);
}

/** With NER_EVAL_VERBOSE, the most frequent errors: where to look for general causes (tuning data only). */
function printErrors(title: string, errors: ReadonlyMap<string, number>): void {
  if (!process.env.NER_EVAL_VERBOSE) return;
  const top = [...errors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 40);
  console.log(`\n${title}\n${top.map(([description, n]) => `${String(n).padStart(4)}  ${description}`).join('\n')}`);
}

interface SeedEntity {
  canonical: string;
  type: EntityType;
  forms: string[];
  docs: string[];
}

/** The name inside a form, without titles or articles: "President Xi Jinping" → "Xi Jinping", "the Post" → "Post". */
const FORM_CORE = /^(?:the|mainland|(?:Chinese |Treasury |Foreign )?(?:President|Secretary(?: of State)?|Sen\.|Minister))\s+/;

/**
 * Seeds: each expected form counts found when, in a document it is listed for, a mention of the expected type has the
 * form's name as its text (titles and "the" are outside spans by convention). Forms not written as standalone words in
 * those documents ("America" only inside "American") are listed apart.
 */
export function seedSection(): void {
  const expected = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'seeds-expected.json'), 'utf8')) as { entities: SeedEntity[] };
  const seedDir = path.join(CORPUS_DIR, 'seeds');
  const files = fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  const found = new Map<string, Array<{ text: string; type: EntityType }>>();
  const baseline = new Map<string, Array<{ text: string; type: EntityType }>>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(seedDir, file), 'utf8').replace(/^\uFEFF/, '');
    texts.set(file.slice(0, 3), text);
    const tokens = tokenize(text);
    found.set(file.slice(0, 3), ours(text, tokens).map((m) => ({ text: text.slice(m.start, m.end), type: m.type })));
    baseline.set(file.slice(0, 3), compromise(text, tokens).map((m) => ({ text: text.slice(m.start, m.end).replace(/[.,;:'’s]+$/, ''), type: m.type })));
  }
  const rows: Array<Array<string | number>> = [['entity', 'type', 'form', 'crosscheck', 'compromise']];
  let formsTotal = 0;
  let formsOurs = 0;
  let formsBaseline = 0;
  const verdict = (mentions: Map<string, Array<{ text: string; type: EntityType }>>, entity: SeedEntity, name: string): string => {
    const all = entity.docs.flatMap((d) => mentions.get(d) ?? []).filter((m) => m.text === name);
    if (all.some((m) => m.type === entity.type)) return 'yes';
    return all.length > 0 ? `as ${all[0].type}` : 'no';
  };
  const absent: string[] = [];
  for (const entity of expected.entities) {
    for (const form of entity.forms) {
      const name = form.replace(FORM_CORE, '');
      const written = new RegExp(`(?<![\\p{L}\\d])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');
      if (!entity.docs.some((d) => written.test(texts.get(d) ?? ''))) {
        absent.push(form);
        continue;
      }
      const mine = verdict(found, entity, name);
      const theirs = verdict(baseline, entity, name);
      formsTotal++;
      formsOurs += mine === 'yes' ? 1 : 0;
      formsBaseline += theirs === 'yes' ? 1 : 0;
      if (mine !== 'yes' || process.env.NER_EVAL_VERBOSE) rows.push([entity.canonical, entity.type, form, mine, theirs]);
    }
  }
  console.log(`\nSeeds: expected forms found with the right type: crosscheck ${formsOurs}/${formsTotal}, compromise ${formsBaseline}/${formsTotal}`);
  if (absent.length > 0) console.log(`(not written as standalone words in their documents, not counted: ${absent.join(', ')})`);
  if (rows.length > 1) console.log(table(rows));
}

export async function run(): Promise<void> {
  console.log('== Entity recognition ==');
  // A model written by `npm run train` with NER_MODEL_OUT, measured in place of the committed one.
  if (process.env.NER_MODEL) replaceBuiltInModel(JSON.parse(fs.readFileSync(process.env.NER_MODEL, 'utf8')) as SerializedModel);
  conllSection();
  gmbSection();
  ecbSection();
  seedSection();
}
