// Which files are articles: prose is, project files, logs, word lists, binaries and empty files are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyArticle, DEFAULT_ARTICLE_RULES, isExcluded } from '../../server/src/analysis/articleFiles';
import { parseArticleSidecar, serializeArticleSidecar } from '../../server/src/analysis/sidecar';

const PROSE = `WASHINGTON, May 2, 2024
Chinese Embassy officials have been meeting congressional staffers in recent weeks in an effort to influence legislation.
The discussions were not merely about TikTok but about whether Chinese companies can receive fair treatment, a spokesperson said.
`;
const rules = DEFAULT_ARTICLE_RULES;

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

  it('reads CRLF text like LF text', () => {
    assert.equal(classifyArticle('crlf.txt', PROSE.replace(/\n/g, '\r\n'), rules).isArticle, true);
  });
});

describe('articles sidecar', () => {
  it('round-trips decisions and dates', () => {
    const text = serializeArticleSidecar({ articles: { 'b.txt': false, 'a.txt': true }, dates: { 'a.txt': '2024-05-02' } });
    assert.deepEqual(parseArticleSidecar(text), { sidecar: { articles: { 'a.txt': true, 'b.txt': false }, dates: { 'a.txt': '2024-05-02' } }, errors: [] });
  });

  it('says what is wrong with a broken file and keeps the good entries', () => {
    assert.match(parseArticleSidecar('{ nope').errors[0], /not valid JSON/);
    const partial = parseArticleSidecar('{"articles": {"a.txt": "yes"}, "dates": {"b.txt": "2024-02-30", "c.txt": "2024-02-29"}}');
    assert.deepEqual(partial.sidecar.dates, { 'c.txt': '2024-02-29' });
    assert.deepEqual(partial.errors, ['articles["a.txt"] must be true or false', 'dates["b.txt"] must be a date written YYYY-MM-DD']);
  });
});
