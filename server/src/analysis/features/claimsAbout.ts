// The claims whose sentence is about an entity, in the given articles, in article order.
import { compareArticles, type Article } from '../corpus';
import type { EntityRecord } from '../identity/entityIndex';
import type { Claim } from '../types';

export function claimsAbout(entity: EntityRecord, articles: readonly Article[]): Array<{ article: Article; claim: Claim }> {
  const result: Array<{ article: Article; claim: Claim }> = [];
  for (const article of articles) {
    const chains = entity.documents.get(article.uri) ?? [];
    for (const claim of article.analysis.claims) {
      if (claim.subjectChains.some((c) => chains.includes(c))) result.push({ article, claim });
    }
  }
  return result.sort((a, b) => compareArticles(a.article, b.article) || a.claim.start - b.claim.start);
}
