import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extractClaims } from '../../server/src/analysis/claims/extractClaims';
import { Corpus } from '../../server/src/analysis/corpus';
import { addDismissal, ConflictIndex, parseDismissed, serializeDismissed } from '../../server/src/analysis/conflicts/conflictIndex';
import { EMPTY_DISMISSED } from '../../server/src/analysis/conflicts/dismissed';
import { resolveReferences } from '../../server/src/analysis/identity/references';
import { findQuantities } from '../../server/src/analysis/quantities';
import { tokenize } from '../../server/src/analysis/tokenize';
import type { DateMention, DocumentAnalysis, Mention } from '../../server/src/analysis/types';

type Name = { text: string; type: Mention['type'] };

/** A full analysis of a text with the given names (one chain each, every occurrence) and optional dates. */
function article(text: string, names: Name[], options: { referenceDate?: string; dates?: Array<{ text: string }> } = {}): DocumentAnalysis {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  names.forEach((n, chain) => {
    for (let at = text.indexOf(n.text); at >= 0; at = text.indexOf(n.text, at + 1)) mentions.push({ start: at, end: at + n.text.length, text: n.text, type: n.type, chain });
  });
  mentions.sort((a, b) => a.start - b.start);
  const chains = names.map((n, i) => ({ name: n.text, type: n.type, forms: [n.text], roles: [], mentions: mentions.flatMap((m, k) => (m.chain === i ? [k] : [])), definition: 0 }));
  const dates: DateMention[] = (options.dates ?? []).map((d) => {
    const start = text.indexOf(d.text);
    return { start, end: start + d.text.length, text: d.text, kind: 'date', value: null, granularity: 'day', derivation: '', relative: true };
  });
  const referenceDate = options.referenceDate ? { value: options.referenceDate, source: 'dateline' as const, derivation: '' } : null;
  const partial = { text, referenceDate, mentions, chains, references: resolveReferences(text, tokens, mentions), dates, quantities: findQuantities(text, tokens, dates), dateIssues: [] };
  return { ...partial, claims: extractClaims(partial, tokens) };
}

/** One story of the given articles; entity ids are the names themselves, as the identity index would link them. */
function index(docs: Record<string, DocumentAnalysis>): ConflictIndex {
  const conflicts = new ConflictIndex({ entityOf: (doc, chain) => docs[doc]?.chains[chain]?.name, storyOf: () => Object.keys(docs) });
  for (const [id, analysis] of Object.entries(docs)) conflicts.setDocument(id, analysis);
  return conflicts;
}

const ATHENS: Name[] = [{ text: 'Athens', type: 'place' }, { text: 'Marfin', type: 'organization' }, { text: 'Greece', type: 'place' }];
const riot = (injured: string, referenceDate?: string): DocumentAnalysis =>
  article(`Rioters set fire to the Marfin bank in Athens. Greece was shocked. Athens police said ${injured} were injured in the riots. Marfin closed.`, ATHENS, { referenceDate });

test('disjoint counts contradict; differing lower bounds are a discrepancy; equal ones agree', () => {
  const contradiction = index({ a: riot('12 people'), b: riot('18 people') }).all();
  assert.equal(contradiction.length, 1);
  assert.equal(contradiction[0].kind, 'contradiction');
  assert.equal(contradiction[0].attribute, 'injured');
  assert.match(contradiction[0].message, /'.*12 people.*' vs '.*18 people.*'/);
  const discrepancy = index({ a: riot('at least five people'), b: riot('at least three people') }).all();
  assert.deepEqual(discrepancy.map((c) => c.kind), ['discrepancy']);
  assert.deepEqual(index({ a: riot('at least five people'), b: riot('five people') }).all(), []);
});

test('a later article with a different cumulative figure is an update', () => {
  const conflicts = index({ a: riot('12 people', '2010-05-05'), b: riot('18 people', '2010-05-06') }).all();
  assert.deepEqual(conflicts.map((c) => c.kind), ['update']);
});

test('articles of other stories are never compared', () => {
  const corpus = new Corpus();
  corpus.set('riot.txt', 'Rioters set fire to the Marfin bank in Athens on Wednesday. Athens police said 12 people were injured in the riots. Marfin closed.');
  corpus.set('storm.txt', 'A tornado hit Dallas, Texas on Monday. Texas officials said 18 people were injured in Dallas when the storm hit.');
  assert.notEqual(corpus.storyOf('riot.txt')?.id, corpus.storyOf('storm.txt')?.id);
  assert.deepEqual(corpus.conflicts.all(), []);
});

test('two calls with different participants are different events (seed 000 vs 001)', () => {
  const names: Name[] = [{ text: 'Xi Jinping', type: 'person' }, { text: 'Joe Biden', type: 'person' }, { text: 'Donald Trump', type: 'person' }, { text: 'TikTok', type: 'organization' }, { text: 'China', type: 'place' }];
  const biden = article('Joe Biden spoke with Xi Jinping in a call on Tuesday. TikTok and China were discussed. TikTok, China.', names, { dates: [{ text: 'on Tuesday' }] });
  const trump = article('Donald Trump spoke with Xi Jinping in a call on Friday. TikTok and China were discussed. TikTok, China.', names, { dates: [{ text: 'on Friday' }] });
  assert.ok(biden.claims.some((c) => c.attribute === 'date of call'));
  assert.deepEqual(index({ '000': biden, '001': trump }).all(), []);
  const bidenAgain = article('Joe Biden spoke with Xi Jinping in a call on Friday. TikTok and China were discussed. TikTok, China.', names, { dates: [{ text: 'on Friday' }] });
  assert.deepEqual(index({ '000': biden, '002': bidenAgain }).all().map((c) => c.attribute), ['date of call']);
});

test('a figure is compatible with a vague plural that contains it (seed 002 vs 004)', () => {
  const names: Name[] = [{ text: 'TikTok', type: 'organization' }, { text: 'ByteDance', type: 'organization' }];
  const a = article('TikTok has approximately 170 million users in the country. ByteDance owns TikTok.', names);
  const b = article('TikTok serves millions of users. ByteDance owns TikTok.', names);
  assert.deepEqual(index({ '002': a, '004': b }).all(), []);
});

test('an article giving two figures is not contradicted by one that repeats either', () => {
  const both = riot('12 people');
  const text = `${both.text} Later 30 people were injured in the riots.`;
  const twoFigures = article(text, ATHENS);
  assert.deepEqual(index({ a: twoFigures, b: riot('30 people') }).all(), []);
});

test('conflictsFor, removeDocument and dismissals; dismissal keys survive small edits', () => {
  const conflicts = index({ a: riot('12 people'), b: riot('18 people') });
  const [conflict] = conflicts.conflictsFor('a');
  assert.equal(conflicts.conflictsFor('b')[0].id, conflict.id);
  const edited = article(`Breaking news. ${riot('12 people').text}`, ATHENS);
  conflicts.setDocument('a', edited);
  assert.equal(conflicts.conflictsFor('a')[0].id, conflict.id, 'offsets moved, key unchanged');
  const dismissed = addDismissal(EMPTY_DISMISSED, conflict, 'different counts of the same riot', '2024-05-02T10:00:00Z');
  const reread = parseDismissed(serializeDismissed(dismissed));
  assert.deepEqual(reread.errors, []);
  conflicts.setDismissed(reread.dismissed);
  assert.deepEqual(conflicts.conflictsFor('a'), []);
  assert.deepEqual(conflicts.all(), []);
  conflicts.setDismissed(EMPTY_DISMISSED);
  conflicts.removeDocument('b');
  assert.deepEqual(conflicts.conflictsFor('a'), []);
});

test('a broken dismissed file is reported, and good entries are kept', () => {
  const broken = parseDismissed('{ "dismissed": [ ');
  assert.deepEqual(broken.dismissed.dismissed, []);
  assert.equal(broken.errors.length, 1);
  const partial = parseDismissed('{"version":1,"dismissed":[{"id":"abc","reason":"ok"},{"reason":"no id"}]}');
  assert.deepEqual(partial.dismissed.dismissed.map((d) => d.id), ['abc']);
  assert.match(partial.errors[0], /entry 1/);
  assert.equal(parseDismissed('[]').errors.length, 1);
});

test('conflict ids hash file names, not folders, so dismissals are portable across machines', () => {
  const here = index({ 'file:///home/ann/news/a.txt': riot('12 people'), 'file:///home/ann/news/b.txt': riot('18 people') }).all();
  const there = index({ 'file:///C:/Users/bo/clips/a.txt': riot('12 people'), 'file:///C:/Users/bo/clips/b.txt': riot('18 people') }).all();
  assert.equal(here.length, 1);
  assert.equal(here[0].id, there[0].id);
  assert.deepEqual(addDismissal(EMPTY_DISMISSED, here[0], 'same', 'now').dismissed[0].quotes.map((q) => q.doc), ['a.txt', 'b.txt']);
});

test('"nearly 300" and "more than 300" cannot both hold; "nearly 235,000" and "235,000" agree', () => {
  const crew = (n: string): DocumentAnalysis => article(`Pirates in Somalia hold ${n} crew members. Somalia and Kenya.`, [{ text: 'Somalia', type: 'place' }, { text: 'Kenya', type: 'place' }]);
  assert.deepEqual(index({ a: crew('nearly 300'), b: crew('more than 300') }).all().map((c) => c.kind), ['contradiction']);
  assert.deepEqual(index({ a: crew('nearly 235,000'), b: crew('235,000') }).all(), []);
  assert.deepEqual(index({ a: crew('two'), b: crew('about a dozen') }).all(), [], 'counts many times apart count different sets');
});

test('counts in sentences that name different days are about different events', () => {
  const march = (people: string, day: string): DocumentAnalysis =>
    article(`Athens police said ${people} marched on ${day}. Marfin closed. Greece was shocked. Athens was calm.`, ATHENS, { dates: [{ text: day }] });
  assert.deepEqual(index({ a: march('about 1,300 people', 'Monday'), b: march('about 9,000 people', 'Wednesday') }).all(), []);
  assert.equal(index({ a: march('about 1,300 people', 'Monday'), b: march('about 9,000 people', 'Monday') }).all().length, 1);
});

test("a person's role is compared whoever else the sentences name", () => {
  const names: Name[] = [{ text: 'Larry Lucchino', type: 'person' }, { text: 'Red Sox', type: 'organization' }, { text: 'Theo Epstein', type: 'person' }, { text: 'John Henry', type: 'person' }];
  const a = article('Red Sox CEO Larry Lucchino and Theo Epstein flew to Texas. The Red Sox made an offer.', names);
  const b = article('Red Sox COO Larry Lucchino and John Henry met him. The Red Sox made an offer.', names);
  const conflicts = index({ a, b }).all();
  assert.deepEqual(conflicts.map((c) => [c.attribute, c.kind]), [['role', 'contradiction']]);
});

test('sums are compared only between the same organization when a sentence lists several', () => {
  const names: Name[] = [{ text: 'Orioles', type: 'organization' }, { text: 'Nationals', type: 'organization' }, { text: 'Teixeira', type: 'person' }];
  const a = article('Teixeira heard offers: the Orioles around seven years, $150 million, and the Nationals eight years, $160 million.', names);
  const b = article('Teixeira weighed offers from the Nationals (eight years, $160 million).', names);
  assert.deepEqual(index({ a, b }).all(), []);
});

test('a place written into a word ("ex-Soviet") does not make the event another place', () => {
  const names: Name[] = [{ text: 'Turkmenistan', type: 'place' }, { text: 'Soviet', type: 'place' }, { text: 'Berdymukhamedov', type: 'person' }];
  const a = article('Turkmenistan voted. Officials said turnout reached 93.87 percent in the ex-Soviet republic. Berdymukhamedov won. Turkmenistan is closed.', names);
  const b = article('Turkmenistan voted. Officials in Turkmenistan said turnout was 90 percent. Berdymukhamedov won.', names);
  assert.deepEqual(index({ a, b }).all().map((c) => [c.attribute, c.kind]), [['percentage: turnout', 'contradiction']]);
});

test('a crowd whose sentence names no place is its article\'s most-named place, never a city it does not name', () => {
  const names: Name[] = [...ATHENS, { text: 'Thessaloniki', type: 'place' }];
  const other = article('Athens and Greece were in turmoil; Marfin burned. In Athens about 20,000 people marched. In Thessaloniki 50,000 people marched.', names);
  const athensOnly = article('Athens saw riots. Marfin burned in Athens. Greece was shocked. Police put the march at roughly 30,000 people.', names);
  assert.deepEqual(index({ other, athensOnly }).all().map((c) => [c.a.claim.text, c.b.claim.text]), [['roughly 30,000 people', 'about 20,000 people']]);
});

test('counts of things are compared only when their sentences say what was done to them', () => {
  const names: Name[] = [{ text: 'Price', type: 'person' }, { text: 'Denver', type: 'place' }];
  const autopsy = article('Price died in Denver. The autopsy found Price was struck by nine bullets.', names);
  const revolver = article('Price died in Denver. His rifle held five bullets.', names);
  const hit = article('Price died in Denver. Witnesses said Price was struck by five bullets.', names);
  assert.deepEqual(index({ autopsy, revolver }).all(), []);
  assert.equal(index({ autopsy, hit }).all().length, 1);
});

const NAVY: Name[] = [{ text: 'Indian Navy', type: 'organization' }, { text: 'Gulf of Aden', type: 'place' }];
/** A piracy raid: the pirates caught, the rifles seized and, if given, the skiffs sunk, a sentence each. */
const raid = (pirates: string, rifles: string, skiffs?: string): DocumentAnalysis =>
  article(`The Indian Navy captured ${pirates} pirates in the Gulf of Aden. The sailors seized ${rifles} AK-47 rifles from the pirates. ${skiffs ? `The sailors sank ${skiffs} skiffs. ` : ''}The Indian Navy said the Gulf of Aden was calm.`, NAVY);

test('two events of one kind, disputing figure after figure and agreeing on none, are not compared', () => {
  assert.deepEqual(index({ a: raid('23', 'seven', 'four'), b: raid('26', 'six', 'two') }).all(), []);
  // One report of each raid gives only the count of pirates: it is the other raid's count all the same, as the
  // article that states its figure shows.
  const conflicts = index({ a: raid('23', 'seven', 'four'), b: raid('26', 'six', 'two'), c: article('The Indian Navy captured 23 pirates in the Gulf of Aden on patrol.', NAVY) }).all();
  assert.deepEqual(conflicts, []);
  // Reports that agree on one figure dispute the others.
  assert.deepEqual(index({ a: raid('23', 'seven', 'four'), b: raid('23', 'nine', 'two') }).all().map((c) => c.attribute).sort(), ['count: AK-47', 'count: boat']);
});

/** Reports of one raid through the corpus, one article per text; their conflicts as attribute: quote vs quote, sorted. */
function raidConflicts(...texts: string[]): string[] {
  const corpus = new Corpus();
  texts.forEach((t, i) => corpus.set(`${i}.txt`, t));
  assert.equal(new Set(texts.map((_, i) => corpus.storyOf(`${i}.txt`)?.id)).size, 1, 'one story');
  return corpus.conflicts.all().map((c) => `${c.attribute}: ${c.a.claim.text} vs ${c.b.claim.text}`).sort();
}

const RAID = 'The Indian Navy captured {pirates} pirates in the Gulf of Aden on Tuesday, a navy spokesman said. The sailors seized {rifles} AK-47 rifles from the pirates. The navy said the Gulf of Aden was calm after the raid.';

test('the dispute judged is no evidence of two events: two figures disputed and none agreed, both conflicts show', () => {
  const told = (pirates: string, rifles: string): string => RAID.replace('{pirates}', pirates).replace('{rifles}', rifles);
  assert.deepEqual(raidConflicts(told('23', 'seven'), told('26', 'six')), ['arrested: 23 pirates vs 26 pirates', 'count: AK-47: seven AK-47 vs six AK-47']);
});

test("agreeing on a person's role is no sign of one event: the navy's spokesman speaks of both raids", () => {
  const names: Name[] = [...NAVY, { text: 'Nirad Sinha', type: 'person' }];
  const told = (pirates: string, rifles: string, skiffs: string): DocumentAnalysis =>
    article(`The Indian Navy captured ${pirates} pirates in the Gulf of Aden. The sailors seized ${rifles} AK-47 rifles from the pirates. The sailors sank ${skiffs} skiffs. Navy spokesman Nirad Sinha described the raid. The Indian Navy said the Gulf of Aden was calm.`, names);
  assert.deepEqual(index({ a: told('23', 'seven', 'four'), b: told('26', 'six', 'two') }).all(), []);
});

test('articles months apart by their stated dates, agreeing on nothing, are two events', () => {
  const dated = (pirates: string, date: string): DocumentAnalysis => article(`The Indian Navy captured ${pirates} pirates in the Gulf of Aden. The Indian Navy said the Gulf of Aden was calm.`, NAVY, { referenceDate: date });
  assert.equal(index({ a: dated('23', '2008-12-13'), b: dated('26', '2008-12-14') }).all().length, 1);
  assert.deepEqual(index({ a: dated('23', '2008-12-13'), b: dated('26', '2011-11-11') }).all(), []);
  // A fact filed under its owner holds whenever it is told: a trial report months later retells the street's block.
  const block = (number: string, date: string): DocumentAnalysis => article(`The Indian Navy said a sailor was shot in the ${number} block of East 148th Street. The Indian Navy said the Gulf of Aden was calm.`, NAVY, { referenceDate: date });
  assert.deepEqual(index({ a: block('4100', '2008-12-13'), b: block('4600', '2009-06-14') }).all().map((c) => c.attribute), ['block of 148th street']);
});

test('a part of a group ("at least 17 of the hijacked ships") contradicts only a smaller total', () => {
  const names: Name[] = [{ text: 'Somali', type: 'group' }, { text: 'Gulf of Aden', type: 'place' }];
  const held = (count: string): DocumentAnalysis => article(`Somali pirates attacked a tanker in the Gulf of Aden. Pirates are still holding ${count} for ransom.`, names);
  const part = held('at least 17 of the hijacked ships');
  assert.deepEqual(index({ part, total: held('about a dozen ships') }).all().map((c) => c.kind), ['contradiction']);
  assert.deepEqual(index({ part, total: held('at least 14 ships') }).all().map((c) => c.kind), ['discrepancy']);
  assert.deepEqual(index({ part, total: held('20 ships') }).all(), []);
  assert.deepEqual(index({ part, other: held('at least 15 of the hijacked ships') }).all(), []);
});

test("a facility's town: two towns differ, a region it is in agrees, another facility is not compared", () => {
  const names = (facility: string, place: string): Name[] => [{ text: 'Tara Reid', type: 'person' }, { text: facility, type: 'organization' }, { text: place, type: 'place' }];
  const rehab = (facility: string, place: string): DocumentAnalysis =>
    article(`Tara Reid checked into the ${facility} in ${place}. Tara Reid is an actress.`, names(facility, place));
  const malibu = rehab('Promises Treatment Center', 'Malibu, California');
  const located = (other: DocumentAnalysis): string[] => index({ malibu, other }).all().map((c) => `${c.attribute} ${c.kind}`);
  assert.deepEqual(located(rehab('Promises Treatment Center', 'Los Angeles, California')), ['location discrepancy']);
  assert.deepEqual(located(rehab('Promises Treatment Center', 'California')), []);
  assert.deepEqual(located(rehab('Betty Ford Treatment Center', 'Palm Springs')), []);
});

test('two illnesses a person died of differ as a discrepancy; a narrower one or natural causes agree', () => {
  const died = (cause: string): DocumentAnalysis => article(`Bettie Page died of ${cause}. Bettie Page was 85.`, [{ text: 'Bettie Page', type: 'person' }]);
  const kinds = (a: string, b: string): string[] => index({ a: died(a), b: died(b) }).all().map((c) => `${c.attribute} ${c.kind}`);
  assert.deepEqual(kinds('pneumonia', 'a heart attack'), ['medical cause of death discrepancy']);
  assert.deepEqual(kinds('heart failure', 'congestive heart failure'), []);
  assert.deepEqual(kinds('natural causes', 'pneumonia'), []);
});

const TOPIC_12 = path.join(__dirname, '..', '..', '..', 'samples', 'ecbplus', '12');

/** The conflicts of a folder indexed one article at a time in the given order, as ids with kind and quotes. */
function conflictsIndexedIn(files: string[]): string[] {
  const corpus = new Corpus();
  for (const f of files) corpus.set(f, fs.readFileSync(path.join(TOPIC_12, f), 'utf8'));
  return corpus.conflicts.all().map((c) => `${c.id} ${c.kind} ${c.a.docId}:'${c.a.claim.text}' ${c.b.docId}:'${c.b.claim.text}'`).sort();
}

test('the conflicts of a folder do not depend on the order its articles were indexed in (topic 12, three orders)', () => {
  const files = fs.readdirSync(TOPIC_12).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(files.length >= 30, `sample articles missing in ${TOPIC_12}`);
  const forward = conflictsIndexedIn(files);
  assert.ok(forward.length > 0);
  assert.deepEqual(conflictsIndexedIn([...files].reverse()), forward);
  const interleaved = [...files.filter((_, i) => i % 2 === 1), ...files.filter((_, i) => i % 2 === 0)];
  assert.deepEqual(conflictsIndexedIn(interleaved), forward);
});

test('a name spelled two ways across a story is a discrepancy; regional spellings and words at a sentence start are not', () => {
  const corpus = new Corpus();
  const fight = (name: string, centre: string): string =>
    `Wladimir ${name} retained his heavyweight titles on Saturday in Mannheim, Germany. The champion, fighting at the SAP Arena ${centre}, knocked out Tony Thompson in the sixth round. These fans cheered as ${name} defended the belts for the tenth time.`;
  corpus.set('a.txt', fight('Klitschko', 'Centre'));
  corpus.set('b.txt', fight('Klitschko', 'Center'));
  corpus.set('c.txt', fight('Kiltschko', 'Center'));
  assert.equal(new Set(['a.txt', 'b.txt', 'c.txt'].map((u) => corpus.storyOf(u)?.id)).size, 1, 'one story');
  const spellings = corpus.conflicts.all().filter((c) => c.attribute === 'name spelling');
  // Against b.txt, which writes "Center" as c.txt does: the likest article writing the other spelling.
  assert.deepEqual(spellings.map((c) => [c.kind, c.a.docId, c.a.claim.text, c.b.docId, c.b.claim.text]), [['discrepancy', 'b.txt', 'Klitschko', 'c.txt', 'Kiltschko']]);
  assert.equal(spellings[0].rule, 'names/close-spelling → compare/spelling');
});
