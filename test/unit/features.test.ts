// The editor features on small string fixtures: the cursor marker `$$` says where the user stands.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Corpus } from '../../server/src/analysis/corpus';
import { summaryLenses } from '../../server/src/analysis/features/articleSummary';
import { conflictActions } from '../../server/src/analysis/features/codeActions';
import { conflictGroups, conflictsOfGroup } from '../../server/src/analysis/features/conflictTree';
import { diagnostics } from '../../server/src/analysis/features/diagnostics';
import { indexReport } from '../../server/src/analysis/features/indexReport';
import { timeline } from '../../server/src/analysis/features/timeline';
import { entitiesOfType, entityArticles, entityMentions, entityTypes } from '../../server/src/analysis/features/entityTree';
import { hover } from '../../server/src/analysis/features/hover';
import { inlayHints } from '../../server/src/analysis/features/inlayHints';
import { definition, documentHighlights, neighbourMention, references } from '../../server/src/analysis/features/navigation';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../server/src/analysis/features/semanticTokens';
import { documentSymbols, workspaceSymbols } from '../../server/src/analysis/features/symbols';
import { BEIJING, CALL } from '../util/featureArticles';
import { fixture, NOT_CANCELLED, textAt } from '../util/fixture';
import { decodeSemanticTokens } from '../util/positions';


/** One check for location results: the files and texts they point at, in order. */
function check(actual: Array<{ uri: string; range: unknown }> | null, expected: Array<[string, string]>, corpus = fx.corpus): void {
  assert.ok(actual, 'expected locations, got null');
  assert.deepEqual(actual.map((l) => [l.uri.replace('file:///fixture/', ''), textAt(corpus, l as never)]), expected);
}

const fx = fixture({ 'beijing.txt': BEIJING, 'call.txt': CALL });

describe('navigation', () => {
  it('goes to the first full-name mention in the earliest article', () => {
    check([definition(fx.corpus, fx.uri, fx.position, NOT_CANCELLED)!], [['beijing.txt', 'Xi Jinping']]);
  });

  it('finds every mention of the entity across articles, earliest article first', () => {
    check(references(fx.corpus, fx.uri, fx.position, true, NOT_CANCELLED), [
      ['beijing.txt', 'Xi Jinping'],
      ['beijing.txt', 'Xi'],
      ['call.txt', 'Xi'],
      ['call.txt', 'Xi'],
    ]);
  });

  it('leaves the definition out of references when asked to', () => {
    const refs = references(fx.corpus, fx.uri, fx.position, false, NOT_CANCELLED)!;
    assert.equal(refs.length, 3);
    assert.ok(refs.every((r) => textAt(fx.corpus, r) === 'Xi'));
  });

  it('highlights the other mentions in the same article only', () => {
    const highlights = documentHighlights(fx.corpus, fx.uri, fx.position, NOT_CANCELLED)!;
    assert.deepEqual(highlights.map((h) => h.range.start.line), [1, 2]);
  });

  it('steps to the next and previous mention across files, wrapping around', () => {
    check([neighbourMention(fx.corpus, fx.uri, fx.position, 'next')!], [['beijing.txt', 'Xi Jinping']]);
    check([neighbourMention(fx.corpus, fx.uri, fx.position, 'previous')!], [['call.txt', 'Xi']]);
  });

  it('answers nothing away from a name', () => {
    const away = { line: 2, character: 25 };
    assert.equal(definition(fx.corpus, fx.uri, away, NOT_CANCELLED), null);
    assert.equal(references(fx.corpus, fx.uri, away, true, NOT_CANCELLED), null);
  });

  it('stops when the request is cancelled', () => {
    assert.equal(definition(fx.corpus, fx.uri, fx.position, { isCancellationRequested: true }), null);
  });
});

describe('hover', () => {
  it('shows the entity card with type, forms and the articles that mention it', () => {
    const card = hover(fx.corpus, fx.uri, fx.position, NOT_CANCELLED);
    assert.ok(card && typeof card.contents === 'object' && 'value' in card.contents);
    const text = card.contents.value;
    assert.match(text, /\*\*Xi Jinping\*\* · person/);
    assert.match(text, /Mentioned in 2 articles/);
    assert.match(text, /beijing\\\.txt\]\(command:crosscheck\.openLocation\?[^)]*file%3A%2F%2F%2Ffixture%2Fbeijing\.txt%22%2C%22range%22%3A%7B%22start%22%3A%7B%22line%22%3A1%2C/);
    assert.match(text, /President/);
    assert.match(text, /\*Often with:\* .*(Antony Blinken|Joe Biden) \(1\)/);
  });

  it('shows what a relative date resolves to', () => {
    const article = fx.corpus.get('file:///fixture/call.txt')!;
    const offset = article.analysis.text.indexOf('Tuesday') + 2;
    const card = hover(fx.corpus, article.uri, article.document.positionAt(offset), NOT_CANCELLED);
    assert.ok(card && typeof card.contents === 'object' && 'value' in card.contents);
    assert.match(card.contents.value, /May 7, 2024/);
  });

  it('lists the other articles of a day, and follows edits and removals', () => {
    const corpus = new Corpus();
    const day = (uri: string, text: string) => corpus.set(`file:///fixture/${uri}`, text);
    const first = day('a.txt', 'Fire in Lyon\n\nA fire broke out in Lyon on March 3, 2021, officials said.\n');
    day('b.txt', 'Lyon fire\n\nFirefighters fought a blaze in Lyon on March 3, 2021, the mayor said.\n');
    day('c.txt', 'Flood in Nice\n\nA flood hit Nice on April 9, 2021, officials said.\n');
    const dateCard = () => {
      const card = hover(corpus, first.uri, first.document.positionAt(first.analysis.text.indexOf('March') + 1), NOT_CANCELLED);
      assert.ok(card && typeof card.contents === 'object' && 'value' in card.contents);
      return card.contents.value;
    };
    assert.match(dateCard(), /Also on this day:\* 1 article\b/);
    assert.match(dateCard(), /b\\\.txt/);
    assert.doesNotMatch(dateCard(), /c\\\.txt/);
    day('c.txt', 'Flood in Nice\n\nA flood hit Nice on March 3, 2021, officials said.\n');
    assert.match(dateCard(), /Also on this day:\* 2 articles/);
    corpus.remove('file:///fixture/b.txt');
    corpus.remove('file:///fixture/c.txt');
    assert.doesNotMatch(dateCard(), /Also on this day/);
  });

  it('shows an entity card as the corpus is after an edit', () => {
    const corpus = new Corpus();
    const article = corpus.set('file:///fixture/a.txt', 'Talks\n\nAntony Blinken met officials in Paris on Monday. Blinken said talks went well.\n');
    const card = () => {
      const at = corpus.get(article.uri)!;
      const found = hover(corpus, at.uri, at.document.positionAt(at.analysis.text.indexOf('Antony') + 1), NOT_CANCELLED);
      assert.ok(found && typeof found.contents === 'object' && 'value' in found.contents);
      return found.contents.value;
    };
    assert.match(card(), /Mentioned in 1 article\b/);
    corpus.set('file:///fixture/b.txt', 'Visit\n\nAntony Blinken arrived in Rome on Tuesday.\n');
    assert.match(card(), /Mentioned in 2 articles/);
  });
});

describe('symbols', () => {
  it('groups the article entities by type in the outline', () => {
    const symbols = documentSymbols(fx.corpus, 'file:///fixture/beijing.txt', NOT_CANCELLED)!;
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people, `no People group in ${symbols.map((s) => s.name)}`);
    assert.deepEqual(people.children!.map((c) => c.name).sort(), ['Antony Blinken', 'Xi Jinping']);
  });

  it('finds an entity by any of its forms in the workspace', () => {
    const found = workspaceSymbols(fx.corpus, 'blinken', NOT_CANCELLED);
    assert.deepEqual(found.map((s) => s.name), ['Antony Blinken']);
    assert.ok(workspaceSymbols(fx.corpus, 'xj', NOT_CANCELLED).some((s) => s.name === 'Xi Jinping'));
  });
});

describe('semantic tokens', () => {
  it('colours names, dates and numbers with legend indexes, one token per span', () => {
    const article = fx.corpus.get('file:///fixture/beijing.txt')!;
    const { data } = semanticTokens(article, NOT_CANCELLED);
    const decoded = decodeSemanticTokens(data).map(({ line, character, length, type }): [string, string] => {
      const start = article.document.offsetAt({ line, character });
      return [article.analysis.text.slice(start, start + length), SEMANTIC_TOKENS_LEGEND.tokenTypes[type]];
    });
    assert.ok(decoded.some(([t, type]) => t === 'Xi Jinping' && type === 'person'), JSON.stringify(decoded));
    assert.ok(decoded.some(([t, type]) => /Friday/.test(t) && type === 'date'), JSON.stringify(decoded));
  });
});

describe('inlay hints and code lens', () => {
  it('shows the resolved date after a relative expression', () => {
    const article = fx.corpus.get('file:///fixture/call.txt')!;
    const hints = inlayHints(article, { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, NOT_CANCELLED);
    assert.ok(hints.some((h) => String(h.label).includes('May 7, 2024')), JSON.stringify(hints));
  });

  it('summarises the article in a header line', () => {
    const article = fx.corpus.get('file:///fixture/beijing.txt')!;
    const titles = summaryLenses(fx.corpus, article, NOT_CANCELLED).map((l) => l.command!.title);
    assert.ok(titles.some((t) => /2 people/.test(t)), titles.join(' | '));
    assert.ok(titles.some((t) => /dated 2024-05-03/.test(t)), titles.join(' | '));
  });
});

describe('CRLF line ends', () => {
  it('puts ranges on the right characters', () => {
    const crlf = fixture({ 'a.txt': BEIJING.replace(/\n/g, '\r\n'), 'b.txt': CALL.replace(/\n/g, '\r\n') });
    check(references(crlf.corpus, crlf.uri, crlf.position, true, NOT_CANCELLED), [
      ['a.txt', 'Xi Jinping'],
      ['a.txt', 'Xi'],
      ['b.txt', 'Xi'],
      ['b.txt', 'Xi'],
    ], crlf.corpus);
  });
});

describe('conflict diagnostics', () => {
  const quake = fixture({
    'first.txt': 'Jakarta, January 5, 2013\nA magnitude 5.9 earthquake struck Bengkulu province in Indonesia on Saturday, killing six people and injuring 40, officials said.\n',
    'second.txt': 'January 6, 2013\nThe earthquake that struck Indonesia on Saturday killed 11 people and injured dozens, officials said.$$\n',
  });

  it('puts a diagnostic on each side with the other source attached', () => {
    const here = diagnostics(quake.corpus, 'file:///fixture/second.txt');
    const there = diagnostics(quake.corpus, 'file:///fixture/first.txt');
    const conflict = here.find((d) => d.source === 'crosscheck' && d.relatedInformation?.length);
    assert.ok(conflict, JSON.stringify(here));
    assert.match(String(conflict.message), /first\.txt/);
    assert.equal(conflict.relatedInformation![0].location.uri, 'file:///fixture/first.txt');
    assert.ok(there.some((d) => d.relatedInformation?.[0]?.location.uri === 'file:///fixture/second.txt'));
  });

  it('can be turned off per kind', () => {
    const off = diagnostics(quake.corpus, 'file:///fixture/second.txt', { contradiction: 'off', discrepancy: 'off', update: 'off' });
    assert.ok(off.every((d) => !d.relatedInformation));
  });
});

describe('conflict diagnostics with many sources', () => {
  const report = (dateline: string, toll: string) => `${dateline}\nThe earthquake that struck Bengkulu province on Saturday killed ${toll} people, officials said.\n`;
  const many = fixture({
    'here.txt': report('Bengkulu, January 5, 2013', '11') + '$$',
    'a.txt': report('Jakarta, January 5, 2013', 'six'),
    'b.txt': report('Palembang, January 5, 2013', 'six'),
    'c.txt': report('Curup, January 5, 2013', 'six'),
    'd.txt': report('Singapore, January 5, 2013', 'seven'),
  });
  const conflict = () => diagnostics(many.corpus, many.uri).find((d) => d.relatedInformation?.length);

  it('is one diagnostic for the claim, summarising what the other sources say, most sources first', () => {
    const found = diagnostics(many.corpus, many.uri).filter((d) => d.relatedInformation?.length);
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
    assert.match(String(found[0].message), /this article says “11 people”; 3 sources say “six people” \(a\.txt, b\.txt, c\.txt\), 1 says “seven people” \(d\.txt\)\. Why: /);
    // The reader is told what kind of claim was read, by which rule, and how the values were compared.
    assert.match(String(found[0].message), /Why: count of people, read by quantity\/[a-z-]+, compared as figures, with their “at least”, “about” and rounding\.$/);
    assert.deepEqual(found[0].relatedInformation!.map((r) => r.location.uri.replace('file:///fixture/', '')).sort(), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });

  it('spells out three values and counts the rest, and attaches ten sources, one of each value first', () => {
    const tolls = ['six', 'six', 'seven', 'eight', 'nine', 'twelve', '13', '14', '15', '16', '17', '18'];
    const PLACES = ['Jakarta', 'Palembang', 'Curup', 'Singapore', 'Pekanbaru', 'Bandung', 'Surabaya', 'Makassar', 'Manado', 'Denpasar', 'Lhokseumawe', 'Meulaboh'];
    const crowd = fixture({
      'here.txt': report('Bengkulu, January 5, 2013', '11') + '$$',
      ...Object.fromEntries(tolls.map((toll, i) => [`s${i}.txt`, report(`${PLACES[i]}, January 5, 2013`, toll)])),
    });
    const found = diagnostics(crowd.corpus, crowd.uri).find((d) => d.relatedInformation?.length);
    assert.ok(found, 'a conflict diagnostic');
    assert.match(String(found.message), /; 2 sources say “six people” \(s0\.txt, s1\.txt\), 1 says “[^”]+” \(s\d+\.txt\), 1 says “[^”]+” \(s\d+\.txt\), and 8 more sources with 8 other values\. Why: /);
    const related = found.relatedInformation!;
    assert.equal(related.length, 10);
    assert.deepEqual(new Set(related.map((r) => r.message.replace(/^s\d+\.txt: |\s*\(and.*$/g, ''))).size, 10, 'ten different values: one source of each before a second of any');
    assert.match(related[9].message, /\(and 2 more: Compare with… lists every source\)$/);
    assert.equal(conflictActions(crowd.corpus, crowd.uri, [found])[0].title, 'Compare with… (12 sources)');
  });

  it('offers one "Compare with…" and one "Dismiss…" that pick among the sources, not one entry per source', () => {
    const actions = conflictActions(many.corpus, many.uri, [conflict()!]);
    assert.deepEqual(actions.map((a) => a.title), ['Compare with… (4 sources)', 'Dismiss one of these 4 conflicts…', 'Show all claims about death toll']);
    const [claim] = actions[0].command!.arguments as [{ uri: string; conflicts: string[] }];
    assert.equal(claim.uri, many.uri);
    assert.equal(claim.conflicts.length, 4);
  });
});

describe('the side bar trees', () => {
  it('lists entity types with counts, then entities by article count, their articles and mentions', () => {
    const types = entityTypes(fx.corpus, {});
    const people = types.find((t) => t.type === 'person');
    assert.equal(people?.label, 'People');
    const { entities, total } = entitiesOfType(fx.corpus, {}, 'person', 1);
    assert.equal(entities.length, 1);
    assert.ok(total >= 3, `only ${total} people`);
    assert.equal(entities[0].name, 'Xi Jinping');
    assert.equal(entities[0].articles, 2);
    assert.deepEqual(entityArticles(fx.corpus, entities[0].id).map((a) => [a.label, a.mentions]), [['beijing.txt', 2], ['call.txt', 2]]);
    const mentions = entityMentions(fx.corpus, entities[0].id, 'file:///fixture/call.txt');
    assert.deepEqual(mentions.map((m) => m.excerpt.slice(m.highlight![0], m.highlight![1])), ['Xi', 'Xi']);
  });

  it('filters entities by name, by article and by taking part in a conflict', () => {
    assert.deepEqual(entitiesOfType(fx.corpus, { text: 'blink' }, 'person', 10).entities.map((e) => e.name), ['Antony Blinken']);
    const inCall = entitiesOfType(fx.corpus, { uri: 'file:///fixture/call.txt' }, 'person', 10).entities.map((e) => e.name);
    assert.ok(inCall.includes('Joe Biden') && !inCall.includes('Antony Blinken'), inCall.join(', '));
    assert.deepEqual(entityTypes(fx.corpus, { inConflicts: true }), []);
  });

  it('groups conflicts by story and subject and lists each with both sources, dismissed ones kept and marked', () => {
    const quake = fixture({
      'first.txt': 'Jakarta, January 5, 2013\nA magnitude 5.9 earthquake struck Bengkulu province in Indonesia on Saturday, killing six people and injuring 40, officials said.\n',
      'second.txt': 'January 6, 2013\nThe earthquake that struck Indonesia on Saturday killed 11 people and injured dozens, officials said.$$\n',
    });
    const [group] = conflictGroups(quake.corpus);
    const story = quake.corpus.storyOf('file:///fixture/first.txt')!;
    assert.deepEqual(group, { story: { id: story.id, title: story.title }, subject: group.subject, count: 1, dismissed: 0 });
    const [listed] = conflictsOfGroup(quake.corpus, story.id, group.subject);
    assert.deepEqual(listed.sides.map((s) => [s.source, s.quote]), [['first.txt', 'six people'], ['second.txt', '11 people']]);
    assert.equal(listed.dismissed, false);
    assert.ok(entitiesOfType(quake.corpus, { inConflicts: true }, 'place', 10).entities.some((e) => e.name === 'Indonesia'), 'Indonesia is named by the conflicting claims');
    quake.corpus.conflicts.setDismissed({ version: 1, dismissed: [{ id: listed.id, reason: 'test', at: '', attribute: '', quotes: [{ doc: '', quote: '' }, { doc: '', quote: '' }] }] });
    assert.equal(conflictGroups(quake.corpus)[0].dismissed, 1);
    assert.equal(conflictsOfGroup(quake.corpus, story.id, group.subject)[0].dismissed, true);
    assert.ok(entityTypes(quake.corpus, { inConflicts: true }).length === 0, 'a dismissed conflict does not count');
  });
});

describe('the indexing log', () => {
  it('says how many articles, how long, and names each skipped file with its reason', () => {
    const classified = new Map([
      ['file:///w/a.txt', { isArticle: true, reason: 'reads as prose' }],
      ['file:///w/requirements.txt', { isArticle: false, reason: 'does not read as prose' }],
      ['file:///w/big.txt', { isArticle: false, reason: 'larger than 2 MB' }],
    ]);
    assert.equal(indexReport(classified, 1, 42, (uri) => uri.slice('file:///w/'.length)), [
      'Indexed 1 article in 42 ms; skipped 2 files:',
      '  big.txt: larger than 2 MB',
      '  requirements.txt: does not read as prose',
    ].join('\n'));
  });

  it('counts skipped files by reason beyond the first thirty', () => {
    const classified = new Map(Array.from({ length: 40 }, (_, i) => [`file:///w/${String(i).padStart(2, '0')}.txt`, { isArticle: false, reason: i % 2 ? 'binary' : 'empty' }]));
    const lines = indexReport(classified, 0, 5, (uri) => uri).split('\n');
    assert.equal(lines.length, 1 + 30 + 2);
    assert.deepEqual(lines.slice(-2), ['  and 5 more: binary', '  and 5 more: empty']);
  });
});

describe('the story timeline', () => {
  it('gives each article of the story a lane, its dates as events, and the conflict between the lanes', () => {
    const quake = fixture({
      'first.txt': 'Jakarta, January 5, 2013\nA magnitude 5.9 earthquake struck Bengkulu province on Saturday, killing six people and injuring 40, officials said.\n',
      'second.txt': 'January 6, 2013\nThe earthquake that struck Bengkulu on Saturday killed 11 people and injured dozens, officials said.$$\n',
    });
    const data = timeline(quake.corpus, { uri: quake.uri })!;
    assert.deepEqual(data.lanes.map((l) => l.label), ['first.txt', 'second.txt']);
    assert.ok(data.events.some((e) => e.text === 'Saturday' && e.day === '2013-01-05'), JSON.stringify(data.events.map((e) => [e.text, e.day])));
    assert.equal(data.conflicts.length, 1);
    assert.deepEqual([data.conflicts[0].a, data.conflicts[0].b], [{ lane: 0, day: '2013-01-05' }, { lane: 1, day: '2013-01-05' }]);
    assert.equal(timeline(quake.corpus, { uri: 'file:///fixture/none.txt' }), null);
  });
});
