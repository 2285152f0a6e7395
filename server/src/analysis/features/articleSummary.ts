// The header line of an article ("12 people · 7 organisations · 9 dates · 3 related articles") and its related articles.
import type { CodeLens, Command } from 'vscode-languageserver-types';
import { compareArticles, type Article, type Corpus } from '../corpus';
import type { EntityType } from '../types';
import type { Cancellation } from './shared';
import { countLabel, PLURAL_OF_TYPE } from './symbols';

/** Two articles are related when they share this many people, organisations, events or laws. */
const SHARED_FOR_RELATED = 2;
const DISTINCTIVE: ReadonlySet<EntityType> = new Set(['person', 'organization', 'event', 'law']);

export interface RelatedArticle {
  uri: string;
  shared: string[];
}

export function relatedArticles(corpus: Corpus, uri: string): RelatedArticle[] {
  const article = corpus.get(uri);
  if (!article) return [];
  const shared = new Map<string, string[]>();
  const seen = new Set<string>();
  article.analysis.chains.forEach((chain, index) => {
    const id = corpus.entities.entityOf(uri, index);
    if (id === undefined || seen.has(id) || !DISTINCTIVE.has(chain.type)) return;
    seen.add(id);
    const entity = corpus.entity(id);
    if (!entity) return;
    for (const other of entity.documents.keys()) if (other !== uri) shared.set(other, [...(shared.get(other) ?? []), entity.name]);
  });
  return [...shared]
    .filter(([, names]) => names.length >= SHARED_FOR_RELATED)
    .map(([other, names]) => ({ uri: other, shared: names }))
    .sort((a, b) => b.shared.length - a.shared.length || compareByDate(corpus, a.uri, b.uri));
}

function compareByDate(corpus: Corpus, a: string, b: string): number {
  const x = corpus.get(a);
  const y = corpus.get(b);
  return x && y ? compareArticles(x, y) : 0;
}

export function summaryLenses(corpus: Corpus, article: Article, token: Cancellation): CodeLens[] {
  if (token.isCancellationRequested) return [];
  const { analysis } = article;
  const counts = new Map<EntityType, number>();
  for (const chain of analysis.chains) counts.set(chain.type, (counts.get(chain.type) ?? 0) + 1);
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([type, n]) => countLabel(n, PLURAL_OF_TYPE[type]));
  const dates = analysis.dates.filter((d) => d.kind === 'date').length;
  parts.push(countLabel(dates, ['date', 'dates']));
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lenses: CodeLens[] = [{ range: top, command: { title: parts.join(' · '), command: 'crosscheck.showOutline', arguments: [] } }];
  const related = relatedArticles(corpus, article.uri);
  if (related.length > 0) {
    lenses.push({ range: top, command: { title: countLabel(related.length, ['related article', 'related articles']), command: 'crosscheck.showRelatedArticles', arguments: [article.uri, related] } });
  }
  const conflicts = corpus.conflictsFor(article.uri).length;
  if (conflicts > 0) {
    lenses.push({ range: top, command: { title: countLabel(conflicts, ['conflict with other sources', 'conflicts with other sources']), command: 'workbench.actions.view.problems', arguments: [] } });
  }
  const date = analysis.referenceDate;
  lenses.push({
    range: top,
    command: date
      ? { title: `dated ${date.value} (${date.source})`, command: 'crosscheck.setArticleDate', arguments: [article.uri], tooltip: date.derivation }
      : undatedLens(corpus, article),
  });
  return lenses;
}


/** An undated article's lens: its story's event day when it reports that event, else why it has no date. */
function undatedLens(corpus: Corpus, article: Article): Command {
  const fromStory = corpus.storyDateOf(article.uri);
  const title = fromStory ? `no date of its own · its story: ${fromStory.value}` : 'no date: set one…';
  return { title, command: 'crosscheck.setArticleDate', arguments: [article.uri], tooltip: fromStory?.reason ?? article.analysis.undatedReason };
}
