import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

interface SemanticTokenTypeContribution {
  id: string;
  superType?: string;
}

suite('package.json contributions as VS Code reads them', () => {
  // The workbench follows superType links without a cycle check: a type that is its own ancestor
  // (e.g. contributing "number" with superType "number") makes token styling throw and stalls the editor.
  test('no semantic token type is its own superType ancestor', () => {
    const contributed: SemanticTokenTypeContribution[] =
      vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes?.semanticTokenTypes ?? [];
    const superTypeOf = new Map(contributed.map((type) => [type.id, type.superType]));
    for (const { id } of contributed) {
      const chain = [id];
      for (let type = superTypeOf.get(id); type !== undefined; type = superTypeOf.get(type)) {
        assert.ok(!chain.includes(type), `superType cycle: ${[...chain, type].join(' → ')}`);
        chain.push(type);
      }
    }
  });

  test('every walkthrough step has its markdown and the extension declares how it behaves in restricted and virtual workspaces', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const { contributes, capabilities } = extension.packageJSON;
    const steps: Array<{ id: string; media: { markdown: string } }> = contributes.walkthroughs[0].steps;
    assert.ok(steps.length >= 5);
    for (const step of steps) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, step.media.markdown)));
      assert.match(text, /^## /, `${step.id}: ${step.media.markdown} has no heading`);
    }
    assert.equal(capabilities.untrustedWorkspaces.supported, 'limited');
    assert.equal(capabilities.virtualWorkspaces.supported, false);
  });
});
