// Entities mentioned in the same articles as a given one, most shared articles first.
import type { Article, Corpus } from '../corpus';
import type { EntityRecord } from '../identity/entityIndex';

/** Counts co-mentions over the given articles (the caller picks which: all, or the latest ones). */
export function coMentioned(corpus: Corpus, entity: EntityRecord, articles: readonly Article[], limit: number): Array<{ entity: EntityRecord; articles: number }> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const seen = new Set<string>();
    article.analysis.chains.forEach((_, chain) => {
      const id = corpus.entities.entityOf(article.uri, chain);
      if (id !== undefined && id !== entity.id) seen.add(id);
    });
    for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .flatMap(([id, articles]) => {
      const other = corpus.entities.get(id);
      return other ? [{ entity: other, articles }] : [];
    });
}
