// Timelines: of one story or one entity (each article a lane) and of the workspace (each story a lane); the lanes'
// resolved dates as events, the conflicts drawn within and between the lanes. One builder serves all three.
import { type Article, type Corpus, type Story, compareArticles } from '../corpus';
import type { ClaimRef, Conflict } from '../conflicts/conflictIndex';
import type { DateMention, Span } from '../types';
import type { TimelineConflict, TimelineData, TimelineEvent, TimelineLane, TimelineScope } from '../../protocol';
import { sentenceSpans, tokenize } from '../tokenize';
import { fileName, lineExcerpt, locationOf } from './shared';

/** A story of hundreds of articles (a workspace of thousands of stories) is drawn by its first lanes; the picture stays readable and cheap to send. */
const MAX_LANES = 40;
/** Distinct days marked per lane, and conflicts drawn per lane (all are counted). */
const MAX_EVENTS_PER_LANE = 80;
const MAX_CONFLICTS_PER_LANE = 80;

/** A lane to draw and the articles whose dates and conflicts it shows. */
interface LaneInput {
  lane: Omit<TimelineLane, 'conflicts'>;
  articles: Article[];
}

/** "2024-05-01" → itself, "2024-05" → "2024-05-01", "2024" → "2024-01-01"; anything vaguer ("201x") is left out. */
function dayOf(value: string | null | undefined): string | undefined {
  const m = value ? /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(value) : null;
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : undefined;
}

export function timeline(corpus: Corpus, scope: TimelineScope): TimelineData | null {
  if (scope.workspace) return workspaceTimeline(corpus);
  if (scope.entity !== undefined) return entityTimeline(corpus, scope.entity);
  const story = scope.story !== undefined ? corpus.stories().find((s) => s.id === scope.story) : scope.uri !== undefined ? corpus.storyOf(scope.uri) : undefined;
  const members = story ? story.documents : scope.uri !== undefined ? [scope.uri] : [];
  const articles = members.flatMap((uri) => corpus.get(uri) ?? []).sort(compareArticles);
  if (articles.length === 0) return null;
  return lanesOf(corpus, story?.title ?? fileName(articles[0].uri), articleLanes(articles), () => true, () => true);
}

/** One lane per article, the first MAX_LANES in reading order. */
function articleLanes(articles: Article[]): { lanes: LaneInput[]; more: number } {
  const lanes = articles.slice(0, MAX_LANES).map((a) => ({ lane: { uri: a.uri, label: fileName(a.uri), date: a.analysis.referenceDate?.value ?? null }, articles: [a] }));
  return { lanes, more: articles.length - lanes.length };
}

/**
 * The workspace: one lane per story, the MAX_LANES largest in date order (at corpus scale a lane per article could not
 * be read), with every dated event and conflict of the story's articles on its lane and the story's date range.
 */
function workspaceTimeline(corpus: Corpus): TimelineData | null {
  const stories = corpus.stories();
  if (stories.length === 0) return null;
  const start = (s: Story) => s.start ?? '9999';
  const largest = [...stories]
    .sort((a, b) => b.documents.length - a.documents.length || start(a).localeCompare(start(b)) || a.id.localeCompare(b.id))
    .slice(0, MAX_LANES)
    .sort((a, b) => start(a).localeCompare(start(b)) || a.title.localeCompare(b.title));
  const lanes = largest.map((story) => ({
    lane: { label: story.title, date: story.start, story: { id: story.id, end: story.end, articles: story.documents.length } },
    articles: story.documents.flatMap((uri) => corpus.get(uri) ?? []).sort(compareArticles),
  }));
  return lanesOf(corpus, 'All stories', { lanes, more: stories.length - lanes.length }, () => true, () => true);
}

/**
 * The timeline of one entity: a lane per article that mentions it, in reading order; as events the dates written in
 * the sentences that name it; as conflicts those between these articles whose claims are about it.
 */
function entityTimeline(corpus: Corpus, entityId: string): TimelineData | null {
  const entity = corpus.entity(entityId);
  if (!entity) return null;
  const { lanes, more } = articleLanes(corpus.articlesOf(entity).map((a) => a.article));
  if (lanes.length === 0) return null;
  const chainsIn = (uri: string) => new Set(entity.documents.get(uri) ?? []);
  const namedIn = new Map(lanes.map(({ articles: [article] }) => {
    const chains = chainsIn(article.uri);
    return [article.uri, sentenceSpans(tokenize(article.analysis.text)).filter((s) => article.analysis.mentions.some((m) => chains.has(m.chain) && within(s, m)))];
  }));
  const inNamedSentence = (article: Article, d: DateMention) => namedIn.get(article.uri)!.some((s) => within(s, d));
  const about = (ref: ClaimRef) => ref.claim.subjectChains.some((c) => chainsIn(ref.docId).has(c));
  return lanesOf(corpus, entity.name, { lanes, more }, inNamedSentence, (c) => about(c.a) || about(c.b));
}

/**
 * The lanes with their events (the days of the dates that `keepDate` keeps, one mark per day, the most mentioned
 * first) and the conflicts that `keepConflict` keeps whose two sides lie in drawn lanes.
 */
function lanesOf(corpus: Corpus, title: string, input: { lanes: LaneInput[]; more: number }, keepDate: (article: Article, d: DateMention) => boolean, keepConflict: (c: Conflict) => boolean): TimelineData {
  const laneOf = new Map(input.lanes.flatMap(({ articles }, i) => articles.map((a) => [a.uri, i] as const)));
  const events: TimelineEvent[] = [];
  input.lanes.forEach(({ articles }, lane) => {
    const byDay = new Map<string, TimelineEvent>();
    for (const article of articles) {
      for (const d of article.analysis.dates) {
        const day = d.kind === 'date' ? dayOf(d.value) : undefined;
        if (!day || !keepDate(article, d)) continue;
        const seen = byDay.get(day);
        if (seen) seen.mentions++;
        else byDay.set(day, { lane, day, text: d.text, excerpt: lineExcerpt(article, d, 120), location: locationOf(article, d), mentions: 1 });
      }
    }
    const kept = [...byDay.values()].sort((a, b) => b.mentions - a.mentions).slice(0, MAX_EVENTS_PER_LANE);
    events.push(...kept.sort((a, b) => a.day.localeCompare(b.day)));
  });
  const counts = input.lanes.map(() => 0);
  const drawn = input.lanes.map(() => 0);
  const conflicts: TimelineConflict[] = [];
  const seen = new Set<string>();
  for (const article of laneOf.keys()) {
    for (const conflict of corpus.conflictsFor(article)) {
      const [la, lb] = [laneOf.get(conflict.a.docId), laneOf.get(conflict.b.docId)];
      if (la === undefined || lb === undefined || seen.has(conflict.id) || !keepConflict(conflict)) continue;
      seen.add(conflict.id);
      counts[la]++;
      if (lb !== la) counts[lb]++;
      if (drawn[la] >= MAX_CONFLICTS_PER_LANE || drawn[lb] >= MAX_CONFLICTS_PER_LANE) continue;
      const [a, b] = [corpus.get(conflict.a.docId)!, corpus.get(conflict.b.docId)!];
      const [da, db] = [claimDay(a, conflict.a), claimDay(b, conflict.b)];
      if (!da || !db) continue;
      drawn[la]++;
      if (lb !== la) drawn[lb]++;
      conflicts.push({ a: { lane: la, day: da }, b: { lane: lb, day: db }, message: conflict.message, kind: conflict.kind, locations: [locationOf(a, conflict.a.claim), locationOf(b, conflict.b.claim)] });
    }
  }
  return { title, lanes: input.lanes.map(({ lane }, i) => ({ ...lane, conflicts: counts[i] })), events, conflicts, moreLanes: input.more };
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
