// The Conflicts view's levels: groups by story and subject (largest first), then the conflicts of a group, dismissed or not.
import type { Corpus } from '../corpus';
import type { ClaimRef, Conflict } from '../conflicts/conflictIndex';
import type { ConflictGroupNode, ConflictNode, ConflictSideNode } from '../../protocol';
import { BY_TEXT, fileName, locationOf } from './shared';

/** The story an article belongs to; null groups its conflicts by subject alone. */
export type StoryOf = (uri: string) => { id: string; title: string } | null;

/** The corpus's own story assignment, as the view names stories; each article's looked up once per request (one per conflict cost most of the first one). */
export function corpusStories(corpus: Corpus): StoryOf {
  const known = new Map<string, { id: string; title: string } | null>();
  return (uri) => {
    let named = known.get(uri);
    if (named === undefined) {
      const story = corpus.storyOf(uri);
      known.set(uri, (named = story ? { id: story.id, title: story.title } : null));
    }
    return named;
  };
}

interface Listed {
  conflict: Conflict;
  dismissed: boolean;
  story: { id: string; title: string } | null;
}

function listed(corpus: Corpus, storyOf: StoryOf): Listed[] {
  const result: Listed[] = [];
  for (const [conflicts, dismissed] of [[corpus.conflicts.all(), false], [corpus.conflicts.dismissed(), true]] as const) {
    for (const conflict of conflicts) result.push({ conflict, dismissed, story: storyOf(conflict.a.docId) });
  }
  return result;
}

const groupKey = (story: string | null, subject: string) => `${story ?? ''}\u0000${subject}`;

export function conflictGroups(corpus: Corpus, storyOf: StoryOf = corpusStories(corpus)): ConflictGroupNode[] {
  const groups = new Map<string, ConflictGroupNode>();
  for (const { conflict, dismissed, story } of listed(corpus, storyOf)) {
    const key = groupKey(story?.id ?? null, conflict.subject);
    const group = groups.get(key) ?? { story, subject: conflict.subject, count: 0, dismissed: 0 };
    group.count++;
    if (dismissed) group.dismissed++;
    groups.set(key, group);
  }
  // Groups with the most live conflicts first; a fully dismissed group sinks to the bottom.
  return [...groups.values()].sort((a, b) => b.count - b.dismissed - (a.count - a.dismissed) || BY_TEXT.compare(a.subject, b.subject));
}

export function conflictsOfGroup(corpus: Corpus, story: string | null, subject: string, storyOf: StoryOf = corpusStories(corpus)): ConflictNode[] {
  const wanted = groupKey(story, subject);
  const result: ConflictNode[] = [];
  for (const { conflict, dismissed, story: s } of listed(corpus, storyOf)) {
    if (groupKey(s?.id ?? null, conflict.subject) !== wanted) continue;
    const a = side(corpus, conflict.a);
    const b = side(corpus, conflict.b);
    if (!a || !b) continue;
    result.push({ id: conflict.id, kind: conflict.kind, attribute: conflict.attribute, subject: conflict.subject, message: conflict.message, dismissed, sides: [a, b] });
  }
  const rank = (n: ConflictNode) => (n.dismissed ? 1 : 0);
  return result.sort((x, y) => rank(x) - rank(y) || BY_TEXT.compare(x.attribute, y.attribute) || BY_TEXT.compare(x.id, y.id));
}

function side(corpus: Corpus, ref: ClaimRef): ConflictSideNode | undefined {
  const article = corpus.get(ref.docId);
  if (!article) return undefined;
  return { ...locationOf(article, ref.claim), source: fileName(ref.docId), quote: ref.claim.text, date: article.analysis.referenceDate?.value ?? null };
}
