import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { wordClusters } from '../../server/src/analysis/ner/clusters';
import { COUNTRIES } from '../../server/src/analysis/ner/lexicon';
import { builtInNameList, countryNames } from '../../server/src/analysis/ner/placeNames';
import { PhraseIndex } from '../../server/src/analysis/ner/phraseIndex';
import { decodeSentence, labelsToSpans } from '../../server/src/analysis/ner/decode';
import { documentContext, rememberTypes, STATIC_FEATURES } from '../../server/src/analysis/ner/features';
import serialized from '../../server/src/analysis/ner/model.json';
import { loadModel, scorerFor, tagTokens, type SerializedModel } from '../../server/src/analysis/ner/tagger';
import type { TokenSpan } from '../../server/src/analysis/ner/tokenSpan';
import { consistentTypes, scoreMention, type ScoredMention } from '../../server/src/analysis/ner/typeConsistency';
import { recognizeEntities } from '../../server/src/analysis/ner/recognize';
import { miscType, parseConll } from '../../server/src/analysis/ner/training/conll';
import { isModifierUse, namedCore, type EcbMention } from '../../server/src/analysis/ner/training/ecbplusNames';
import { tokenize } from '../../server/src/analysis/tokenize';
import type { RecognizedMention } from '../../server/src/analysis/types';

const recognize = (text: string): RecognizedMention[] => recognizeEntities(text, tokenize(text));
const summary = (text: string): string[] => recognize(text).map((m) => `${m.text}/${m.type}${m.role ? ` [${m.role}]` : ''}`);
const find = (text: string, name: string): RecognizedMention | undefined => recognize(text).find((m) => m.text === name);

test('titles are outside a person span and kept as the role', () => {
  // The nationality in the role is still a mention of its own.
  assert.deepEqual(summary('Chinese President Xi Jinping met Secretary of State Antony Blinken in Beijing on Friday.'), [
    'Chinese/group',
    'Xi Jinping/person [Chinese President]',
    'Antony Blinken/person [Secretary of State]',
    'Beijing/place',
  ]);
  assert.equal(find('The bill was backed by Sen. Thom Tillis on Tuesday.', 'Thom Tillis')?.role, 'Sen.');
  assert.equal(find('Foreign Minister Wang Yi said talks went well.', 'Wang Yi')?.role, 'Foreign Minister');
});

test('a two-word name starting with a family name is a person', () => {
  assert.equal(find("Editor's note: Pan Deng is a current affairs commentator.", 'Pan Deng')?.type, 'person');
});

test('a title alone is never a person', () => {
  const mentions = recognize('The President said on Monday that the Secretary would travel.');
  assert.ok(!mentions.some((m) => m.type === 'person'), JSON.stringify(mentions));
});

test('an appositive role after a name is kept', () => {
  const mention = find('Liu Pengyu, a spokesperson for the Chinese Embassy, said the talks were unfair.', 'Liu Pengyu');
  assert.equal(mention?.type, 'person');
  assert.equal(mention?.role, 'spokesperson for the Chinese Embassy');
});

test('organisations, outlets and places from news text', () => {
  const text = 'TikTok, owned by ByteDance, was discussed in the House of Representatives, the New York Post reported from Washington.';
  assert.deepEqual(summary(text), ['TikTok/organization', 'ByteDance/organization', 'House of Representatives/organization', 'New York Post/organization', 'Washington/place']);
});

test('"the" is outside a name unless it is part of the title, like The New York Times', () => {
  assert.equal(find('A report in The New York Times on Monday said so.', 'The New York Times')?.type, 'organization');
  assert.ok(find('He spoke to the United Nations in May.', 'United Nations'));
});

test("possessive 's is outside the span", () => {
  const text = "ByteDance's app and China's response";
  assert.deepEqual(recognize(text).map((m) => text.slice(m.start, m.end)), ['ByteDance', 'China']);
});

test('a sentence-initial name is found, a sentence-initial common word is not', () => {
  assert.deepEqual(summary('Biden spoke on Tuesday. Officials said Beijing would respond.'), ['Biden/person', 'Beijing/place']);
});

test('ALL-CAPS headlines are tagged like ordinary text', () => {
  const types = Object.fromEntries(recognize('BIDEN SIGNS TIKTOK BILL AS CHINA WARNS OF RETALIATION').map((m) => [m.text, m.type]));
  assert.equal(types.BIDEN, 'person');
  assert.equal(types.CHINA, 'place');
});

test('title-case headlines do not make every word a name', () => {
  assert.deepEqual(summary('Talks Collapse as China Warns of Retaliation'), ['China/place']);
  assert.deepEqual(summary('Digital Diplomacy Under Scrutiny: Chinese Embassy Lobbies Against the Sale'), ['Chinese Embassy/organization']);
});

test('a place before a title is part of the role, not an organisation', () => {
  assert.deepEqual(summary('He met Shanghai Party Secretary Chen Jining on Friday.'), ['Shanghai/place', 'Chen Jining/person [Shanghai Party Secretary]']);
});

test('a name found once is found again in the same article, with the same type', () => {
  const text = 'Tyler Whitfield scored 20 points on Thursday. Later, the coach said Whitfield played well.';
  assert.deepEqual(summary(text), ['Tyler Whitfield/person', 'Whitfield/person']);
});

test('law and event names are recognised by their shape', () => {
  assert.deepEqual(summary('The Protecting Americans from Foreign Adversary Controlled Applications Act passed before the post-World War II order ended.'), [
    'Protecting Americans from Foreign Adversary Controlled Applications Act/law',
    'World War II/event',
  ]);
});

test('mentions are sorted and do not overlap, and their text is the text at their span', () => {
  const text = 'Joe Biden and Xi Jinping met in San Francisco, where Apple and Google executives waited.';
  const mentions = recognize(text);
  for (let i = 0; i < mentions.length; i++) {
    assert.equal(text.slice(mentions[i].start, mentions[i].end), mentions[i].text);
    if (i > 0) assert.ok(mentions[i - 1].end <= mentions[i].start);
  }
  assert.deepEqual(mentions.map((m) => m.type), ['person', 'person', 'place', 'organization', 'organization']);
});

test('a number or a date never joins a name', () => {
  const text = 'CRICKET - ENGLAND V PAKISTAN\nLONDON 1996-08-22\nPakistan 277-9 , with Wasim 22 not out , were still batting at Lord\'s on Thursday .';
  const mentions = recognize(text);
  assert.ok(mentions.every((m) => !/\d/.test(m.text)), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'LONDON' && m.type === 'place'), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'Pakistan'), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'Wasim'), JSON.stringify(mentions));
});

test('two people joined by "and" are two mentions', () => {
  const people = recognize('John Smith and Mary Jones shared the lead after the first round on Thursday.').filter((m) => m.type === 'person');
  assert.deepEqual(people.map((m) => m.text), ['John Smith', 'Mary Jones']);
  const golfers = recognize('Kelli Kuehne and Tiger Woods shared the lead after the first round on Thursday.');
  assert.deepEqual(golfers.map((m) => m.text), ['Kelli Kuehne', 'Tiger Woods']);
});

test('two one-word names joined by "and" are two mentions', () => {
  const mentions = recognize('Bad weather was set to be short-lived as title rivals Essex , Derbyshire and Surrey all closed in on victory.');
  assert.ok(!mentions.some((m) => m.text.includes(' and ')), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'Surrey'), JSON.stringify(mentions));
});

test('a comma or a bracket ends a name: names listed with commas or glossed in brackets are not one mention', () => {
  const listed = recognize('" It focuses more attention on Mercantile , Commerce and Roosevelt , " said James Weber , an analyst.');
  assert.ok(listed.every((m) => !m.text.includes(',')), JSON.stringify(listed));
  assert.ok(listed.some((m) => m.text.startsWith('Commerce')), JSON.stringify(listed));
  const glossed = recognize('" Abu Ammar ( Arafat ) is right , " said the regime of Saddam ( Hussein ) in Baghdad.');
  assert.ok(glossed.every((m) => !/[()]/.test(m.text)), JSON.stringify(glossed));
  assert.ok(glossed.some((m) => m.text === 'Saddam' && m.type === 'person'), JSON.stringify(glossed));
});

test('a word in lower case is outside a name unless it is a name connector', () => {
  const mentions = recognize('The move to Atalanta reunites Lentini with his coach. A gang in eastern Nigeria paid a corporal. He flew from Rio de Janeiro to see Vincent van Gogh paintings.');
  assert.ok(!mentions.some((m) => /reunites|eastern/.test(m.text)), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'Nigeria' && m.type === 'place'), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'Rio de Janeiro' && m.type === 'place'), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'Vincent van Gogh' && m.type === 'person'), JSON.stringify(mentions));
});

test('a quotation mark or another lone symbol is outside a name; "&" and "." may be inside', () => {
  const mentions = recognize('Police said Raul "Ray" Medina, 41, was held. "We will go to Moscow," said Medina. #Oscars night lifted AT & T shares.');
  assert.ok(mentions.every((m) => !/["#]/.test(m.text)), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'Moscow' && m.type === 'place'), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'AT & T'), JSON.stringify(mentions));
});

test('a line mostly of symbols is not searched for names, and the prose around it still is', () => {
  const noise = "Xq#3 %Pz{ *Ab]} <Lm@ ~Ko| ^Rt= Fy&$ +Gh` Vw>";
  const text = `President Barack Obama arrived in Paris on Monday.\n${noise}\nAngela Merkel met him in Berlin.`;
  const mentions = recognize(text);
  const noiseStart = text.indexOf(noise);
  assert.ok(mentions.every((m) => m.end <= noiseStart || m.start >= noiseStart + noise.length), JSON.stringify(mentions));
  for (const name of ['Barack Obama', 'Paris', 'Angela Merkel', 'Berlin']) assert.ok(mentions.some((m) => m.text === name), name);
});

test('a place name that starts with a common word stays one name, also inside an organisation', () => {
  const text = 'New Zealand beat England. The New Orleans Saints lost their opening game, New York police said.';
  const mentions = recognize(text);
  assert.ok(mentions.some((m) => m.text === 'New Zealand' && m.type === 'place'), JSON.stringify(mentions));
  assert.ok(mentions.some((m) => m.text === 'New Orleans Saints' && m.type === 'organization'), JSON.stringify(mentions));
  assert.ok(!mentions.some((m) => m.text === 'New'), JSON.stringify(mentions));
});

test('a possessive ends a name, written joined or apart', () => {
  for (const text of ["Tony Greig's England side won the series.", "Tony Greig 's England side won the series."]) {
    const mentions = recognize(text);
    assert.equal(mentions.find((m) => m.type === 'person')?.text, 'Tony Greig', text);
    assert.ok(mentions.some((m) => m.text === 'England'), text);
  }
});

test("a possessive inside an organisation's or a place's name stays in it", () => {
  assert.equal(find("The People's Liberation Army held drills near Taiwan on Monday.", "People's Liberation Army")?.type, 'organization');
  assert.equal(find("She was taken to St. Mary's Hospital in London after the crash.", "St. Mary's Hospital")?.type, 'place');
  assert.equal(find("The Workers' Party won the election in Brazil.", "Workers' Party")?.type, 'organization');
});

test('CoNLL-2003 data is read into our types, MISC split by its words', () => {
  const docs = parseConll('-DOCSTART- O\n\nGerman B-MISC\nfans O\nat O\nthe O\nWorld B-MISC\nCup I-MISC\nin O\nParis B-LOC\n\nMaastricht B-MISC\nTreaty I-MISC\nvotes O\nat O\nGMT B-MISC\n\n-DOCSTART- O\n\nPeter B-PER\nBlackburn I-PER\nof O\nReuters B-ORG\n');
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0].sentences[0].labels, ['B-group', 'O', 'O', 'O', 'B-event', 'I-event', 'O', 'B-place']);
  assert.deepEqual(docs[0].sentences[1].labels, ['B-law', 'I-law', 'O', 'O', 'B-other']);
  assert.deepEqual(docs[1].sentences[0].labels, ['B-person', 'I-person', 'O', 'B-organization']);
  assert.equal(miscType(['Serbs']), 'group');
});

test('tagging with kept per-word and per-context sums labels exactly as the feature keys of training do', () => {
  // Every seed article and ECB+ sample, twice (the second time from the kept sums) and in capitals (caseless lines),
  // against decodeSentence over staticFeatures, the path training takes.
  const folders = ['seeds', path.join('ecbplus', '12')].map((f) => path.join(__dirname, '..', '..', '..', 'samples', f));
  const texts = folders.flatMap((folder) => fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(folder, f), 'utf8')));
  assert.ok(texts.length > 5, 'sample articles missing');
  const model = loadModel(serialized as SerializedModel);
  const score = scorerFor(model);
  for (const text of [...texts, ...texts, ...texts.map((t) => t.toUpperCase())]) {
    const tokens = tokenize(text);
    const sentences: string[][] = [];
    for (const t of tokens) (sentences[t.sentence] ??= []).push(t.text);
    const context = documentContext(sentences);
    const mentions: ScoredMention[] = [];
    const width = model.labels.length;
    let start = 0;
    for (const words of sentences) {
      const { tags, keys } = decodeSentence({ words, labels: model.labels, allowed: model.allowed, context, clusters: wordClusters(), names: builtInNameList(), score });
      rememberTypes(context, words, model.labels, tags);
      // The emission scores of training's feature keys, for the article-level type pass.
      const emissions = new Float64Array(words.length * width);
      for (let i = 0; i < words.length; i++) for (let k = i * STATIC_FEATURES; k < (i + 1) * STATIC_FEATURES; k++) score(keys[k], emissions, i * width);
      mentions.push(...labelsToSpans(tags, model.labels, start).map((span) => scoreMention(span, words, start, emissions, model.labels)));
      start += words.length;
    }
    const expected: TokenSpan[] = consistentTypes(mentions, model.labels);
    assert.deepEqual(tagTokens(tokens, model), expected);
  }
});

test('a region the training text never names is a place (the country and region list is evidence, not a rule)', () => {
  assert.deepEqual(summary('An earthquake struck Odisha on Tuesday.'), ['Odisha/place']);
  assert.deepEqual(summary('Floods hit Mpumalanga and Limpopo after days of rain.'), ['Mpumalanga/place', 'Limpopo/place']);
  assert.deepEqual(summary('Police in Jalisco arrested three men.'), ['Jalisco/place']);
  assert.deepEqual(summary('Fires spread across Kalimantan.'), ['Kalimantan/place']);
});

test('a listed name is found as written or in capitals, whatever letter it starts with, and nothing else is', () => {
  const index = new PhraseIndex<string>();
  for (const name of ['eBay', 'al-Qaeda', 'New York Times', 'Ölüdeniz', 'Zürich']) index.add(name, name);
  const at = (text: string, i = 0): string | undefined => index.matchAt(tokenize(text), i)?.value;
  assert.equal(at('eBay'), 'eBay');
  assert.equal(at('EBAY'), 'eBay');
  assert.equal(at('AL-QAEDA'), 'al-Qaeda');
  assert.equal(at('NEW YORK TIMES'), 'New York Times');
  assert.equal(at('ÖLÜDENIZ'), 'Ölüdeniz');
  // Capitals read by character code up to the first letter past ASCII, then by Unicode case.
  assert.equal(at('ZÜRICH'), 'Zürich');
  assert.equal(at('ZüRICH'), undefined);
  assert.equal(at('EBAy'), undefined);
  assert.equal(at('AL-QAEDa'), undefined);
  assert.equal(at('the New York Times', 1), 'New York Times');
  assert.equal(at('ebay'), undefined);
  assert.equal(at('the'), undefined);
  assert.equal(at('new York Times'), undefined);
});

test('an ECB+ name that only modifies a head in lower case is a modifier use, a name that is its head is not', () => {
  const mention = (text: string, type: string): EcbMention => ({ start: 100, end: 100 + text.length, text, type });
  const common = new Set<string>();
  const modifier = (text: string, type: string): boolean => {
    const m = mention(text, type);
    const core = namedCore(m, common);
    assert.ok(core, text);
    return isModifierUse(m, core);
  };
  assert.equal(modifier('a Brooklyn man', 'HUMAN_PART_PER'), true);
  assert.equal(modifier('the Bush administration', 'HUMAN_PART_ORG'), true);
  assert.equal(modifier("California's Betty Ford Center rehab facility", 'LOC_FAC'), true);
  assert.equal(modifier('Lindsay Lohan', 'HUMAN_PART_PER'), false);
  assert.equal(modifier("Lohan's", 'HUMAN_PART_PER'), false);
  assert.equal(modifier('the Betty Ford Center', 'LOC_FAC'), false);
});

test('the countries of record hold every country as the lexicon writes it and the official names', () => {
  const countries = new Set(countryNames());
  assert.deepEqual(COUNTRIES.filter((c) => !countries.has(c)), []);
  assert.ok(!countries.has('Middle East') && !countries.has('Kashmir'));
  assert.ok(countries.has('Russia') && countries.has('Russian Federation') && countries.has('U.S.'));
});
