// Sidecar parsing: where broken JSON breaks (never quoting it), and article keys that leave the workspace folder.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonObject } from '../../server/src/analysis/jsonObject';
import { parseArticleSidecar } from '../../server/src/analysis/sidecar';

describe('sidecar parsing', () => {
  it('says where JSON breaks, by line and column, without quoting the text', () => {
    assert.deepEqual(parseJsonObject('root:x:0:0:root:/root:/bin/bash\n'), { syntaxError: 'unexpected character at line 1, column 1' });
    assert.deepEqual(parseJsonObject('{\n  "entities": [\n    { "name": "X" "type": "person" }\n  ]\n}'), { syntaxError: 'unexpected character at line 3, column 19' });
    assert.deepEqual(parseJsonObject('{ "same": [["person:a", '), { syntaxError: 'unexpected end of the file at line 1, column 25' });
    assert.deepEqual(parseJsonObject('{"a": 1,}'), { syntaxError: 'unexpected character at line 1, column 9' });
    assert.deepEqual(parseJsonObject('['.repeat(50_000)), { syntaxError: 'unexpected end of the file at line 1, column 50001' });
    assert.deepEqual(parseJsonObject('{"a": [1, {"b": "\\u00e9"}], "c": -1.5e3}'), { object: { a: [1, { b: 'é' }], c: -1500 } });
  });

  it('refuses article keys outside the folder or reaching a prototype', () => {
    const { sidecar, errors } = parseArticleSidecar(`{
      "articles": { "__proto__": true, "../outside/secret.txt": true, "/etc/passwd": true, "a/./b.txt": true, "news/ok.txt": false },
      "dates": { "C:\\\\x.txt": "2024-01-01", "news/ok.txt": "2024-01-02" }
    }`);
    assert.equal(errors.length, 5, errors.join('\n'));
    assert.deepEqual({ ...sidecar.articles }, { 'news/ok.txt': false });
    assert.deepEqual({ ...sidecar.dates }, { 'news/ok.txt': '2024-01-02' });
    assert.equal(Object.getPrototypeOf(sidecar.articles), Object.prototype, 'a "__proto__" key replaced the prototype');
  });
});
