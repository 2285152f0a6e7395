// The day a story's events happened, and whether an undated article of the story reports them. A story's main-event
// day is the day most of its articles name (their "on Tuesday" resolved against their own dates); an undated member takes it when it clearly reports that event: it
// names that day, or the day's weekday ("on Sunday"). It dates the event, not the article, so the article's own
// "yesterday" and "on Sunday" stay unresolved: they count from when the article was written, which a follow-up
// written days later would get wrong.
import { isIsoDay, longDay, weekdayOf } from '../dates/calendar';
import { type ArticleFeatures, hasWeekday } from './features';

/** So many articles must name the day before it is the story's. */
const MIN_AGREEING = 2;

export interface StoryDate {
  /** ISO day. */
  value: string;
  /** Where it came from, for the hover and the code lens. */
  reason: string;
}

/** The day most of the story's articles name (ties: the earliest), or null when fewer than two name one day. */
export function mainEventDay(members: readonly ArticleFeatures[]): { day: string; agreeing: number } | null {
  const counts = new Map<string, number>();
  for (const m of members) for (const day of m.vectors.days.keys()) if (isIsoDay(day)) counts.set(day, (counts.get(day) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return best && best[1] >= MIN_AGREEING ? { day: best[0], agreeing: best[1] } : null;
}

/** The story's main-event day for an undated article that reports it, with why; undefined otherwise. */
export function storyDateOf(article: ArticleFeatures, members: readonly ArticleFeatures[], title: string): StoryDate | undefined {
  if (article.statedDate) return undefined;
  const main = mainEventDay(members);
  if (!main) return undefined;
  const [year, month, dayOfMonth] = main.day.split('-').map(Number);
  const day = { year, month, day: dayOfMonth };
  const written = longDay(day);
  const because = `its story “${title}” happened on ${written}, the day ${main.agreeing} of its articles name`;
  if (article.vectors.days.has(main.day)) return { value: main.day, reason: `no date of its own; it names ${written}: ${because}` };
  if (hasWeekday(article.weekdays, weekdayOf(day))) return { value: main.day, reason: `no date of its own; it reports the event by its weekday: ${because}` };
  return undefined;
}
