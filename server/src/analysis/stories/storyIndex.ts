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
/**
 * A key among the most distinctive of more articles than this finds no candidates: it is too common to single out
 * an event, and an edit then scores at most so many articles per key whatever the size of the corpus. Well above any
 * key of all of ECB+ (46), so no pair of the evaluation loses its link.
 */
export const MAX_POSTING = 100;
/**
 * Clustering keeps a link only while each article is among the other's this many best-scored links (ties by id), so
 * a story of renamed copies cannot chain thousands of articles into one linked group that every edit re-clusters.
 * Above the largest story of all of ECB+ (28): a story that size keeps every link.
 */
export const MAX_LINKS = 32;

interface IndexedArticle {
  features: ArticleFeatures;
  keys: Set<string>;
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
  /** Article → its `maxLinks` best links, built on demand, dropped when its links change. */
  private readonly best = new Map<string, Set<string>>();
  private readonly clusterOf = new Map<string, Cluster>();
  /** Articles whose linked group must be re-clustered before the next answer. */
  private readonly dirty = new Set<string>();

  constructor(
    private readonly model: StoryModel = STORY_MODEL,
    private readonly maxLinks = MAX_LINKS,
  ) {}

  setDocument(id: string, analysis: DocumentAnalysis): void {
    const features = articleFeatures(analysis);
    const keys = new Set(candidateKeys(features));
    // A key the article keeps leaves its posting's size as it was: no bound is crossed for it.
    const kept = new Set([...(this.articles.get(id)?.keys ?? [])].filter((key) => keys.has(key)));
    this.detach(id, kept);
    this.articles.set(id, { features, keys });
    this.links.set(id, new Map());
    const candidates = new Set<string>();
    for (const key of keys) {
      let posting = this.postings.get(key);
      if (!posting) this.postings.set(key, (posting = new Set()));
      posting.add(id);
      if (posting.size === MAX_POSTING + 1 && !kept.has(key)) this.unlinkCommon(posting);
      if (posting.size <= MAX_POSTING) for (const other of posting) if (other !== id) candidates.add(other);
    }
    for (const other of candidates) this.linkIfSameStory(id, other, false);
    this.linksChanged(id);
  }

  /** `announce`: whether `a`'s changed links are announced now, or once by the caller after linking it to all. */
  private linkIfSameStory(a: string, b: string, announce = true): void {
    if (this.links.get(a)!.has(b)) return;
    const score = sameStoryScore(this.articles.get(a)!.features, this.articles.get(b)!.features, this.model);
    if (score < this.model.threshold) return;
    this.links.get(a)!.set(b, score);
    this.links.get(b)!.set(a, score);
    if (announce) this.linksChanged(a);
    this.linksChanged(b);
  }

  /**
   * An article's links changed, so its best links may have: every article it links is re-clustered, since a link
   * kept or dropped by the change joins or parts their groups.
   */
  private linksChanged(id: string): void {
    this.best.delete(id);
    this.dirty.add(id);
    for (const other of this.links.get(id)?.keys() ?? []) this.dirty.add(other);
  }

  private bestLinks(id: string): Set<string> {
    let best = this.best.get(id);
    if (!best) {
      const ranked = [...this.links.get(id)!].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      this.best.set(id, (best = new Set(ranked.slice(0, this.maxLinks).map(([other]) => other))));
    }
    return best;
  }

  /** The links clustering sees: those among the best of both articles. */
  private keptLinks(id: string): Map<string, number> {
    const kept = new Map<string, number>();
    for (const other of this.bestLinks(id)) if (this.bestLinks(other).has(id)) kept.set(other, this.links.get(id)!.get(other)!);
    return kept;
  }

  /** Whether two articles share a key that still finds candidates: the pairs that are scored at all. */
  private candidates(a: string, b: string): boolean {
    const other = this.articles.get(b)!.keys;
    for (const key of this.articles.get(a)!.keys) if (other.has(key) && this.postings.get(key)!.size <= MAX_POSTING) return true;
    return false;
  }

  /** A key just became too common: its articles keep only the links another key of theirs finds. */
  private unlinkCommon(posting: ReadonlySet<string>): void {
    for (const a of posting) {
      for (const b of [...this.links.get(a)!.keys()]) {
        if (!posting.has(b) || this.candidates(a, b)) continue;
        this.links.get(a)!.delete(b);
        this.links.get(b)!.delete(a);
        this.linksChanged(a);
        this.linksChanged(b);
      }
    }
  }

  /** A key is no longer too common: its articles are scored against each other again. */
  private relinkUncommon(posting: ReadonlySet<string>): void {
    const members = [...posting];
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) this.linkIfSameStory(members[x], members[y]);
  }

  removeDocument(id: string): void {
    this.detach(id, new Set());
  }

  /** Removes an article; its `kept` keys are about to come back, so their postings are not re-scored. */
  private detach(id: string, kept: ReadonlySet<string>): void {
    const article = this.articles.get(id);
    if (!article) return;
    for (const key of article.keys) {
      const posting = this.postings.get(key)!;
      posting.delete(id);
      if (posting.size === 0) this.postings.delete(key);
      else if (posting.size === MAX_POSTING && !kept.has(key)) this.relinkUncommon(posting);
    }
    const linked = [...this.links.get(id)!.keys()];
    for (const other of linked) this.links.get(other)!.delete(id);
    for (const other of linked) this.linksChanged(other);
    // Fellow members of its story that had no direct link are reached from the linked ones.
    for (const member of this.clusterOf.get(id)?.members ?? []) if (member !== id) this.dirty.add(member);
    this.links.delete(id);
    this.best.delete(id);
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
      const kept = new Map<string, Map<string, number>>();
      for (let i = 0; i < group.length; i++) {
        const links = this.keptLinks(group[i]);
        kept.set(group[i], links);
        for (const other of links.keys()) {
          if (!seen.has(other)) {
            seen.add(other);
            group.push(other);
          }
        }
      }
      for (const members of averageLink(group, (id) => kept.get(id)!, this.model.threshold, this.model.cohesion)) {
        const cluster: Cluster = { members };
        for (const m of members) this.clusterOf.set(m, cluster);
      }
    }
    this.dirty.clear();
  }
}
