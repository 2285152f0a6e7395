// Entities mentioned in the same articles as a given one, most shared articles first.
import type { Article, Corpus } from '../corpus';
import type { EntityRecord } from '../identity/entityIndex';

/** How many of the most shared names are resolved to entities; resolving every chain would cost too much in a big corpus. */
const RESOLVED_CANDIDATES = 4;

/**
 * Counts co-mentions over the given articles (the caller picks which: all, or the latest ones). Chains are counted by
 * their written name and type, and only the most shared names are then resolved to entities and merged.
 */
export function coMentioned(corpus: Corpus, entity: EntityRecord, articles: readonly Article[], limit: number): Array<{ entity: EntityRecord; articles: number }> {
  const byName = new Map<string, { articles: Set<string>; uri: string; chain: number }>();
  for (const article of articles) {
    const own = new Set(entity.documents.get(article.uri) ?? []);
    article.analysis.chains.forEach((chain, index) => {
      if (own.has(index)) return;
      const key = `${chain.type}:${chain.name.toLowerCase()}`;
      const entry = byName.get(key) ?? { articles: new Set<string>(), uri: article.uri, chain: index };
      entry.articles.add(article.uri);
      byName.set(key, entry);
    });
  }
  const counts = new Map<string, Set<string>>();
  const ranked = [...byName.values()].sort((a, b) => b.articles.size - a.articles.size);
  for (const candidate of ranked.slice(0, limit * RESOLVED_CANDIDATES)) {
    const id = corpus.entities.entityOf(candidate.uri, candidate.chain);
    if (id === undefined || id === entity.id) continue;
    counts.set(id, new Set([...(counts.get(id) ?? []), ...candidate.articles]));
  }
  return [...counts]
    .map(([id, uris]) => [id, uris.size] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .flatMap(([id, shared]) => {
      const other = corpus.entities.get(id);
      return other ? [{ entity: other, articles: shared }] : [];
    });
}
