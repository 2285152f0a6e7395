// The status bar item: the index's size while idle, a spinner while indexing, and why the current file is or is not an article.
import * as vscode from 'vscode';
import type { IndexStatusParams } from '../../server/src/protocol';

export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.status', vscode.StatusBarAlignment.Right, 100);
  private status: IndexStatusParams | undefined;
  private fileStatus = '';

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

  private render(): void {
    const s = this.status;
    if (!s) return;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    this.item.text = s.indexing ? '$(sync~spin) Crosscheck: indexing…' : `$(book) ${count(s.articles, 'article', 'articles')}${s.conflicts ? ` $(warning) ${s.conflicts}` : ''}`;
    this.item.tooltip = [
      `Crosscheck: ${count(s.articles, 'article', 'articles')}, ${count(s.entities, 'entity', 'entities')}, ${count(s.conflicts, 'conflict', 'conflicts')} between sources`,
      this.fileStatus,
      'Click for the log',
    ].filter(Boolean).join('\n');
  }

  dispose(): void {
    this.item.dispose();
  }
}
