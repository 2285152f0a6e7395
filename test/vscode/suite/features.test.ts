import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { decodeSemanticTokens } from '../../util/positions';
import { activated, asLocations, markdownOf, nonEmpty, openInEditor, positionOf, textAt, waitFor } from './helpers';

// Seed 000 names "Xi Jinping" in full, then "Xi" alone; seeds 001 and 003 mention him too.
suite('language features on the seed articles', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    await activated();
    document = (await openInEditor('000_')).document;
  });

  test('hover on "Xi Jinping" shows a person card that lists several articles', async () => {
    const markdown = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Xi Jinping'));
      const text = markdownOf(hovers);
      return text.includes('Xi Jinping') ? text : undefined;
    }, 'a hover naming Xi Jinping');
    assert.match(markdown, /person/i);
    const articles = /Mentioned in (\d+) articles/.exec(markdown);
    assert.ok(articles, `no "Mentioned in N articles" in:\n${markdown}`);
    assert.ok(Number(articles[1]) >= 2, `only ${articles[1]} article(s) in:\n${markdown}`);
  });

  test('go to definition on "Xi" jumps to a full-name mention', async () => {
    const shortForm = positionOf(document, 'Biden and Xi', 0, 'Biden and X'.length);
    const targets = await waitFor(async () => nonEmpty(asLocations(
      await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', document.uri, shortForm))), 'a definition of "Xi"');
    assert.equal(targets.length, 1);
    assert.match(await textAt(targets[0]), /Xi Jinping/);
  });

  test('find all references lists mentions in several articles', async () => {
    const references = await waitFor(async () => nonEmpty(await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', document.uri, positionOf(document, 'Xi Jinping'))), 'references to Xi Jinping');
    const files = new Set(references.map((location) => location.uri.toString()));
    assert.ok(files.size >= 2, `references in only ${files.size} file(s)`);
    for (const location of references) assert.match(await textAt(location), /Xi|Jinping/);
  });

  test('document symbols list the article\'s entities', async () => {
    const symbols = await waitFor(async () => nonEmpty(await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider', document.uri)), 'document symbols');
    const names = flatten(symbols).map((symbol) => symbol.name);
    for (const entity of ['Xi Jinping', 'TikTok', 'ByteDance']) {
      assert.ok(names.some((name) => name.includes(entity)), `${entity} missing from the outline: ${names.join(', ')}`);
    }
  });

  test('workspace symbols find ByteDance', async () => {
    const symbols = await waitFor(async () => nonEmpty(await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
      'vscode.executeWorkspaceSymbolProvider', 'ByteDance')), 'workspace symbols for "ByteDance"');
    assert.ok(symbols.some((symbol) => symbol.name.includes('ByteDance')), symbols.map((s) => s.name).join(', '));
  });

  test('semantic tokens cover "Xi Jinping"', async () => {
    const tokens = await waitFor(async () => {
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
      return result && result.data.length > 0 ? result : undefined;
    }, 'semantic tokens');
    assert.equal(tokens.data.length % 5, 0);
    const xi = positionOf(document, 'Xi Jinping', 0, 0);
    assert.ok(decodeSemanticTokens(tokens.data).some((token) => token.line === xi.line && token.character <= xi.character && xi.character < token.character + token.length),
      'no semantic token at the first "Xi Jinping"');
  });

  test('crosscheck.nextMention moves the cursor to another mention of the same person', async () => {
    await movesToAnotherMention(document, 'crosscheck.nextMention');
  });

  test('crosscheck.previousMention from the first mention wraps around to another mention', async () => {
    await movesToAnotherMention(document, 'crosscheck.previousMention');
  });
});

/** Puts the cursor on the first "Xi Jinping", runs the command, and expects it on another Xi mention. */
async function movesToAnotherMention(document: vscode.TextDocument, command: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  const start = positionOf(document, 'Xi Jinping');
  editor.selection = new vscode.Selection(start, start);
  await vscode.commands.executeCommand(command);
  const moved = await waitFor(() => {
    const active = vscode.window.activeTextEditor;
    if (!active) return undefined;
    const here = active.selection.active;
    const stayed = active.document.uri.toString() === document.uri.toString() && here.line === start.line && Math.abs(here.character - start.character) < 'Xi Jinping'.length;
    return stayed ? undefined : active;
  }, `the cursor to leave the first "Xi Jinping" after ${command}`);
  const word = moved.document.getText(moved.document.getWordRangeAtPosition(moved.selection.active));
  assert.match(word, /^(Xi|Jinping)$/);
}

function flatten(symbols: readonly (vscode.DocumentSymbol | vscode.SymbolInformation)[]): (vscode.DocumentSymbol | vscode.SymbolInformation)[] {
  return symbols.flatMap((symbol) => ('children' in symbol ? [symbol, ...flatten(symbol.children)] : [symbol]));
}

