// A fresh, writable workspace folder for the VS Code tests: the sample articles plus
// the non-article files in test/vscode/workspace/ (e.g. a requirements.txt).
import { chmodSync, cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './vscode-server.mjs';

export function createFixtureWorkspace() {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-ws-'));
  for (const source of [join(repoRoot, 'samples', 'seeds'), join(repoRoot, 'test', 'vscode', 'workspace')]) {
    for (const name of readdirSync(source)) {
      cpSync(join(source, name), join(folder, name));
      chmodSync(join(folder, name), 0o644); // samples are read-only in the repo; tests may edit copies
    }
  }
  return folder;
}
