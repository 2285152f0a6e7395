// The stories the user sees: the automatic ones, with the user's decisions applied (an article moved into another
// article's story, or split off alone), each with an id, a title and its date range.
import { fnv1a } from '../fnv';
import { isIsoDay } from '../dates/calendar';
import type { DocumentAnalysis } from '../types';
import { NO_STORY_DECISIONS, type StoryDecisions } from './decisions';
import { type StoryDate, storyDateOf } from './eventDate';
import { StoryIndex } from './storyIndex';
import { storyTitle } from './title';

export type { StoryDate } from './eventDate';
export { parseStoryDecisions, storyDecisionFields, NO_STORY_DECISIONS, type StoryDecisions } from './decisions';

export interface Story {
  /** Derived from the story's smallest member id, so it does not depend on indexing order. */
  id: string;
  title: string;
  /** Member article ids (URIs), sorted. */
  documents: string[];
  /** Earliest and latest stated article day of the members, ISO YYYY-MM-DD. */
  start: string | null;
  end: string | null;
}

/** FNV-1a in hex, for short ids. */
const hash = (text: string): string => fnv1a(text).toString(16).padStart(8, '0');

/** How deep a chain of moves ("a with b", "b with c") is followed before it counts as a loop. */
const MAX_MOVES = 32;

export class StorySet {
  private readonly index = new StoryIndex();
  /** Decisions with paths turned into article ids. */
  private decisions: StoryDecisions = NO_STORY_DECISIONS;
  /** Built stories by their members, reused while the members and their texts stay the same. */
  private readonly built = new Map<string, Story>();
  /** Article → the key of the built story holding it, to drop that story when the article changes. */
  private readonly builtKeyOf = new Map<string, string>();

  setDocument(id: string, analysis: DocumentAnalysis): void {
    this.forget(id);
    this.index.setDocument(id, analysis);
  }

  /** An analysis' story features worked out in steps before its setDocument (StoryIndex.featureSteps). */
  featureSteps(analysis: DocumentAnalysis): () => boolean {
    return this.index.featureSteps(analysis);
  }

  removeDocument(id: string): void {
    this.forget(id);
    this.index.removeDocument(id);
  }

  /** Takes up to `limit` steps of re-clustering the changed articles' groups (StoryIndex.settleSome); true while some are left. */
  clusterSome(limit: number): boolean {
    return this.index.settleSome(limit);
  }

  private forget(id: string): void {
    const key = this.builtKeyOf.get(id);
    if (key !== undefined) this.built.delete(key);
    this.builtKeyOf.delete(id);
  }

  /** Decisions keyed by article id (the caller maps the file's paths to ids). */
  setDecisions(decisions: StoryDecisions): void {
    this.decisions = decisions;
  }

  storyOf(id: string): Story | undefined {
    if (!this.index.has(id)) return undefined;
    return this.build(this.members(this.anchorOf(id)));
  }

  /** Whether two articles' own same-story score links them (storyIndex.ts): whose claims are compared. */
  directlyLinked(a: string, b: string): boolean {
    return this.index.directlyLinked(a, b);
  }

  /** For an undated article that reports its story's main event: that event's day, and why. */
  storyDateOf(id: string): StoryDate | undefined {
    const story = this.storyOf(id);
    if (!story) return undefined;
    return storyDateOf(this.index.features(id)!, story.documents.map((m) => this.index.features(m)!), story.title);
  }

  stories(): Story[] {
    const byAnchor = new Map<string, string[]>();
    for (const id of this.index.ids()) {
      const anchor = this.anchorOf(id);
      const members = byAnchor.get(anchor);
      if (members) members.push(id);
      else byAnchor.set(anchor, [id]);
    }
    return [...byAnchor.values()].map((members) => this.build(members.sort())).sort((a, b) => (a.documents[0] < b.documents[0] ? -1 : 1));
  }

  /**
   * What names an article's story: `alone:` and the article for one split off, else the smallest member of the
   * automatic story of the article it was moved to (following moves), or of its own.
   */
  private anchorOf(id: string): string {
    let current = id;
    for (let step = 0; step < MAX_MOVES; step++) {
      if (this.decisions.alone.has(current)) return `alone:${current}`;
      const target = this.decisions.with.get(current);
      if (target === undefined || !this.index.has(target) || target === id) break;
      current = target;
    }
    return `auto:${this.index.clusterOfArticle(current)!.members[0]}`;
  }

  /** The members of the story an anchor names: automatic members not moved away, and the articles moved in. */
  private members(anchor: string): string[] {
    if (anchor.startsWith('alone:')) return [anchor.slice('alone:'.length)];
    const automatic = this.index.clusterOfArticle(anchor.slice('auto:'.length))!.members;
    const decided = (id: string) => this.decisions.alone.has(id) || this.decisions.with.has(id);
    const members = automatic.filter((id) => !decided(id) || this.anchorOf(id) === anchor);
    for (const id of [...this.decisions.with.keys(), ...this.decisions.alone]) {
      if (this.index.has(id) && !automatic.includes(id) && this.anchorOf(id) === anchor) members.push(id);
    }
    return members.sort();
  }

  private build(members: string[]): Story {
    const key = members.join('\n');
    const cached = this.built.get(key);
    if (cached) return cached;
    const features = members.map((id) => this.index.features(id)!);
    const days = features.map((f) => f.statedDate).filter((d): d is string => d !== null && isIsoDay(d)).sort();
    // The title is made when first read (story lists, timelines, dates): an edit asks its article's story for the
    // members alone, and making the title of every story an edit changes was a tenth of its conflict comparison.
    let title: string | undefined;
    const story: Story = {
      id: `s${hash(members[0])}`,
      get title() {
        return (title ??= storyTitle(features, members[0].replace(/^.*[\\/]/, '')));
      },
      documents: members,
      start: days[0] ?? null,
      end: days[days.length - 1] ?? null,
    };
    for (const id of members) {
      const previous = this.builtKeyOf.get(id);
      if (previous !== undefined && previous !== key) this.built.delete(previous);
      this.builtKeyOf.set(id, key);
    }
    this.built.set(key, story);
    return story;
  }
}
