// The Entities view's levels: entity types with counts, the entities of a type, an entity's articles, its mentions in one.
import type { Corpus } from '../corpus';
import { capitalise } from '../capitalise';
import type { EntityRecord } from '../identity/entityIndex';
import type { EntityType } from '../types';
import type { EntityArticleNode, EntityFilter, EntityMentionNode, EntityNode, EntityTypeNode, MentionLocation } from '../../protocol';
import { BY_TEXT, fileName, lineExcerpt, locationOf } from './shared';
import { PLURAL_OF_TYPE } from './symbols';

/** The entities (of one type, if given) that pass the filter; the conflict and article tests read only the documents involved. */
function filtered(corpus: Corpus, filter: EntityFilter, type?: EntityType): EntityRecord[] {
  const text = filter.text?.trim().toLowerCase();
  const inConflicts = filter.inConflicts ? entitiesInConflicts(corpus) : undefined;
  // EntityIndex.all() is typed as records but can yield undefined for an id whose record it cannot build.
  let candidates: Iterable<EntityRecord | undefined>;
  if (filter.uri !== undefined) {
    const article = corpus.get(filter.uri);
    if (!article) return [];
    const ids = new Set(article.analysis.chains.map((_, chain) => corpus.entities.entityOf(article.uri, chain)));
    candidates = [...ids].map((id) => (id === undefined ? undefined : corpus.entity(id)));
  } else {
    candidates = corpus.entities.all(type);
  }
  const result: EntityRecord[] = [];
  for (const entity of candidates) {
    if (!entity || (type !== undefined && entity.type !== type)) continue;
    if (inConflicts && !inConflicts.has(entity.id)) continue;
    if (text && ![entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes(text))) continue;
    result.push(entity);
  }
  return result;
}

/** Entities that a conflicting claim's sentence names, in either article of the conflict. */
function entitiesInConflicts(corpus: Corpus): Set<string> {
  const ids = new Set<string>();
  for (const conflict of corpus.conflicts.all()) {
    for (const side of [conflict.a, conflict.b]) {
      for (const chain of side.claim.subjectChains) {
        const id = corpus.entities.entityOf(side.docId, chain);
        if (id !== undefined) ids.add(id);
      }
    }
  }
  return ids;
}


function isUnfiltered(filter: EntityFilter): boolean {
  return !filter.text?.trim() && filter.uri === undefined && !filter.inConflicts;
}

export function entityTypes(corpus: Corpus, filter: EntityFilter): EntityTypeNode[] {
  const counts = new Map<EntityType, number>();
  // Unfiltered, the index keeps the counts by type, so the view's first answer builds no entity record.
  if (isUnfiltered(filter)) {
    for (const [type, n] of Object.entries(corpus.catalog.countsByType()) as Array<[EntityType, number]>) if (n > 0) counts.set(type, n);
  } else {
    for (const entity of filtered(corpus, filter)) counts.set(entity.type, (counts.get(entity.type) ?? 0) + 1);
  }
  return (Object.keys(PLURAL_OF_TYPE) as EntityType[])
    .filter((type) => counts.has(type))
    .map((type) => {
      const plural = PLURAL_OF_TYPE[type][1];
      return { type, label: capitalise(plural), count: counts.get(type)! };
    });
}

export function entitiesOfType(corpus: Corpus, filter: EntityFilter, type: string, limit: number): { entities: EntityNode[]; total: number } {
  // Unfiltered, the records that can be on the page: the largest of the type and those tied with the last (names decide).
  const { records: candidates, total } = isUnfiltered(filter) ? corpus.catalog.largestOfType(type as EntityType, limit) : { records: filtered(corpus, filter, type as EntityType), total: undefined };
  const all = candidates.sort((a, b) => b.documents.size - a.documents.size || b.mentionCount - a.mentionCount || BY_TEXT.compare(a.name, b.name));
  const entities: EntityNode[] = [];
  for (const entity of all.slice(0, Math.max(0, limit))) {
    const first = firstMention(corpus, entity);
    if (first) entities.push({ id: entity.id, name: entity.name, type: entity.type, articles: entity.documents.size, mentions: entity.mentionCount, aliases: entity.aliases.filter((a) => a !== entity.name), first });
  }
  return { entities, total: total ?? all.length };
}

export function entityArticles(corpus: Corpus, id: string): EntityArticleNode[] {
  const entity = corpus.entity(id);
  if (!entity) return [];
  return corpus.articlesOf(entity).map(({ article, count, first }) => ({
    uri: article.uri,
    label: fileName(article.uri),
    date: article.analysis.referenceDate?.value ?? null,
    mentions: count,
    first: locationOf(article, first),
  }));
}

export function entityMentions(corpus: Corpus, id: string, uri: string): EntityMentionNode[] {
  const entity = corpus.entity(id);
  const article = corpus.get(uri);
  const chains = entity?.documents.get(uri);
  if (!article || !chains) return [];
  const indexes = chains.flatMap((chain) => article.analysis.chains[chain]?.mentions ?? []).sort((a, b) => a - b);
  return indexes.map((i) => {
    const mention = article.analysis.mentions[i];
    const excerpt = lineExcerpt(article, mention, 70);
    const at = excerpt.indexOf(mention.text);
    return { ...locationOf(article, mention), excerpt, highlight: at < 0 ? null : [at, at + mention.text.length] };
  });
}

/** The entity's first mention in its earliest article, where the view opens it. */
function firstMention(corpus: Corpus, entity: EntityRecord): MentionLocation | undefined {
  const earliest = corpus.earliestArticleOf(entity);
  return earliest && locationOf(earliest.article, earliest.first);
}
