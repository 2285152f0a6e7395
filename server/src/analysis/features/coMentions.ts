// Entities mentioned in the same articles as a given one, most shared articles first.
import type { Article, Corpus } from '../corpus';
import type { EntityRecord } from '../identity/entityIndex';
import type { DocumentAnalysis } from '../types';

/** How many of the most shared names are resolved to entities; resolving every chain would cost too much in a big corpus. */
const RESOLVED_CANDIDATES = 4;

/**
 * Counts co-mentions over the given articles (the caller picks which: all, or the latest ones). Chains are counted by
 * their written name and type, and only the most shared names are then resolved to entities and merged.
 */
/** Each analysis's chains as `type:written name` keys, made once: a hover counts those of a hundred articles. */
const chainKeys = new WeakMap<DocumentAnalysis, string[]>();

function keysOf(analysis: DocumentAnalysis): string[] {
  let keys = chainKeys.get(analysis);
  if (!keys) chainKeys.set(analysis, (keys = analysis.chains.map((chain) => `${chain.type}:${chain.name.toLowerCase()}`)));
  return keys;
}

export function coMentioned(corpus: Corpus, entity: EntityRecord, articles: readonly Article[], limit: number): Array<{ id: string; name: string; articles: number }> {
  const byName = new Map<string, { articles: Set<string>; uri: string; chain: number }>();
  for (const article of articles) {
    const own = entity.documents.get(article.uri) ?? [];
    keysOf(article.analysis).forEach((key, index) => {
      if (own.includes(index)) return;
      const entry = byName.get(key);
      if (entry) entry.articles.add(article.uri);
      else byName.set(key, { articles: new Set([article.uri]), uri: article.uri, chain: index });
    });
  }
  const counts = new Map<string, Set<string>>();
  for (const candidate of mostShared([...byName.values()], limit * RESOLVED_CANDIDATES)) {
    const id = corpus.entities.entityOf(candidate.uri, candidate.chain);
    if (id === undefined || id === entity.id) continue;
    counts.set(id, new Set([...(counts.get(id) ?? []), ...candidate.articles]));
  }
  return [...counts]
    .map(([id, uris]) => [id, uris.size] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .flatMap(([id, shared]) => {
      // Only the name is shown: a record would gather the other entity's every article, after each edit of one of them.
      const name = corpus.entityName(id);
      return name === undefined ? [] : [{ id, name, articles: shared }];
    });
}

/** The `n` names in most articles, first met first among equals, without sorting the thousands a hundred articles hold. */
function mostShared<T extends { articles: Set<string> }>(names: readonly T[], n: number): T[] {
  const top: T[] = [];
  for (const name of names) {
    if (top.length === n && (n === 0 || top[n - 1].articles.size >= name.articles.size)) continue;
    if (top.length === n) top.pop();
    let at = top.length;
    while (at > 0 && top[at - 1].articles.size < name.articles.size) at--;
    top.splice(at, 0, name);
  }
  return top;
}
