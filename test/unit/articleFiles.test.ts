// Which files are articles: prose is, project files, logs, word lists, binaries and empty files are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyArticle, countSentences, DEFAULT_ARTICLE_RULES, isExcluded } from '../../server/src/analysis/articleFiles';
import { parseArticleSidecar } from '../../server/src/analysis/sidecar';

const PROSE = `WASHINGTON, May 2, 2024
Chinese Embassy officials have been meeting congressional staffers in recent weeks in an effort to influence legislation.
The discussions were not merely about TikTok but about whether Chinese companies can receive fair treatment, a spokesperson said.
`;
const rules = DEFAULT_ARTICLE_RULES;

const RESULTS_PAGE = `SOCCER - NORTHERN LEAGUE RESULTS .
MANCHESTER 1997-03-15
Results of Northern League matches played on Saturday :
Rovers 2 Athletic 1
Harbour Town 0 United 0
Castle Wanderers 3 Rangers 2
Valley City 1 Forest Albion 4
Standings after the matches ( played , won , drawn , lost , goals for , against , points ) :
Rovers 20 14 4 2 40 15 46
Forest Albion 20 12 5 3 35 18 41
Castle Wanderers 20 10 6 4 31 22 36
`;

const SCORES_WITHOUT_DATELINE = `CRICKET - SECOND TEST SCORES
Scores at the close of the second day of the second test between the two touring sides on Friday:
Northland 277-9 declared
Southland 143-4
Northland first innings: Alan Brown 71, Carl Davis 56, Ed Fowler 22
Southland first innings: Gus Harris 40 not out, Ian Jones 31
`;

describe('article classification', () => {
  it('takes prose as an article', () => {
    assert.deepEqual(classifyArticle('news/post.txt', PROSE, rules), { isArticle: true, reason: 'reads as prose' });
  });

  it('refuses project files by name, whatever their text', () => {
    assert.equal(classifyArticle('requirements.txt', PROSE, rules).isArticle, false);
    assert.equal(classifyArticle('sub/LICENSE.txt', PROSE, rules).isArticle, false);
    assert.equal(classifyArticle('COPYING-CC.TXT', PROSE, rules).isArticle, false);
  });

  it('refuses logs, word lists, empty and binary text with a reason', () => {
    const log = Array.from({ length: 20 }, (_, i) => `2024-05-02 10:00:${String(i).padStart(2, '0')} INFO request served in ${i} ms`).join('\n');
    assert.match(classifyArticle('server.txt', log, rules).reason, /log/);
    const words = ['apple', 'banana', 'cherry', 'damson', 'elderberry', 'fig', 'grape'].join('\n').repeat(8);
    assert.match(classifyArticle('words.txt', words, rules).reason, /list/);
    assert.match(classifyArticle('empty.txt', '  \n', rules).reason, /empty/);
    assert.match(classifyArticle('blob.txt', 'abc\u0000def', rules).reason, /binary/);
  });

  it('obeys the exclude globs and the per-file overrides', () => {
    assert.equal(classifyArticle('node_modules/pkg/story.txt', PROSE, rules).isArticle, false);
    assert.equal(isExcluded('a/node_modules/', rules), true);
    const overridden = { ...rules, overrides: { 'notes.txt': true, 'news/post.txt': false } };
    assert.equal(classifyArticle('notes.txt', 'short', overridden).isArticle, true);
    assert.deepEqual(classifyArticle('news/post.txt', PROSE, overridden), { isArticle: false, reason: 'marked as not an article' });
    assert.equal(classifyArticle('post.md', PROSE, { ...rules, include: ['**/*.txt'] }).isArticle, false);
  });

  it('takes a results table, a list of scores or a dateline as a news page', () => {
    assert.deepEqual(classifyArticle('sport/league.txt', RESULTS_PAGE, rules), { isArticle: true, reason: 'a news page with a dateline' });
    assert.deepEqual(classifyArticle('sport/cricket.txt', SCORES_WITHOUT_DATELINE, rules), { isArticle: true, reason: 'a news page with a table of results' });
  });

  it('refuses code and package lists by their text', () => {
    const code = Array.from({ length: 12 }, (_, i) => `const value${i} = compute(input, ${i});\nif (value${i} > limit) {\n  return value${i};\n}`).join('\n');
    assert.match(classifyArticle('snippet.txt', code, rules).reason, /code/);
    const pins = ['numpy==1.26.4', 'requests>=2.31', 'pandas==2.2.1', 'scipy<1.13', 'torch==2.2.0 # gpu'].join('\n').repeat(7);
    assert.match(classifyArticle('deps.txt', pins.replace(/(\d)(numpy)/g, '$1\n$2'), rules).reason, /code or a package list/);
  });

  it('counts sentences in linear time, also in one long line without punctuation', () => {
    assert.equal(countSentences('A sentence that is long enough to count here. Short one. Another sentence that is long enough!'), 2);
    assert.equal(countSentences('Prices rose 3.5 per cent in the month of May this year.'), 1);
    // 80 KB of words without a full stop: the old backtracking pattern took seconds; a linear scan finds none at once.
    assert.equal(countSentences('word '.repeat(16_000)), 0);
    assert.equal(classifyArticle('words.txt', 'word '.repeat(16_000), rules).isArticle, false);
  });

  it('reads CRLF text like LF text', () => {
    assert.equal(classifyArticle('crlf.txt', PROSE.replace(/\n/g, '\r\n'), rules).isArticle, true);
  });
});

describe('articles sidecar', () => {
  it('reads decisions and dates', () => {
    const text = JSON.stringify({ articles: { 'b.txt': false, 'a.txt': true }, dates: { 'a.txt': '2024-05-02' } }, null, 2);
    assert.deepEqual(parseArticleSidecar(text), { sidecar: { articles: { 'a.txt': true, 'b.txt': false }, dates: { 'a.txt': '2024-05-02' } }, errors: [] });
  });

  it('says what is wrong with a broken file and keeps the good entries', () => {
    assert.match(parseArticleSidecar('{ nope').errors[0], /not valid JSON/);
    const partial = parseArticleSidecar('{"articles": {"a.txt": "yes"}, "dates": {"b.txt": "2024-02-30", "c.txt": "2024-02-29"}}');
    assert.deepEqual(partial.sidecar.dates, { 'c.txt': '2024-02-29' });
    assert.deepEqual(partial.errors, ['articles["a.txt"] must be true or false', 'dates["b.txt"] must be a date written YYYY-MM-DD']);
  });
});
