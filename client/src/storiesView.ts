// The Stories view: stories (title, date range, article count) → their articles (source, date) and their conflicts.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ConflictGroupsRequest, StoriesRequest, type StoryArticle, type StoryItem } from '../../server/src/protocol';
import type { ConflictsView, ConflictTreeNode } from './conflictsView';
import { storyTooltip } from './markdown';
import { openLocationCommand } from './treeItems';

/** Conflict rows are the Conflicts view's own, so they look and act the same (dismiss, compare) in both views. */
export type StoryTreeNode = { kind: 'storyItem'; story: StoryItem } | { kind: 'storyArticle'; story: StoryItem; article: StoryArticle } | (ConflictTreeNode & { kind: 'group' | 'conflict' | 'side' });

export class StoriesView implements vscode.TreeDataProvider<StoryTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StoryTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<StoryTreeNode>;

  constructor(private readonly client: LanguageClient, private readonly conflicts: ConflictsView) {
    this.view = vscode.window.createTreeView('crosscheck.stories', { treeDataProvider: this, showCollapseAll: true });
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: StoryTreeNode): Promise<StoryTreeNode[]> {
    if (!node) {
      const stories = await this.client.sendRequest(StoriesRequest, {});
      this.view.description = stories.length ? `${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}` : undefined;
      return stories.map((story) => ({ kind: 'storyItem', story }));
    }
    switch (node.kind) {
      case 'storyItem': {
        const articles: StoryTreeNode[] = node.story.articles.map((article) => ({ kind: 'storyArticle', story: node.story, article }));
        if (node.story.conflicts === 0) return articles;
        const groups = (await this.client.sendRequest(ConflictGroupsRequest, {})).filter((g) => g.story?.id === node.story.id);
        return [...articles, ...groups.map((group) => ({ kind: 'group' as const, group }))];
      }
      case 'storyArticle':
        return [];
      default:
        return (await this.conflicts.getChildren(node)) as StoryTreeNode[];
    }
  }

  getTreeItem(node: StoryTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'storyItem': {
        const { story } = node;
        const item = new vscode.TreeItem(story.title, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `story:${story.id}`;
        const dates = story.start ? (story.end && story.end !== story.start ? `${story.start} – ${story.end}` : story.start) : 'undated';
        const articles = `${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`;
        const description = [dates, articles, story.conflicts > 0 && `${story.conflicts} conflict${story.conflicts === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
        item.description = description;
        item.tooltip = new vscode.MarkdownString(storyTooltip(story, description));
        item.iconPath = new vscode.ThemeIcon(story.conflicts > 0 ? 'layers-dot' : 'layers');
        item.contextValue = 'story';
        return item;
      }
      case 'storyArticle': {
        const { article } = node;
        const item = new vscode.TreeItem(article.label, vscode.TreeItemCollapsibleState.None);
        item.id = `story:${node.story.id}/${article.uri}`;
        item.description = [article.source, article.date ?? 'no date'].filter(Boolean).join(' · ');
        item.tooltip = article.date ? `${article.label}, ${article.date}${article.source ? `, ${article.source}` : ''}` : `${article.label}: no date (${article.dateReason ?? 'not stated'})`;
        item.resourceUri = vscode.Uri.parse(article.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'storyArticle';
        item.command = openLocationCommand({ uri: article.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }, 'Open article');
        return item;
      }
      default: {
        const item = this.conflicts.getTreeItem(node);
        if (node.kind === 'group') item.label = `Conflicts: ${node.group.subject}`;
        return item;
      }
    }
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
