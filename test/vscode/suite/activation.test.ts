import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activated, EXTENSION_ID, languageOf, openInEditor, waitFor } from './helpers';

suite('activation and article detection', () => {
  suiteSetup(async () => {
    await activated();
  });

  test('the extension is active once the workspace is indexed', () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  test('a seed article gets the article language and requirements.txt stays plaintext', async () => {
    const requirements = (await openInEditor('requirements.txt')).document.uri;
    const seed = (await openInEditor('001_')).document.uri;
    await waitFor(() => (languageOf(seed) === 'article' ? true : undefined), 'the seed article to get language "article"');
    // Both were opened before the seed was switched, so the client has decided about requirements.txt too.
    assert.equal(languageOf(requirements), 'plaintext');
  });
});
