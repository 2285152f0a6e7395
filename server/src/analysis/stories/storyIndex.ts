// Which articles report the same story, kept up to date one article at a time.
// Two articles are linked when their same-story score reaches the threshold; a story is an average-link cluster
// over the links inside one part of a group, the articles joined by their strongest (core) links, cut into parts of
// bounded size (groups.ts). An edit re-clusters only the parts it changes, and a pair's score and each article's
// ranking of its links depend on the articles alone: the stories depend on the set of articles, not on the order
// they were indexed.
import type { DocumentAnalysis } from '../types';
import { averageLink } from './cluster';
import { type CoreLink, boundedParts } from './groups';
import { LinkTable } from './links';
import { type ArticleFeatures, type RANKED_FAMILIES, articleFeatureSteps, articleFeatures, offeredFeatures, rankedEntries } from './features';
import { STORY_MODEL, type StoryModel, sameStoryScore } from './similarity';

/** Only articles sharing one of their most distinctive features are scored: so many per family. */
const CANDIDATE_KEYS: ReadonlyArray<[RankedFamily, number]> = [['names', 6], ['places', 3], ['words', 8]];
/**
 * A key among the most distinctive of more articles than this finds no candidates: it is too common to single out
 * an event, and an edit then scores at most so many articles per key whatever the size of the corpus (and a key that
 * crosses the bound re-scores at most its square). On ECB+ topics 1-35 story B3 F1 is 0.948 from 24 up (as with 100;
 * 16: 0.933); 32 so that a key every article of the largest story of all of ECB+ (28) has still finds them all.
 */
export const MAX_POSTING = 32;
/**
 * Clustering keeps a link only while each article is among the other's this many best-scored links (ties by id), so
 * an article of a story of renamed copies brings at most so many links to the clustering of its group, and an edit
 * re-clusters only around the articles whose best links it changes.
 * Above the largest story of all of ECB+ (28): a story that size keeps every link.
 */
export const MAX_LINKS = 32;
/**
 * The groups average-link runs in are joined only by core links: kept links among either article's this many best.
 * Each article then adds at most so many links to the graph that forms groups, so a chain of weak links between
 * stories no longer makes one group of thousands that every edit re-clusters; inside a group, average-link still
 * weighs every kept link between its members. Checked on ECB+ topics 1-35 (`node dist/fit-stories.js core`) with the
 * model of weights.json: story B3 F1 0.948 there for 3 or more (2: 0.933, 1: 0.634), so the smallest of those, whose
 * groups are smallest.
 */
export const CORE_LINKS = 3;
/**
 * Average-link runs in parts of a group of at most so many articles, cut from it at its weakest core links, so an edit
 * costs the same however long a chain of stories its group grows to in a large corpus; a story is then at most so
 * long. On ECB+ topics 1-35 (`node dist/fit-stories.js parts`) every bound from 32 up gives the best story B3 F1
 * (0.948; 24: 0.946, 16: 0.927), so the smallest of those, above the largest story there (28).
 */
export const MAX_PART = 32;

type RankedFamily = (typeof RANKED_FAMILIES)[number];

interface IndexedArticle {
  features: ArticleFeatures;
  keys: Set<string>;
}

/** An article's `maxLinks` best links and the `coreLinks` best of them. */
interface Ranking {
  kept: Set<string>;
  core: Set<string>;
  /** The last link kept, while the article keeps as many as it may: a new link ranks above it or changes nothing. */
  floor: { other: string; score: number } | undefined;
}

/** The articles joined by core links, with those links: kept until one of its members' kept or core links change. */
interface LinkedGroup {
  members: string[];
  core: Array<[string, string]>;
}

/** One automatic story: sorted member ids. */
export interface Cluster {
  members: string[];
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function candidateKeys(features: ArticleFeatures): string[] {
  return CANDIDATE_KEYS.flatMap(([family, count]) => [...rankedEntries(features.heaviest[family])].slice(0, count).map(([key]) => `${family}:${key}`));
}

export class StoryIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  /** Candidate key → articles that have it among their most distinctive. */
  private readonly postings = new Map<string, Set<string>>();
  /** Linked articles and their scores. */
  private readonly links = new LinkTable();
  /** Article → its ranking of its links, built on demand, dropped when its best links change. */
  private readonly best = new Map<string, Ranking>();
  /** Article → the ranking it had before its links last changed (undefined: none was built), until settling checks it. */
  private readonly previous = new Map<string, Ranking | undefined>();
  private readonly clusterOf = new Map<string, Cluster>();
  /** Article → the members of the part of its group it was last clustered in, joined: a part that keeps its members and links keeps its clusters. */
  private readonly partOf = new Map<string, string>();
  /** Articles whose group must be re-clustered before the next answer. */
  private readonly dirty = new Set<string>();
  /**
   * Article → its group, found again only when the kept or core links of a member change: an edit that leaves its
   * article's best links as they were re-reads the group's core scores, not every kept link of every member.
   */
  private readonly groupOf = new Map<string, LinkedGroup>();
  /** The re-clustering under way in steps (settleSteps), until it ends or an article changes. */
  private settling: Generator<void, void> | undefined;
  /** Features made ahead by featureSteps, by the analysis they were made from, until its setDocument. */
  private readonly prepared = new WeakMap<DocumentAnalysis, ArticleFeatures>();

  constructor(
    private readonly model: StoryModel = STORY_MODEL,
    private readonly maxLinks = MAX_LINKS,
    private readonly coreLinks = CORE_LINKS,
    private readonly maxPart = MAX_PART,
  ) {}

  /**
   * An analysis' features worked out in steps ahead of its setDocument (articleFeatureSteps), which then takes them:
   * a 2 MB article's took 120-200 ms at once. True while steps are left.
   */
  featureSteps(analysis: DocumentAnalysis): () => boolean {
    const made = offeredFeatures(analysis);
    if (made) {
      this.prepared.set(analysis, made);
      return () => false;
    }
    const step = articleFeatureSteps(analysis);
    return () => {
      const features = step();
      if (features) this.prepared.set(analysis, features);
      return features === undefined;
    };
  }

  setDocument(id: string, analysis: DocumentAnalysis): void {
    this.settling = undefined;
    const features = this.prepared.get(analysis) ?? offeredFeatures(analysis) ?? articleFeatures(analysis);
    this.prepared.delete(analysis);
    const keys = new Set(candidateKeys(features));
    // A key the article keeps leaves its posting's size as it was: no bound is crossed for it.
    const kept = new Set([...(this.articles.get(id)?.keys ?? [])].filter((key) => keys.has(key)));
    this.detach(id, kept);
    this.articles.set(id, { features, keys });
    this.links.addArticle(id);
    const candidates = new Set<string>();
    for (const key of keys) {
      let posting = this.postings.get(key);
      if (!posting) this.postings.set(key, (posting = new Set()));
      posting.add(id);
      if (posting.size === MAX_POSTING + 1 && !kept.has(key)) this.unlinkCommon(posting);
      if (posting.size <= MAX_POSTING) for (const other of posting) if (other !== id) candidates.add(other);
    }
    for (const other of candidates) this.linkIfSameStory(id, other);
    this.dirty.add(id);
  }

  private linkIfSameStory(a: string, b: string): void {
    if (this.links.has(a, b)) return;
    const score = sameStoryScore(this.articles.get(a)!.features, this.articles.get(b)!.features, this.model);
    if (score < this.model.threshold) return;
    this.links.link(a, b, score);
    this.linkGained(a, b, score);
    this.linkGained(b, a, score);
  }

  /** `id` gained a link: its ranking changes only when the link ranks among the links it keeps. */
  private linkGained(id: string, other: string, score: number): void {
    const floor = this.best.get(id)?.floor;
    if (!floor || score > floor.score || (score === floor.score && other < floor.other)) this.rankingChanged(id);
  }

  /** `id` lost its link to `other`: its ranking changes only when it kept that link. */
  private linkLost(id: string, other: string): void {
    const ranking = this.best.get(id);
    if (!ranking || ranking.kept.has(other)) this.rankingChanged(id);
  }

  /**
   * An article's links changed where its ranking may see it: the ranking it had is kept until settling checks it, which
   * re-clusters only where the sets of kept and core links it yields differ (a score that moves inside them changes
   * nothing outside the story of the edited article, which is re-clustered anyway).
   */
  private rankingChanged(id: string): void {
    if (this.previous.has(id)) return;
    this.previous.set(id, this.best.get(id));
    this.best.delete(id);
  }

  /**
   * Marks for re-clustering what a changed ranking did to the groups: an article whose kept or core links changed,
   * and the articles it no longer keeps or counts as core, whose part of the group may now stand apart. A removed
   * article's kept articles lose their links to it.
   */
  private markChangedRanking(id: string, before: Ranking | undefined): void {
    if (!this.articles.has(id)) {
      this.forgetGroups([id, ...(before?.kept ?? [])]);
      for (const other of before?.kept ?? []) this.dirty.add(other);
      return;
    }
    const after = this.bestLinks(id);
    if (before && sameSet(before.kept, after.kept) && sameSet(before.core, after.core)) return;
    // The links it gained or lost may join or split its group and the groups of the articles at their other end.
    this.forgetGroups([id, ...(before?.kept ?? []), ...after.kept]);
    this.dirty.add(id);
    for (const other of before?.kept ?? []) if (!after.kept.has(other) || (before!.core.has(other) && !after.core.has(other))) this.dirty.add(other);
  }

  /** Drops the kept groups of these articles, to be found again from their links. */
  private forgetGroups(ids: Iterable<string>): void {
    for (const id of ids) for (const member of this.groupOf.get(id)?.members ?? []) this.groupOf.delete(member);
  }

  /**
   * The articles reached from `start` by core links (kept by both articles, among the core links of either), one
   * member read a step (a group of stories that share names grows to thousands of articles in a large corpus).
   */
  private *linkedGroup(start: string): Generator<void, LinkedGroup> {
    const kept = this.groupOf.get(start);
    if (kept) return kept;
    const members = [start];
    const seen = new Set(members);
    const core: Array<[string, string]> = [];
    for (let i = 0; i < members.length; i++) {
      if (i > 0) yield;
      const id = members[i];
      for (const other of this.bestLinks(id).kept) {
        if (!this.bestLinks(other).kept.has(id) || !this.isCore(id, other)) continue;
        if (other > id) core.push([id, other]);
        if (!seen.has(other)) {
          seen.add(other);
          members.push(other);
        }
      }
    }
    const group = { members, core };
    for (const id of members) this.groupOf.set(id, group);
    return group;
  }

  private bestLinks(id: string): Ranking {
    let best = this.best.get(id);
    if (!best) {
      const kept = this.links.best(id, this.maxLinks);
      const last = kept.length === this.maxLinks ? kept[kept.length - 1] : undefined;
      best = {
        kept: new Set(kept.map(([other]) => other)),
        core: new Set(kept.slice(0, this.coreLinks).map(([other]) => other)),
        floor: last && { other: last[0], score: last[1] },
      };
      this.best.set(id, best);
    }
    return best;
  }

  /** The links clustering sees: those among the best of both articles. */
  private keptLinks(id: string): Map<string, number> {
    const kept = new Map<string, number>();
    for (const other of this.bestLinks(id).kept) if (this.bestLinks(other).kept.has(id)) kept.set(other, this.links.score(id, other)!);
    return kept;
  }

  /** Whether a kept link joins its two articles' groups: it is among the core links of either. */
  private isCore(a: string, b: string): boolean {
    return this.bestLinks(a).core.has(b) || this.bestLinks(b).core.has(a);
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
      for (const b of [...this.links.linked(a)]) {
        if (!posting.has(b) || this.candidates(a, b)) continue;
        this.links.unlink(a, b);
        this.linkLost(a, b);
        this.linkLost(b, a);
      }
    }
  }

  /** A key is no longer too common: its articles are scored against each other again. */
  private relinkUncommon(posting: ReadonlySet<string>): void {
    const members = [...posting];
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) this.linkIfSameStory(members[x], members[y]);
  }

  removeDocument(id: string): void {
    this.settling = undefined;
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
    const linked = this.links.removeArticle(id);
    for (const other of linked) this.linkLost(other, id);
    // Fellow members of its story that had no direct link are reached from the linked ones.
    for (const member of this.clusterOf.get(id)?.members ?? []) if (member !== id) this.dirty.add(member);
    this.rankingChanged(id);
    this.articles.delete(id);
    this.clusterOf.delete(id);
    this.partOf.delete(id);
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

  /**
   * Whether two indexed articles are linked by their own score, not only through their story's other members: a
   * story of average-link may hold two articles that score as two events of one topic (two arrests of one team's
   * players), and their claims are then better not compared. Checked on ECB+ topics 1-35 (all of ECB+ in one corpus):
   * it keeps 4 of the 9 conflicts between two gold stories out, and 4 of the 360 inside one.
   */
  directlyLinked(a: string, b: string): boolean {
    const x = this.articles.get(a);
    const y = this.articles.get(b);
    return x !== undefined && y !== undefined && sameStoryScore(x.features, y.features, this.model) >= this.model.threshold;
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

  /**
   * Re-clusters the parts of the groups of the articles changed since the last answer: a part with a changed article,
   * or whose members changed.
   */
  private settle(): void {
    this.settleSome(Infinity);
  }

  /**
   * Takes up to `limit` steps of the re-clustering; true while steps are left. A step checks one changed ranking,
   * reads one member of a group or clusters one part of it (at most maxPart articles), so a pass after indexing that
   * calls it between requests holds the thread for well under a millisecond a step: the first answer after thousands
   * of articles came in neither checks every ranking nor clusters a group of thousands at once.
   */
  settleSome(limit: number): boolean {
    this.settling ??= this.settleSteps();
    for (let step = 0; step < limit; step++) {
      if (this.settling.next().done) {
        this.settling = undefined;
        return false;
      }
    }
    return true;
  }

  /**
   * The re-clustering in steps (settleSome), begun afresh after an article changes: what is left then is still marked
   * (rankings to check, dirty articles), and a group half clustered keeps its dirty members until it is clustered whole.
   * Each group is clustered whole (its parts sorted), so the stories do not depend on the order groups come in.
   */
  private *settleSteps(): Generator<void, void> {
    for (const [id, before] of this.previous) {
      this.previous.delete(id);
      this.markChangedRanking(id, before);
      yield;
    }
    // A group's members leave the set as it is clustered: the iteration skips them.
    for (const start of this.dirty) {
      if (!this.articles.has(start)) {
        this.dirty.delete(start);
        continue;
      }
      const group = yield* this.linkedGroup(start);
      // The group is found by its core links alone; only the parts re-clustered read every kept link of their members.
      const core: CoreLink[] = group.core.map(([a, b]) => ({ a, b, score: this.links.score(a, b)! }));
      for (const part of boundedParts(group.members, core, this.maxPart)) {
        const key = part.join('\n');
        if (part.every((id) => !this.dirty.has(id) && this.partOf.get(id) === key)) continue;
        yield;
        for (const id of part) this.partOf.set(id, key);
        for (const members of averageLink(part, (id) => this.keptLinks(id), this.model.threshold, this.model.cohesion)) {
          const cluster: Cluster = { members };
          for (const m of members) this.clusterOf.set(m, cluster);
        }
      }
      for (const id of group.members) this.dirty.delete(id);
      yield;
    }
  }
}
