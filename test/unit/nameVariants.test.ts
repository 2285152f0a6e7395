import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';
import { givenNameForms } from '../../server/src/analysis/conflicts/nameForms';

/** One story told by several articles that differ only in the names given: the story's name conflicts as [rule, side a, side b]. */
function nameConflicts(story: (names: Record<string, string>) => string, variants: Array<Record<string, string>>): string[][] {
  const corpus = new Corpus();
  variants.forEach((names, i) => corpus.set(`${String.fromCharCode(97 + i)}.txt`, story(names)));
  assert.equal(new Set(variants.map((_, i) => corpus.storyOf(`${String.fromCharCode(97 + i)}.txt`)?.id)).size, 1, 'one story');
  return corpus.conflicts.all().filter((c) => c.attribute === 'name spelling').map((c) => [c.rule.replace(' → compare/spelling', ''), c.a.claim.text, c.b.claim.text]);
}

const trial = ({ lawyer, judge, gang }: Record<string, string>): string =>
  `A jury in the Bronx convicted Orlando Lopez of murder on Tuesday in the killing of an 11-year-old girl. ` +
  `${lawyer}, one of the defence lawyers, said his client would appeal. Judge ${judge} set sentencing for next month. ` +
  `Prosecutors said Lopez had been aiming at members of the ${gang} when he fired from the rooftop in Hunts Point. ` +
  `The girl was walking home from school with her mother when the shots were fired, police said.`;

test('a given name in full and short, a suffix left out, words added inside a name: forms of one name across a story', () => {
  const found = nameConflicts(trial, [
    { lawyer: 'Theodore Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Young Guns Crew' },
    { lawyer: 'Theodore Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Young Guns Crew' },
    { lawyer: 'Theo Kessler', judge: 'Vincent Marlowe Jr.', gang: 'Bronx Guns Crew' },
  ]);
  assert.deepEqual(found.sort(), [
    ['names/given-name-form', 'Theodore', 'Theo'],
    ['names/organization-form', 'Bronx Young Guns Crew', 'Bronx Guns Crew'],
    ['names/suffix', 'Vincent Marlowe', 'Vincent Marlowe Jr.'],
  ]);
  // The other form first, then the common one written twice: a group is told from one written one way by any two forms.
  const firstOther = nameConflicts(trial, [
    { lawyer: 'Theo Kessler', judge: 'Vincent Marlowe Jr.', gang: 'Bronx Guns Crew' },
    { lawyer: 'Theodore Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Young Guns Crew' },
    { lawyer: 'Theodore Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Young Guns Crew' },
  ]);
  assert.deepEqual(firstOther.map((p) => p[0]).sort(), ['names/given-name-form', 'names/organization-form', 'names/suffix']);
});

test('two people of one surname, and two places a compass word tells apart, are not forms of one name', () => {
  const found = nameConflicts(trial, [
    { lawyer: 'Thomas Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Guns Crew' },
    { lawyer: 'Thomas Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Guns Crew' },
    { lawyer: 'Martha Kessler', judge: 'Vincent Marlowe', gang: 'Bronx North Guns Crew' },
  ]);
  assert.deepEqual(found, []);
});

test('given names: one the start of the other, or the same sounds; short names differing in a vowel are two people', () => {
  for (const [a, b] of [['Al', 'Alvin'], ['Jon', 'John'], ['Bobbie', 'Bobby'], ['Carlene', 'Karleen'], ['Giannis', 'Yiannis']]) assert.ok(givenNameForms(a, b), `${a} ${b}`);
  for (const [a, b] of [['Tom', 'Tim'], ['Mary', 'Mark'], ['Ike', 'Fred'], ['Wladimir', 'Vitali']]) assert.ok(!givenNameForms(a, b), `${a} ${b}`);
});

const fight = ({ champion, arena, people }: Record<string, string>): string =>
  `Wladimir ${champion} retained his heavyweight titles on Saturday in Mannheim, Germany. The champion, fighting at the ${arena}, ` +
  `knocked out Tony Thompson in the sixth round, cheered by ${people} fans. These fans cheered as ${champion} defended the belts for the tenth time.`;

test('letters in other case are a spelling; close words of different first letters, of names of two types, or without their accents, are not', () => {
  assert.deepEqual(nameConflicts(fight, [
    { champion: 'DeMarco', arena: 'SAP Arena', people: 'many' },
    { champion: 'DeMarco', arena: 'SAP Arena', people: 'many' },
    { champion: 'Demarco', arena: 'SAP Arena', people: 'many' },
  ]), [['names/letter-case', 'DeMarco', 'Demarco']]);
  assert.deepEqual(nameConflicts(fight, [
    { champion: 'Klitschko', arena: 'Mannheim University arena', people: 'German' },
    { champion: 'Klitschko', arena: 'Mannheim University arena', people: 'German' },
    { champion: 'Klitschko', arena: 'Mannheim Diversity arena', people: 'promoter Herman Weiss and his' },
  ]), []);
  // Accents left out are the same spelling.
  assert.deepEqual(nameConflicts(fight, [
    { champion: 'Lefèvre', arena: 'SAP Arena', people: 'many' },
    { champion: 'Lefèvre', arena: 'SAP Arena', people: 'many' },
    { champion: 'Lefevre', arena: 'SAP Arena', people: 'many' },
  ]), []);
});

test('a story\'s spellings are its own whatever story was compared just before, with as many name words', () => {
  const spelt = (champion: string, other: string): Array<Record<string, string>> => [
    { champion, arena: 'SAP Arena', people: 'many' },
    { champion, arena: 'SAP Arena', people: 'many' },
    { champion: other, arena: 'SAP Arena', people: 'many' },
  ];
  const silva = nameConflicts(fight, spelt('DeSilva', 'Desilva'));
  assert.deepEqual(silva, [['names/letter-case', 'DeSilva', 'Desilva']]);
  assert.deepEqual(nameConflicts(fight, spelt('DeMarco', 'Demarco')), [['names/letter-case', 'DeMarco', 'Demarco']]);
  assert.deepEqual(nameConflicts(fight, spelt('DeSilva', 'Desilva')), silva);
});

const bout = ({ first, second }: Record<string, string>): string =>
  `Heavyweight champion Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim on Saturday night. ` +
  `The referee waved the fight off after ${first} landed a series of unanswered punches. ` +
  `Rahman had lost his title to Klitschko's brother years earlier, and ${second} said afterwards he wanted a unification bout.`;

test('a spelling written once among a close one written more often is a slip, a variant of the other articles\' spelling', () => {
  const found = nameConflicts(bout, [
    { first: 'Klitschko', second: 'Klitschko' },
    { first: 'Klitschko', second: 'Klitschko' },
    { first: 'Kiltschko', second: 'Klitschko' },
  ]);
  assert.deepEqual(found.map((c) => c.slice(1)), [['Klitschko', 'Kiltschko']]);
  // An article writing both spellings equally often may name two things: no variant.
  assert.deepEqual(nameConflicts(bout, [
    { first: 'Klitschko', second: 'Klitschko' },
    { first: 'Klitschko', second: 'Klitschko' },
    { first: 'Kiltschko', second: 'Kiltschko' },
  ]).filter((c) => c[2] === 'Kiltschko' || c[1] === 'Kiltschko'), []);
});

const visit = ({ city }: Record<string, string>): string =>
  `President Xi Jinping visited a coal mine on Monday during a tour of Shandong province. ` +
  `Jinping told miners that safety came first, state media said, and later travelled to ${city} to meet local officials. ` +
  `Officials said Jinping would return to Beijing on Wednesday after the tour.`;

test('a short word written once beside a close, more frequent one is as often another name: no slip', () => {
  assert.deepEqual(nameConflicts(visit, [{ city: 'Zibo' }, { city: 'Zibo' }, { city: 'Jining' }]), []);
});

const signing = ({ lead, player }: Record<string, string>): string =>
  `${lead} for an hour on Monday before the Mariners said the outfielder had signed a four-year contract. ` +
  `${player}, 29, batted .301 last season for the Tigers and hit 31 home runs. ` +
  `General manager Paul Dwyer said the club had wanted the outfielder since November.`;

test('a long name spelled two ways is one name even where the tagger typed the two spellings differently', () => {
  // "gathered near Valderama" reads as a place, "Rodrigo Valderrama" as a person.
  assert.deepEqual(nameConflicts(signing, [
    { lead: 'Crowds gathered near Rodrigo Valderrama', player: 'Valderrama' },
    { lead: 'Crowds gathered near Rodrigo Valderrama', player: 'Valderrama' },
    { lead: 'Crowds gathered near Valderama', player: 'The outfielder' },
  ]), [['names/close-spelling', 'Valderrama', 'Valderama']]);
});

const hearing = ({ list, judge, opener, tail }: Record<string, string>): string =>
  `A man accused of setting fire to a warehouse in Port Wendell appeared in court on Thursday, prosecutors said. ` +
  `${list}\n` +
  `Judge Harold P. ${judge} ordered him held without bail until a hearing next week. ` +
  `${opener} said the fire had spread to two neighbouring shops before crews arrived. ${tail}`;

const quietHearing = (names: Record<string, string>): string => hearing({ list: 'The fire destroyed the building and two shops beside it.', opener: 'Prosecutors', tail: '', ...names });

test('a sentence naming many people, and a name after an initial, are read for spellings like any other', () => {
  // This line capitalises most of its long words, yet ends with a period: a sentence, not a headline.
  const list = (name: string): string => `Officers from Garrowby, Tenbury and Millfield arrested Desmond ${name}, 41, of Brookhaven, at Marlow Boulevard and Tenby Avenue.`;
  assert.deepEqual(nameConflicts(quietHearing, [
    { list: list('Castellano'), judge: 'Pennington' },
    { list: list('Castellano'), judge: 'Pennington' },
    { list: list('Castelano'), judge: 'Penington' },
  ]).sort(), [['names/close-spelling', 'Castellano', 'Castelano'], ['names/close-spelling', 'Pennington', 'Penington']]);
});

test('a word opening a sentence counts as a name where the tagger read one', () => {
  const found = nameConflicts(quietHearing, [
    { judge: 'Pennington', opener: 'Investigator Raymond Castellano', tail: 'Investigator Castellano said the inquiry would take weeks.' },
    { judge: 'Pennington', opener: 'Investigator Raymond Castellano', tail: 'Investigator Castellano said the inquiry would take weeks.' },
    { judge: 'Pennington', opener: 'Investigator Raymond Castellano', tail: 'Castelano said the inquiry would take weeks.' },
  ]);
  assert.deepEqual(found, [['names/close-spelling', 'Castellano', 'Castelano']]);
});

test('one use in lower case among many capitalised ones leaves a name a name', () => {
  const named = (tail: string): Record<string, string> => ({ judge: 'Pennington', opener: 'Investigator Raymond Castellano', tail: `Investigator Castellano said Castellano and Castellano's staff would stay on the case. ${tail}` });
  const story = [named('Castellano can be reached at castellano.office in Port Wendell.'), named(''), named('Deputy Castelano agreed.')];
  assert.deepEqual(nameConflicts(quietHearing, story), [['names/close-spelling', 'Castellano', 'Castelano']]);
  // Written in lower case as often as with its capital, the word is a common one.
  const common = (tail: string): Record<string, string> => ({ judge: 'Pennington', tail: `The castellano of the guild, the castellano said, was not named. ${tail}` });
  assert.deepEqual(nameConflicts(quietHearing, [common('The Castellano guild met.'), common(''), common('The Castelano guild met.')]), []);
});

test('a long name written once beside its other spelling is a slip where the story writes the other more, by one letter only', () => {
  const article = (tail: string): Record<string, string> => ({ judge: 'Pennington', opener: 'Investigator Raymond Castellano', tail });
  assert.deepEqual(nameConflicts(quietHearing, [article(''), article(''), article('Investigator Castelano said the inquiry would take weeks.')]), [['names/close-spelling', 'Castellano', 'Castelano']]);
  // Two letters apart, each written once in one article: two words ("Christian", "Christmas"), not a slip.
  const season = (tail: string): Record<string, string> => ({ judge: 'Pennington', tail: `The shops had been stocked for Christmas, and the Christmas lights were lost. ${tail}` });
  assert.deepEqual(nameConflicts(quietHearing, [season(''), season(''), { ...season(''), tail: 'The Christian charity next door lost its Christmas stock.' }]), []);
});

/** The story's name conflicts as "article:spelling" pairs, for which article a variant is reported against. */
function nameConflictArticles(story: (names: Record<string, string>) => string, variants: Array<Record<string, string>>): string[][] {
  const corpus = new Corpus();
  variants.forEach((names, i) => corpus.set(`${String.fromCharCode(97 + i)}.txt`, story(names)));
  return corpus.conflicts.all().filter((c) => c.attribute === 'name spelling').map((c) => [`${c.a.docId}:${c.a.claim.text}`, `${c.b.docId}:${c.b.claim.text}`]);
}

test('a spelling is reported against the likest article writing the other, not the first by name', () => {
  // c.txt and d.txt name the same officials (one report and its copy); a.txt and b.txt quote others.
  const others = { extra: 'Harbour master Milton Gray and Councillor Joan Whitby' };
  const same = { extra: 'Coast guard captain Felicity Ambrose and Sergeant Orrin Dunmore' };
  const found = nameConflictArticles(quietHearing, [
    { judge: 'Pennington', opener: 'Investigator Raymond Castellano', tail: `${others.extra} spoke to reporters.` },
    { judge: 'Pennington', opener: 'Investigator Raymond Castellano', tail: `${others.extra} spoke to reporters.` },
    { judge: 'Pennington', opener: 'Investigator Raymond Castellano', tail: `${same.extra} spoke to reporters.` },
    { judge: 'Pennington', opener: 'Investigator Raymond Castelano', tail: `${same.extra} spoke to reporters.` },
  ]);
  assert.deepEqual(found, [['c.txt:Castellano', 'd.txt:Castelano']]);
});

test('a short form that shares no letters at its start with the full given name is a form of it too ("Bill", "William")', () => {
  assert.deepEqual(nameConflicts(trial, [
    { lawyer: 'William Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Guns Crew' },
    { lawyer: 'William Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Guns Crew' },
    { lawyer: 'Bill Kessler', judge: 'Vincent Marlowe', gang: 'Bronx Guns Crew' },
  ]), [['names/given-name-form', 'William', 'Bill']]);
});

const deal = ({ opener }: Record<string, string>): string =>
  `The Angels agreed on Friday to a four-year contract with the outfielder, general manager Tony Reagins said. ` +
  `Reagins said the club had pursued him since the winter meetings in Las Vegas. ` +
  `${opener} didn't reveal the dollar amounts, but the deal was believed to be worth about $40 million.`;

test('a word opening a sentence that the tagger did not read as a name is a slip of a close name the story writes often', () => {
  // "Regains" opens its sentence and is an English word too; written once where the story writes "Reagins" six times.
  assert.deepEqual(nameConflicts(deal, [{ opener: 'He' }, { opener: 'He' }, { opener: 'Regains' }]), [['names/close-spelling', 'Reagins', 'Regains']]);
  // Beside a name the story writes once, it is as likely a word of its own: no pair.
  const once = ({ manager, opener }: Record<string, string>): string =>
    `The Angels agreed on Friday to a four-year contract with the outfielder, general manager ${manager} said. ` +
    `${opener} didn't reveal the dollar amounts, but the deal was believed to be worth about $40 million.`;
  assert.deepEqual(nameConflicts(once, [{ manager: 'Tony Reagins', opener: 'He' }, { manager: 'Paul Dwyer', opener: 'He' }, { manager: 'Paul Dwyer', opener: 'Regains' }]), []);
});

const patrol = ({ sea, player }: Record<string, string>): string =>
  `A navy frigate foiled a pirate attack on a merchant ship in the ${sea} on Saturday, the defence ministry said. ` +
  `Commandos boarded two skiffs and seized rifles, and the crew of the tanker was unharmed, the ministry said. ` +
  `${player} of the navy band played for the crew on their return to port, officials said.`;

test('names the same but for one short word a slip apart are one name; another word is another name', () => {
  assert.deepEqual(nameConflicts(patrol, [
    { sea: 'Gulf of Aden', player: 'Captain Andre Iguodala' },
    { sea: 'Gulf of Aden', player: 'Captain Andre Iguodala' },
    { sea: 'Gulf of Eden', player: 'Captain Anre Iguodala' },
  ]).sort(), [['names/close-word-in-name', 'Andre Iguodala', 'Anre Iguodala'], ['names/close-word-in-name', 'Gulf of Aden', 'Gulf of Eden']]);
  assert.deepEqual(nameConflicts(patrol, [
    { sea: 'Gulf of Aden', player: 'Captain Andre Iguodala' },
    { sea: 'Gulf of Aden', player: 'Captain Andre Iguodala' },
    { sea: 'Gulf of Oman', player: 'Captain Andre Iguodala' },
  ]), []);
});
