import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { activated, markdownOf, openInEditor, positionOf, waitFor } from './helpers';

// Seed 002 is dated "Thursday, May 2, 2024"; its "on Wednesday" is May 1 and "Last month" is April 2024.
suite('resolved dates in the editor', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await activated();
    document = (await openInEditor('002_')).document;
  });

  test('hover on "Wednesday" shows the date it means and how it was derived', async () => {
    const markdown = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'on Wednesday', 0, 4));
      const text = markdownOf(hovers);
      return text.includes('2024') ? text : undefined;
    }, 'a date hover on "Wednesday"');
    assert.match(markdown, /Wednesday, May 1, 2024/);
    assert.match(markdown, /May 2, 2024/);
  });

  test('inlay hints show resolved dates after relative expressions', async () => {
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await waitFor(async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
      return found.length > 0 ? found : undefined;
    }, 'inlay hints in seed 002');
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((part) => part.value).join('')));
    assert.ok(labels.some((l) => l.includes('May 1, 2024')), labels.join(' | '));
    assert.ok(labels.some((l) => l.includes('April 2024')), labels.join(' | '));
  });
});
