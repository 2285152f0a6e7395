// The claims whose sentence is about an entity, across the corpus, in article order.
import { compareArticles, type Article, type Corpus } from '../corpus';
import type { EntityRecord } from '../identity/entityIndex';
import type { Claim } from '../types';

export function claimsAbout(corpus: Corpus, entity: EntityRecord): Array<{ article: Article; claim: Claim }> {
  const result: Array<{ article: Article; claim: Claim }> = [];
  for (const [uri, chains] of entity.documents) {
    const article = corpus.get(uri);
    if (!article) continue;
    for (const claim of article.analysis.claims) {
      if (claim.subjectChains.some((c) => chains.includes(c))) result.push({ article, claim });
    }
  }
  return result.sort((a, b) => compareArticles(a.article, b.article) || a.claim.start - b.claim.start);
}
