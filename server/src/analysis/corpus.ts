// The corpus index: every article's analysis plus the cross-document entity, story and conflict indexes.
// It updates one article at a time (its story links when stories are next read); nothing here re-analyses the other articles.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type AnalyzeOptions } from './analyze';
import { ConflictIndex, type Conflict } from './conflicts/conflictIndex';
import { EntityCatalog } from './entityCatalog';
import { EntityIndex, type EntityRecord } from './identity/entityIndex';
import { addTo, pushTo, removeFrom } from './multiMap';
import { StorySet, type Story, type StoryDate, type StoryDecisions } from './stories/stories';
import type { DocumentAnalysis, Mention } from './types';

export interface Article {
  uri: string;
  /** Line/offset conversions for LSP positions, whether or not the file is open in an editor. */
  document: TextDocument;
  analysis: DocumentAnalysis;
}

/** An article that mentions an entity, how many times, and where first. */
export interface ArticleMentions {
  article: Article;
  count: number;
  first: Mention;
}

export interface EntityMention {
  article: Article;
  mention: Mention;
  index: number;
}

export type { Story, StoryDecisions } from './stories/stories';

export interface CorpusOptions {
  /** Treat capitals as their governments ("Washington" → United States). */
  metonymy?: boolean;
}

/**
 * How many chains of an article setAnalysisInSteps adds to the entity index in one step. A 2 MB article of 16,460
 * chains (bench/mergeStall.ts, load ~2): at once 369 CPU ms; in steps of 500 the longest 30 ms (1,000: 60 ms), the
 * same CPU in all (375 ms), well below the ~50 ms a request may wait.
 */
const CHAINS_PER_STEP = 500;
/** An article longer than this enters in steps whatever its chains: its story features are read in steps too. */
const STEPPED_CHARS = 32_768;

export class Corpus {
  private readonly articles = new Map<string, Article>();
  readonly entities: EntityIndex;
  /** The entities ranked by size with their names, for the Entities view and workspace symbols. */
  readonly catalog: EntityCatalog;
  readonly conflicts = new ConflictIndex({
    entityOf: (uri, chain) => this.entities.entityOf(uri, chain),
    storyOf: (uri) => this.storyOf(uri)?.documents,
    comparable: (a, b) => this.linked.directlyLinked(a, b),
    entityVersion: () => this.entities.version,
    storiesVersion: () => this.storyChanges,
  });
  /** Counts the changes that may move articles between stories. */
  private storyChanges = 0;
  private readonly storySet = new StorySet();
  /**
   * Articles added or replaced and not yet in the story index, in the order they came. Linking an article into its
   * story is most of the cost of adding it, so a start from a persisted index is ready before any is linked: they are
   * linked in batches afterwards (linkStories), or all at once when a story is asked for first.
   */
  private readonly unlinked = new Map<string, DocumentAnalysis>();
  /** Day (`2008-09-12`) → the articles with a date resolved to it, for the date hover's other articles of that day. */
  private readonly days = new Map<string, Set<string>>();
  /**
   * earliestArticleOf's answers: a record is rebuilt whenever one of its articles is replaced or removed, so an answer
   * holds while its record does.
   */
  private readonly earliest = new WeakMap<EntityRecord, ArticleMentions | undefined>();
  /** Counts the articles added, replaced and removed, so a feature can keep what it built until the next change. */
  private changes = 0;

  /**
   * True while a host adds many articles in one pass (a cold index): requests then read entity records from the
   * groups resolved so far (EntityIndex.resolvedSoFar), so a card or view may miss articles not resolved yet.
   */
  loading = false;

  constructor(readonly options: CorpusOptions = {}) {
    this.entities = new EntityIndex({ metonymy: options.metonymy ?? true });
    this.catalog = new EntityCatalog(this.entities, () => this.loading);
  }

  /** Adds or replaces one article and updates the cross-document indexes for it alone. */
  set(uri: string, text: string, options: AnalyzeOptions = {}, version = 0): Article {
    return this.setAnalysis(uri, analyze(text, { path: uri, ...options }), version);
  }

  /** Adds or replaces one article from an analysis made elsewhere (a worker thread), with `analyze(text, { path: uri, … })`. */
  setAnalysis(uri: string, analysis: DocumentAnalysis, version = 0): Article {
    const article = this.putArticle(uri, analysis, version);
    this.entities.setDocument(uri, analysis);
    this.conflicts.setDocument(uri, analysis);
    return article;
  }

  /**
   * setAnalysis in steps, for a thread that answers requests between them: an article with more than
   * `chainsPerStep` chains (or longer than STEPPED_CHARS) enters the entity index that many at a time
   * (EntityIndex.setDocumentInSteps), then has its story features read in steps (StorySet.featureSteps), and its
   * claims once all are in, so no conflict is compared with some of its entities missing. Nothing changes before the
   * first step; call it until it returns false, and the corpus equals setAnalysis's. A later change of the article stops it.
   */
  setAnalysisInSteps(uri: string, analysis: DocumentAnalysis, version = 0, chainsPerStep = CHAINS_PER_STEP): () => boolean {
    let steps: (() => boolean) | undefined;
    return () => (steps ??= this.startSteps(uri, analysis, version, chainsPerStep))();
  }

  /** setAnalysisInSteps' first step: puts the article in and its old claims out; returns the steps that add its chains. */
  private startSteps(uri: string, analysis: DocumentAnalysis, version: number, chainsPerStep: number): () => boolean {
    if (analysis.chains.length <= chainsPerStep && analysis.text.length <= STEPPED_CHARS) {
      this.setAnalysis(uri, analysis, version);
      return () => false;
    }
    const article = this.putArticle(uri, analysis, version);
    // Its conflicts as they were would name chains the article no longer has.
    this.conflicts.removeDocument(uri);
    const addChains = this.entities.setDocumentInSteps(uri, analysis, chainsPerStep);
    // Its story features too, so that linking it (when its story is first read) does not read all its text at once.
    const prepareStory = this.storySet.featureSteps(analysis);
    return () => {
      if (this.articles.get(uri) !== article) return false;
      if (addChains() || prepareStory()) return true;
      this.conflicts.setDocument(uri, analysis);
      return false;
    };
  }

  /** What setAnalysis does besides the entity and conflict indexes: the article itself, its days, its story to link. */
  private putArticle(uri: string, analysis: DocumentAnalysis, version: number): Article {
    const article: Article = { uri, document: TextDocument.create(uri, 'article', version, analysis.text), analysis };
    this.indexDays(uri, this.articles.get(uri)?.analysis, analysis);
    this.articles.set(uri, article);
    this.changes++;
    this.unlinked.delete(uri);
    this.unlinked.set(uri, analysis);
    this.storyChanges++;
    return article;
  }

  remove(uri: string): boolean {
    const removed = this.articles.get(uri);
    if (!removed) return false;
    this.articles.delete(uri);
    this.indexDays(uri, removed.analysis, undefined);
    this.changes++;
    this.entities.removeDocument(uri);
    // Linked before it was set again, its linked version is in the story index too.
    this.unlinked.delete(uri);
    this.storySet.removeDocument(uri);
    this.storyChanges++;
    this.conflicts.removeDocument(uri);
    return true;
  }

  /** Changes whenever an article is added, replaced or removed. */
  get version(): number {
    return this.changes;
  }

  /** The articles with a date resolved to this day (`2008-09-12`), in reading order. */
  articlesOnDay(day: string): Article[] {
    const uris = this.days.get(day) ?? [];
    return [...uris].map((uri) => this.articles.get(uri) as Article).sort(compareArticles);
  }

  private indexDays(uri: string, before: DocumentAnalysis | undefined, after: DocumentAnalysis | undefined): void {
    for (const day of daysOf(before)) removeFrom(this.days, day, uri);
    for (const day of daysOf(after)) addTo(this.days, day, uri);
  }

  get(uri: string): Article | undefined {
    return this.articles.get(uri);
  }

  has(uri: string): boolean {
    return this.articles.has(uri);
  }

  get size(): number {
    return this.articles.size;
  }

  all(): IterableIterator<Article> {
    return this.articles.values();
  }

  /** The mention whose span contains the offset (end inclusive, so a cursor just after a name still counts). */
  mentionAt(article: Article, offset: number): { mention: Mention; index: number } | undefined {
    const mentions = article.analysis.mentions;
    let low = 0;
    let high = mentions.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const m = mentions[mid];
      if (offset < m.start) high = mid - 1;
      else if (offset > m.end) low = mid + 1;
      else return { mention: m, index: mid };
    }
    return undefined;
  }

  entityOfMention(article: Article, mention: Mention): EntityRecord | undefined {
    const id = this.entities.entityOf(article.uri, mention.chain);
    return id === undefined ? undefined : this.entity(id);
  }

  /** The record of an entity id, for a request: while loading, from the groups resolved so far (see `loading`). */
  entity(id: string): EntityRecord | undefined {
    return this.loading ? this.entities.resolvedSoFar(id) : this.entities.get(id);
  }

  /** `entity(id)?.name` without building the record (the entity's other articles are not read). */
  entityName(id: string): string | undefined {
    return this.loading ? this.entities.nameSoFar(id) : this.entities.nameOf(id);
  }

  /** Every mention of an entity across the corpus, earliest article first (by reference date, then name). */
  mentionsOf(entity: EntityRecord): EntityMention[] {
    const result: EntityMention[] = [];
    for (const [uri, chains] of entity.documents) {
      const article = this.articles.get(uri);
      if (!article) continue;
      for (const chain of chains) {
        for (const index of article.analysis.chains[chain]?.mentions ?? []) {
          result.push({ article, mention: article.analysis.mentions[index], index });
        }
      }
    }
    return result.sort((x, y) => compareArticles(x.article, y.article) || x.mention.start - y.mention.start);
  }

  /** The articles that mention an entity, in reading order, each with its mention count and first mention. */
  articlesOf(entity: EntityRecord): ArticleMentions[] {
    // The documents come in uri order, so reading order is theirs grouped by date (compareArticles without sorting
    // thousands of uris: a big entity's card after each edit).
    const byDate = new Map<string, ArticleMentions[]>();
    for (const [uri, chains] of entity.documents) {
      const found = this.mentionsIn(uri, chains);
      if (found) pushTo(byDate, dateOf(found.article), found);
    }
    return [...byDate.keys()].sort().flatMap((date) => byDate.get(date) as ArticleMentions[]);
  }

  /** The first of articlesOf, without sorting them all (the Entities view asks it for every entity it lists). */
  earliestArticleOf(entity: EntityRecord): ArticleMentions | undefined {
    if (this.earliest.has(entity)) return this.earliest.get(entity);
    let earliest: ArticleMentions | undefined;
    for (const [uri, chains] of entity.documents) {
      if (earliest && compareArticles(this.articles.get(uri) ?? earliest.article, earliest.article) >= 0) continue;
      earliest = this.mentionsIn(uri, chains) ?? earliest;
    }
    this.earliest.set(entity, earliest);
    return earliest;
  }

  /** An article's mentions of some of its chains: how many, and the first. */
  private mentionsIn(uri: string, chains: Iterable<number>): ArticleMentions | undefined {
    const article = this.articles.get(uri);
    if (!article) return undefined;
    let count = 0;
    let first: Mention | undefined;
    for (const chain of chains) {
      const indexes = article.analysis.chains[chain]?.mentions ?? [];
      count += indexes.length;
      const candidate = article.analysis.mentions[indexes[0]];
      if (candidate && (!first || candidate.start < first.start)) first = candidate;
    }
    return first && { article, count, first };
  }

  /** Links up to `limit` of the articles added since into their stories; returns how many are left. */
  linkStories(limit = Infinity): number {
    let linked = 0;
    for (const [uri, analysis] of this.unlinked) {
      if (linked++ >= limit) break;
      this.unlinked.delete(uri);
      this.storySet.setDocument(uri, analysis);
    }
    return this.unlinked.size;
  }

  /**
   * Links up to `limit` articles into their stories, or once all are linked takes up to `limit` steps of clustering
   * them (StoryIndex.settleSome); true while work is left. A pass after indexing runs it between requests, so the first request that
   * reads the stories does not link and cluster thousands of articles at once.
   */
  settleStories(limit: number): boolean {
    return this.linkStories(limit) > 0 || this.storySet.clusterSome(limit);
  }

  /** The story index with every article in it. */
  private get linked(): StorySet {
    if (this.unlinked.size > 0) this.linkStories();
    return this.storySet;
  }

  /** The story an article belongs to (every indexed article belongs to exactly one). */
  storyOf(uri: string): Story | undefined {
    return this.linked.storyOf(uri);
  }

  /** The main-event day of its story for an undated article that reports that event, with why (stories/eventDate.ts). */
  storyDateOf(uri: string): StoryDate | undefined {
    return this.linked.storyDateOf(uri);
  }

  /** Every story, by its smallest member URI. */
  stories(): Story[] {
    return this.linked.stories();
  }

  /** The user's story decisions (`.crosscheck/stories.json`), with the file's paths already turned into URIs. */
  setStoryDecisions(decisions: StoryDecisions): void {
    this.storySet.setDecisions(decisions);
    this.storyChanges++;
  }

  conflictsFor(uri: string): Conflict[] {
    return this.conflicts.conflictsFor(uri);
  }
}

function daysOf(analysis: DocumentAnalysis | undefined): Set<string> {
  const days = new Set<string>();
  for (const date of analysis?.dates ?? []) if (date.value && date.granularity === 'day') days.add(date.value);
  return days;
}

/** Articles in reading order: by reference date (undated last), then by path. */
export function compareArticles(a: Article, b: Article): number {
  const da = dateOf(a);
  const db = dateOf(b);
  return da < db ? -1 : da > db ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0;
}

/** What reading order sorts articles by first: the reference date, undated last. */
function dateOf(article: Article): string {
  return article.analysis.referenceDate?.value ?? '9999';
}
