// Which articles report the same story, kept up to date one article at a time.
// Two articles are linked when their same-story score reaches the threshold; a story is an average-link cluster
// over the links inside one linked group. Average-link never joins articles with no link between them, so an edit
// re-clusters only the group it touches, and a pair's score depends on the two articles alone: the stories depend
// on the set of articles, not on the order they were indexed.
import type { DocumentAnalysis } from '../types';
import { averageLink } from './cluster';
import { type ArticleFeatures, type Family, articleFeatures } from './features';
import { STORY_MODEL, type StoryModel, sameStoryScore } from './similarity';

/** Only articles sharing one of their most distinctive features are scored: so many per family. */
const CANDIDATE_KEYS: ReadonlyArray<[Family, number]> = [['names', 6], ['places', 3], ['words', 8]];

interface IndexedArticle {
  features: ArticleFeatures;
  keys: string[];
}

/** One automatic story: sorted member ids. */
export interface Cluster {
  members: string[];
}

function candidateKeys(features: ArticleFeatures): string[] {
  return CANDIDATE_KEYS.flatMap(([family, count]) =>
    [...features.vectors[family]]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, count)
      .map(([key]) => `${family}:${key}`),
  );
}

export class StoryIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  /** Candidate key → articles that have it among their most distinctive. */
  private readonly postings = new Map<string, Set<string>>();
  /** Article → linked articles and their scores. */
  private readonly links = new Map<string, Map<string, number>>();
  private readonly clusterOf = new Map<string, Cluster>();
  /** Articles whose linked group must be re-clustered before the next answer. */
  private readonly dirty = new Set<string>();

  constructor(private readonly model: StoryModel = STORY_MODEL) {}

  setDocument(id: string, analysis: DocumentAnalysis): void {
    this.removeDocument(id);
    const features = articleFeatures(analysis);
    const keys = candidateKeys(features);
    this.articles.set(id, { features, keys });
    const linked = new Map<string, number>();
    this.links.set(id, linked);
    const candidates = new Set<string>();
    for (const key of keys) {
      let posting = this.postings.get(key);
      if (!posting) this.postings.set(key, (posting = new Set()));
      for (const other of posting) candidates.add(other);
      posting.add(id);
    }
    for (const other of candidates) {
      const score = sameStoryScore(features, this.articles.get(other)!.features, this.model);
      if (score < this.model.threshold) continue;
      linked.set(other, score);
      this.links.get(other)!.set(id, score);
    }
    this.dirty.add(id);
  }

  removeDocument(id: string): void {
    const article = this.articles.get(id);
    if (!article) return;
    for (const key of article.keys) {
      const posting = this.postings.get(key)!;
      posting.delete(id);
      if (posting.size === 0) this.postings.delete(key);
    }
    for (const other of this.links.get(id)!.keys()) {
      this.links.get(other)!.delete(id);
      this.dirty.add(other);
    }
    // Fellow members of its story that had no direct link are reached from the linked ones.
    for (const member of this.clusterOf.get(id)?.members ?? []) if (member !== id) this.dirty.add(member);
    this.links.delete(id);
    this.articles.delete(id);
    this.clusterOf.delete(id);
    this.dirty.delete(id);
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  ids(): IterableIterator<string> {
    return this.articles.keys();
  }

  features(id: string): ArticleFeatures | undefined {
    return this.articles.get(id)?.features;
  }

  /** The automatic story of an article. */
  clusterOfArticle(id: string): Cluster | undefined {
    this.settle();
    return this.clusterOf.get(id);
  }

  /** Every automatic story, each once. */
  clusters(): Cluster[] {
    this.settle();
    return [...new Set(this.clusterOf.values())];
  }

  /** Re-clusters the linked groups of the articles changed since the last answer. */
  private settle(): void {
    if (this.dirty.size === 0) return;
    const seen = new Set<string>();
    for (const start of [...this.dirty].sort()) {
      if (seen.has(start) || !this.articles.has(start)) continue;
      const group = [start];
      seen.add(start);
      for (let i = 0; i < group.length; i++) {
        for (const other of this.links.get(group[i])!.keys()) {
          if (!seen.has(other)) {
            seen.add(other);
            group.push(other);
          }
        }
      }
      for (const members of averageLink(group, (id) => this.links.get(id)!, this.model.threshold)) {
        const cluster: Cluster = { members };
        for (const m of members) this.clusterOf.set(m, cluster);
      }
    }
    this.dirty.clear();
  }
}
