// The stories as the Stories view shows them: title, date range, articles in reading order, conflict count.
import type { StoryArticle, StoryItem } from '../../protocol';
import { type Article, type Corpus, compareArticles } from '../corpus';
import { fileName } from '../features/shared';

const SOURCE_URL = /https?:\/\/(?:www\.)?([^/\s]+)/;

function storyArticle(corpus: Corpus, article: Article): StoryArticle {
  const date = article.analysis.referenceDate;
  const url = SOURCE_URL.exec(article.analysis.text);
  return {
    uri: article.uri,
    label: fileName(article.uri),
    date: date?.value ?? null,
    ...(date ? {} : { dateReason: corpus.storyDateOf(article.uri)?.reason ?? article.analysis.undatedReason ?? 'no date' }),
    ...(url ? { source: url[1] } : {}),
  };
}

/** Every story, earliest first (undated last), then by title. */
export function storyList(corpus: Corpus): StoryItem[] {
  const conflictsIn = new Map<string, number>();
  for (const c of corpus.conflicts.all()) {
    const story = corpus.storyOf(c.a.docId);
    if (story && story === corpus.storyOf(c.b.docId)) conflictsIn.set(story.id, (conflictsIn.get(story.id) ?? 0) + 1);
  }
  return corpus
    .stories()
    .map((story) => ({
      id: story.id,
      title: story.title,
      start: story.start,
      end: story.end,
      articles: story.documents.flatMap((uri) => corpus.get(uri) ?? []).sort(compareArticles).map((a) => storyArticle(corpus, a)),
      conflicts: conflictsIn.get(story.id) ?? 0,
    }))
    .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.title.localeCompare(b.title));
}
