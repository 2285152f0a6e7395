// The timeline of one story or one entity: each article a lane, its resolved dates as events, conflicts drawn between the lanes.
import { type Article, type Corpus, compareArticles } from '../corpus';
import type { ClaimRef, Conflict } from '../conflicts/conflictIndex';
import type { DateMention, Span } from '../types';
import type { TimelineConflict, TimelineData, TimelineEvent } from '../../protocol';
import { sentenceSpans, tokenize } from '../tokenize';
import { fileName, lineExcerpt, locationOf } from './shared';

/** A story of hundreds of articles is drawn by its first lanes; the picture stays readable and cheap to send. */
const MAX_LANES = 40;
const MAX_EVENTS_PER_LANE = 80;

/** "2024-05-01" → itself, "2024-05" → "2024-05-01", "2024" → "2024-01-01"; anything vaguer ("201x") is left out. */
function dayOf(value: string | null | undefined): string | undefined {
  const m = value ? /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(value) : null;
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : undefined;
}

export function timeline(corpus: Corpus, scope: { uri?: string; story?: string; entity?: string }): TimelineData | null {
  if (scope.entity !== undefined) return entityTimeline(corpus, scope.entity);
  const story = scope.story !== undefined ? corpus.stories().find((s) => s.id === scope.story) : scope.uri !== undefined ? corpus.storyOf(scope.uri) : undefined;
  const members = story ? story.documents : scope.uri !== undefined ? [scope.uri] : [];
  const articles = members.flatMap((uri) => corpus.get(uri) ?? []).sort(compareArticles).slice(0, MAX_LANES);
  if (articles.length === 0) return null;
  return lanesOf(corpus, story?.title ?? fileName(articles[0].uri), articles, () => true, () => true);
}

/**
 * The timeline of one entity: a lane per article that mentions it, in reading order; as events the dates written in
 * the sentences that name it; as conflicts those between these articles whose claims are about it.
 */
function entityTimeline(corpus: Corpus, entityId: string): TimelineData | null {
  const entity = corpus.entities.get(entityId);
  if (!entity) return null;
  const articles = corpus.articlesOf(entity).map((a) => a.article).slice(0, MAX_LANES);
  if (articles.length === 0) return null;
  const chainsIn = (uri: string) => new Set(entity.documents.get(uri) ?? []);
  const namedIn = new Map(articles.map((article) => {
    const chains = chainsIn(article.uri);
    return [article.uri, sentenceSpans(tokenize(article.analysis.text)).filter((s) => article.analysis.mentions.some((m) => chains.has(m.chain) && within(s, m)))];
  }));
  const inNamedSentence = (article: Article, d: DateMention) => namedIn.get(article.uri)!.some((s) => within(s, d));
  const about = (ref: ClaimRef) => ref.claim.subjectChains.some((c) => chainsIn(ref.docId).has(c));
  return lanesOf(corpus, entity.name, articles, inNamedSentence, (c) => about(c.a) || about(c.b));
}

/** The articles as lanes: their dates that `keepDate` keeps as events, and the conflicts between two lanes that `keepConflict` keeps. */
function lanesOf(corpus: Corpus, title: string, articles: Article[], keepDate: (article: Article, d: DateMention) => boolean, keepConflict: (c: Conflict) => boolean): TimelineData {
  const laneOf = new Map(articles.map((a, i) => [a.uri, i]));
  const events: TimelineEvent[] = [];
  articles.forEach((article, lane) => {
    const dated = article.analysis.dates.filter((d) => d.kind === 'date' && dayOf(d.value) && keepDate(article, d));
    for (const d of dated.slice(0, MAX_EVENTS_PER_LANE)) {
      events.push({ lane, day: dayOf(d.value)!, text: d.text, excerpt: lineExcerpt(article, d, 120), location: locationOf(article, d) });
    }
  });
  const conflicts: TimelineConflict[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    for (const conflict of corpus.conflictsFor(article.uri)) {
      const [la, lb] = [laneOf.get(conflict.a.docId), laneOf.get(conflict.b.docId)];
      if (la === undefined || lb === undefined || seen.has(conflict.id) || !keepConflict(conflict)) continue;
      seen.add(conflict.id);
      const [a, b] = [corpus.get(conflict.a.docId)!, corpus.get(conflict.b.docId)!];
      const [da, db] = [claimDay(a, conflict.a), claimDay(b, conflict.b)];
      if (!da || !db) continue;
      conflicts.push({ a: { lane: la, day: da }, b: { lane: lb, day: db }, message: conflict.message, kind: conflict.kind, locations: [locationOf(a, conflict.a.claim), locationOf(b, conflict.b.claim)] });
    }
  }
  return {
    title,
    lanes: articles.map((a) => ({ uri: a.uri, label: fileName(a.uri), date: a.analysis.referenceDate?.value ?? null })),
    events,
    conflicts,
  };
}

/** When a claim's sentence says it happened, else the day the article is dated. */
function claimDay(article: Article, ref: ClaimRef): string | undefined {
  const { start, end } = ref.claim.sentence;
  const inSentence = article.analysis.dates.find((d) => d.kind === 'date' && d.start >= start && d.end <= end && dayOf(d.value));
  return dayOf(inSentence?.value) ?? dayOf(article.analysis.referenceDate?.value);
}

function within(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
