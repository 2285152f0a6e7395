// The status bar item: the index's size while idle, a spinner while indexing, and why the current file is or is not an article.
// Its conflict count is the number of conflict entries in the Problems panel, so the two always agree.
import * as vscode from 'vscode';
import type { IndexStatusParams } from '../../server/src/protocol';

export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  private status: IndexStatusParams | undefined;
  private fileStatus = '';
  private conflictProblems = 0;
  private countTimer: NodeJS.Timeout | undefined;
  private readonly diagnosticsListener = vscode.languages.onDidChangeDiagnostics(() => {
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.countConflictProblems(), 300);
  });

  constructor() {
    this.item.name = 'Crosscheck';
    this.item.command = 'crosscheck.showOutput';
    this.item.text = '$(sync~spin) Crosscheck';
    this.item.show();
  }

  update(status: IndexStatusParams): void {
    this.status = status;
    this.render();
  }

  showFileStatus(isArticle: boolean, reason: string): void {
    this.fileStatus = `This file ${isArticle ? 'is' : 'is not'} an article: ${reason}`;
    this.render();
  }

  private countConflictProblems(): void {
    let count = 0;
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
      for (const d of diagnostics) if (d.source === 'crosscheck' && (d.relatedInformation?.length ?? 0) > 0) count++;
    }
    this.conflictProblems = count;
    this.render();
  }

  private render(): void {
    const s = this.status;
    if (!s) return;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const problems = this.conflictProblems;
    this.item.text = s.indexing ? '$(sync~spin) Crosscheck: indexing…' : `$(book) ${count(s.articles, 'article', 'articles')}${problems ? ` $(warning) ${problems}` : ''}`;
    this.item.tooltip = [
      `Crosscheck: ${count(s.articles, 'article', 'articles')}, ${count(s.entities, 'entity', 'entities')}, ${count(s.conflicts, 'conflict', 'conflicts')} between sources`,
      problems ? `${count(problems, 'claim', 'claims')} in the Problems panel disagree with another source` : '',
      this.fileStatus,
      'Click for the log',
    ].filter(Boolean).join('\n');
  }

  dispose(): void {
    clearTimeout(this.countTimer);
    this.diagnosticsListener.dispose();
    this.item.dispose();
  }
}
