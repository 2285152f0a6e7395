// What the client's commands ask about the cursor: the entity there and its merge candidates, the conflicts there.
import type { Position } from 'vscode-languageserver-types';
import type { Corpus } from '../corpus';
import type { EntityRecord } from '../identity/entityIndex';
import type { ConflictChoice, EntityChoice } from '../../protocol';
import { entityAt } from './navigation';
import { fileName, locationOf, offsetOf } from './shared';

function choice(entity: EntityRecord): EntityChoice {
  const forms = entity.aliases.filter((a) => a !== entity.name).slice(0, 3);
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    detail: `${entity.type} · ${entity.documents.size} article${entity.documents.size === 1 ? '' : 's'}${forms.length ? ' · ' + forms.join(', ') : ''}`,
  };
}

/** The entity under the cursor and every other entity of the same type, most mentioned first. */
export function entityCandidates(corpus: Corpus, uri: string, position: Position): { entity: EntityChoice; candidates: EntityChoice[] } | null {
  const at = entityAt(corpus, uri, position);
  if (!at) return null;
  const candidates = [...corpus.entities.all()]
    .filter((e) => e.id !== at.entity.id && e.type === at.entity.type)
    .sort((a, b) => b.mentionCount - a.mentionCount)
    .map(choice);
  return { entity: choice(at.entity), candidates };
}

/** Conflicts whose span in this article contains the position, or all of the article's when no position is given. */
export function conflictsAt(corpus: Corpus, uri: string, position?: Position): ConflictChoice[] {
  const article = corpus.get(uri);
  if (!article) return [];
  const offset = position ? offsetOf(article, position) : undefined;
  const result: ConflictChoice[] = [];
  for (const conflict of corpus.conflictsFor(uri)) {
    const [here, other] = conflict.a.docId === uri ? [conflict.a, conflict.b] : [conflict.b, conflict.a];
    if (offset !== undefined && (offset < here.claim.start || offset > here.claim.end)) continue;
    const otherArticle = corpus.get(other.docId);
    if (!otherArticle) continue;
    result.push({
      id: conflict.id,
      kind: conflict.kind,
      attribute: conflict.attribute,
      message: conflict.message,
      here: locationOf(article, here.claim),
      other: { ...locationOf(otherArticle, other.claim), label: `${fileName(other.docId)}: “${other.claim.text}”` },
    });
  }
  return result;
}
