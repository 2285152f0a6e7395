// Go to definition, find all references, document highlights and next/previous mention: all follow one entity.
import type { DocumentHighlight, Location, Position } from 'vscode-languageserver-types';
import { compareArticles, type Article, type Corpus, type EntityMention } from '../corpus';
import type { EntityRecord } from '../identity/entityIndex';
import { type Cancellation, locationOf, offsetOf, rangeOf } from './shared';

/** The entity under the cursor, with the article and offset it was found at. */
export function entityAt(corpus: Corpus, uri: string, position: Position): { article: Article; entity: EntityRecord; index: number } | undefined {
  const article = corpus.get(uri);
  if (!article) return undefined;
  const found = corpus.mentionAt(article, offsetOf(article, position));
  if (!found) return undefined;
  const entity = corpus.entityOfMention(article, found.mention);
  return entity && { article, entity, index: found.index };
}

/** The entity's first full-name mention: the earliest article (by its date) whose chain uses the full name. */
export function definition(corpus: Corpus, uri: string, position: Position, token: Cancellation): Location | null {
  const at = entityAt(corpus, uri, position);
  if (!at || token.isCancellationRequested) return null;
  const candidates: EntityMention[] = [];
  for (const [docUri, chains] of at.entity.documents) {
    const article = corpus.get(docUri);
    if (!article) continue;
    for (const chain of chains) {
      const index = article.analysis.chains[chain]?.definition;
      if (index !== undefined) candidates.push({ article, mention: article.analysis.mentions[index], index });
    }
  }
  const fullName = at.entity.name.toLowerCase();
  candidates.sort((a, b) =>
    Number(b.mention.text.toLowerCase() === fullName) - Number(a.mention.text.toLowerCase() === fullName) ||
    compareArticles(a.article, b.article) || a.mention.start - b.mention.start);
  const best = candidates[0];
  return best ? locationOf(best.article, best.mention) : null;
}

export function references(corpus: Corpus, uri: string, position: Position, includeDeclaration: boolean, token: Cancellation): Location[] | null {
  const at = entityAt(corpus, uri, position);
  if (!at || token.isCancellationRequested) return null;
  const def = includeDeclaration ? undefined : definition(corpus, uri, position, token);
  return corpus
    .mentionsOf(at.entity)
    .map((m) => locationOf(m.article, m.mention))
    .filter((loc) => !def || loc.uri !== def.uri || loc.range.start.line !== def.range.start.line || loc.range.start.character !== def.range.start.character);
}

export function documentHighlights(corpus: Corpus, uri: string, position: Position, token: Cancellation): DocumentHighlight[] | null {
  const at = entityAt(corpus, uri, position);
  if (!at || token.isCancellationRequested) return null;
  const chains = at.entity.documents.get(uri) ?? [];
  const { analysis } = at.article;
  return chains
    .flatMap((chain) => analysis.chains[chain].mentions)
    .sort((a, b) => a - b)
    .map((index) => ({ range: rangeOf(at.article, analysis.mentions[index]), kind: 1 /* Text */ }));
}

/** The next (or previous) mention of the entity under the cursor, in corpus reading order, wrapping around. */
export function neighbourMention(corpus: Corpus, uri: string, position: Position, direction: 'next' | 'previous'): Location | null {
  const at = entityAt(corpus, uri, position);
  if (!at) return null;
  const all = corpus.mentionsOf(at.entity);
  const here = all.findIndex((m) => m.article === at.article && m.index === at.index);
  if (here === -1 || all.length < 2) return null;
  const step = direction === 'next' ? 1 : all.length - 1;
  const target = all[(here + step) % all.length];
  return locationOf(target.article, target.mention);
}
