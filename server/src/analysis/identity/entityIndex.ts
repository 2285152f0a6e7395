// Across articles: one id per real-world entity. Chains are grouped by their normalised name, whatever type each
// article's recognizer gave them, and the group takes its most common type ("person:xi jinping"); a group resolves
// to the shortest full name it contains, a one-word group to the one full name it can stand for.
// Updates touch only the article's own chains. Each group's entity id is resolved once, when first needed, and kept
// until something it read changes; records are built from the groups holding that very id, so every id given out has one.
import { addTo, removeFrom } from '../multiMap';
import { ENTITY_TYPES, type DocumentAnalysis, type EntityChain, type EntityType } from '../types';
import { knownEntity } from './aliases';
import { NO_DECISIONS, type IdentityDecisions } from './decisions';
import { SmallSets } from './smallSets';
import { compatibleGivenNames, compatibleTypes, FUNCTION_WORDS, isFeatureName, nameKey, nameTokens } from './names';

export { parseIdentityDecisions, type IdentityDecisions } from './decisions';


/** More distinct multi-word names than this share a word: the word is too common to stand for one of them. */
const MAX_NAMES_PER_WORD = 50;
/**
 * The longest sub-name looked for inside a name, and the longest person's name whose words are tried in any subset:
 * longer spans are run-ons, and trying all their parts would cost the cube (or the power set) of their length.
 */
const MAX_SUB_NAME_WORDS = 6;
const MAX_SUBSET_NAME_WORDS = 7;
/** How deep in a resolution a run-on name may still be followed to the entity its first or last word stands for. */
const MAX_RUN_ON_DEPTH = 2;
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: Array<{ role: string; docs: string[] }>;
  /** docId → chain indexes in that document, both in ascending order */
  documents: Map<string, number[]>;
  mentionCount: number;
}

/** How many articles mention an entity, and how many times in all. */
export interface EntitySize {
  documents: number;
  mentions: number;
}

/** What the index keeps of one chain. */
interface ChainEntry {
  /** The article and the chain's index in it. */
  docId: string;
  chain: number;
  /** Normalised name ("xi jinping"), the key of the chain's group. */
  key: string;
  type: EntityType;
  name: string;
  forms: string[];
  roles: string[];
  mentionCount: number;
  /** One-word forms the article uses for this full name ("post" for New York Post, "asean"). */
  aliases: readonly string[];
}

const NO_ALIASES: readonly string[] = [];

/** What entryOf reads of a name or form: its key, how many words that has, and a known entity. */
interface NameFacts {
  key: string;
  words: number;
  known: { name: string; type: EntityType } | undefined;
}

/**
 * How many names' facts an index keeps: the articles of a corpus write the same names again (a start from the
 * persisted index reads 134,000 chains and their forms at 10,000 articles), and a key kept is one string for all
 * chains of that name instead of a copy each.
 */
const NAMES_READ_KEPT = 65_536;

/** The chains of one normalised name, whatever type the recognizer gave each. */
interface Group {
  key: string;
  tokens: string[];
  /** The chains themselves (the objects of `docs`): no reference string made and hashed for each. */
  chains: Set<ChainEntry>;
  /**
   * How many chains carry each type, by its place in ENTITY_TYPES; the group takes the most common one. An array of
   * small integers, where a Map was about 200 bytes a group (most have one chain).
   */
  types: number[];
  /** That most common type (typeOf), kept as chains come and go: resolutions ask it of every name they meet. */
  type: EntityType;
  /**
   * How many times its chains write each form, kept by delta once the group has COUNTED_GROUP_CHAINS chains: an edit
   * of one article then does not recount a big entity's every chain for its name and aliases.
   */
  forms?: Map<string, number>;
}

/** Groups of at least this many chains keep their form counts (smaller ones are counted when asked, saving a map each). */
const COUNTED_GROUP_CHAINS = 16;

/** A group's entity: one root group, or several full names a one-word form could stand for. */
export type Resolution = { root: string } | { candidates: string[] };

/** A one-word form that fits several full names goes to the one with this many times the chains of all others. */
const DOMINANCE = 3;
const SEPARATOR = '\u0000';

/**
 * What a resolution reads: groups (their chains and types), the names holding a word, the names using a word as alias,
 * and whether a word is common (in more than MAX_NAMES_PER_WORD names), which changes far less often than its names.
 */
export const READ_KINDS = ['group', 'word', 'alias', 'common'] as const;
export type ReadKind = (typeof READ_KINDS)[number];
/** Sets are made on first use: most resolutions read only some kinds. */
type Reads = Partial<Record<ReadKind, Set<string>>>;
const noReads = (): Required<Reads> => ({ group: new Set(), word: new Set(), alias: new Set(), common: new Set() });

/**
 * How deep names are followed from the name asked about (a run-on to its first word, that word to its full names, …);
 * a name met deeper stands for itself. Cutting by depth rather than by the names on the way makes each name's answer
 * at each depth depend on the corpus alone, so it can be kept and shared by every question that meets it.
 */
const MAX_RESOLUTION_DEPTH = 3;

/**
 * A kept resolution of one name at one depth: what it read itself, and the kept resolutions it used, as arrays (a
 * set per kind per kept resolution was a tenth of the index's memory; they are only walked when it is dropped).
 */
export interface ResolutionEntry {
  resolution: Resolution;
  reads: Partial<Record<ReadKind, string[]>>;
  uses?: string[];
}

/**
 * Every group's entity id and the kept resolutions with who read and used what: the whole of what resolving the
 * groups built. Another index over the same decisions and metonymy takes it instead of resolving again, and resolves
 * again only what read something that differs between the two (useResolutions).
 */
export interface Resolutions {
  /** What the resolutions read of the index they were made in. */
  shape: IndexShape;
  /** Group key → entity id. */
  ids: Map<string, string>;
  /** `depth \0 name` and its kept resolution, read as they are needed (a file's are decoded one by one). */
  entries: Iterable<[string, ResolutionEntry]>;
}

/**
 * What resolutions read of an index, whole enough to tell what differs in another: each group's signature (its chains
 * by type), and each one-word alias's user groups. The words holding a name and their commonness follow from these.
 */
export interface IndexShape {
  signatures: Map<string, string>;
  aliases: Map<string, string[]>;
}

/** A resolution in progress. */
interface Frame {
  reads: Reads;
  uses?: Set<string>;
}
export const typeOfId = (id: string): EntityType => id.slice(0, id.indexOf(':')) as EntityType;
const keyOfId = (id: string): string => id.slice(id.indexOf(':') + 1);
const pairKey = (a: string, b: string): string => (a < b ? `${a}${SEPARATOR}${b}` : `${b}${SEPARATOR}${a}`);

/** The type most chains carry, the first of ENTITY_TYPES among equals; "other" only when nothing else is said. */
function mostCommonType(types: readonly number[]): EntityType {
  let best: EntityType = 'other';
  let bestCount = 0;
  for (let i = 0; i < ENTITY_TYPES.length; i++) {
    if (ENTITY_TYPES[i] !== 'other' && types[i] > bestCount) [best, bestCount] = [ENTITY_TYPES[i], types[i]];
  }
  return best;
}

const TYPE_INDEX = new Map(ENTITY_TYPES.map((type, i) => [type, i]));

export class EntityIndex {
  private readonly metonymy: boolean;
  private readonly docs = new Map<string, ChainEntry[]>();
  private readonly groups = new Map<string, Group>();
  /** Word → multi-word groups containing the word. */
  private readonly wordIndex = new Map<string, Set<string>>();
  /** One-word alias → groups whose chains use it → how many chains do. */
  private readonly aliasIndex = new Map<string, Map<string, number>>();
  /** Entity id → the id it was merged into by a "same" decision. */
  private sameAs = new Map<string, string>();
  /** Representative id → every id merged into it (itself included). */
  private merged = new Map<string, string[]>();
  private different = new Set<string>();
  /** Group key → the entity id its chains have, for every group resolved since it last changed. */
  private idOfKey = new Map<string, string>();
  /** Entity id → the groups whose chains it holds: the one place records are built from. */
  private readonly members = new Map<string, Set<string>>();
  /** The ids with members, sorted, until an id comes or goes. */
  private sortedIds: string[] | undefined;
  /** How many entities (ids with members) carry each type, kept as members come and go. */
  private readonly typeCounts = new Map<EntityType, number>();
  /** Bumped whenever an entity id given out may no longer hold (a group's id was dropped), so callers can keep what they built from ids. */
  private idVersion = 0;
  /** Groups added or invalidated and not resolved since. */
  private readonly unsettled = new Set<string>();
  private readonly records = new Map<string, EntityRecord>();
  /** sizeOf's answers, dropped with the records (whatever changes a record changes its size). */
  private readonly sizes = new Map<string, EntitySize>();
  /** nameSoFar's answers, dropped with the records likewise. */
  private readonly names = new Map<string, string>();
  /** Told each id whose record and size are dropped, for what is kept over the records (entityCatalog.ts). */
  private readonly recordChanges: Array<(id: string) => void> = [];
  /**
   * Kept resolutions by depth and name, who read each thing, and who used each kept resolution. An update drops
   * only the resolutions that read what it changed and those built on them, so its cost does not grow with the corpus.
   */
  /**
   * Each with its own key string, which the resolutions using it keep in their `uses` (the key a lookup builds is a
   * copy: 124,000 of them at 3,000 articles).
   */
  private readonly entries = new Map<string, [string, ResolutionEntry]>();
  private readonly readers: Record<ReadKind, SmallSets> = { group: new SmallSets(), word: new SmallSets(), alias: new SmallSets(), common: new SmallSets() };
  private readonly users = new SmallSets();
  /** Kept resolutions taken from elsewhere (useResolutions) not yet in `entries`, `readers` and `users`. */
  private unregistered: Iterator<[string, ResolutionEntry]> | undefined;
  /** The resolutions in progress, outermost first. */
  private readonly stack: Frame[] = [];
  /** Each name's shortest contained names and what finding them read (shortestContainedNames), until a chain or a decision changes. */
  private readonly containedNames = new Map<string, { keys: string[]; reads: Reads }>();
  /** nameFacts' answers, by the text of a name or form. */
  private readonly namesRead = new Map<string, NameFacts>();

  constructor(options: { metonymy?: boolean } = {}) {
    this.metonymy = options.metonymy ?? true;
  }

  /** Adds or replaces one article's chains. */
  setDocument(docId: string, analysis: Pick<DocumentAnalysis, 'chains' | 'mentions'>): void {
    this.replaceChains(docId, analysis.chains.map((chain, index) => this.entryOf(docId, index, chain)));
  }

  removeDocument(docId: string): void {
    this.replaceChains(docId, undefined);
  }

  /**
   * setDocument in steps of up to `chainsPerStep` chains, for a thread that answers requests between them (a 2 MB
   * article has 16,000 chains: 200-400 ms at once). The first step takes the old chains out; each step leaves the
   * index as if the article had only the chains added so far, so a request in between reads a consistent index,
   * and after the last one it equals setDocument's. Returns the step, true while some are left; a later change of
   * the article stops it.
   */
  setDocumentInSteps(docId: string, analysis: Pick<DocumentAnalysis, 'chains' | 'mentions'>, chainsPerStep: number): () => boolean {
    const entries: ChainEntry[] = [];
    let started = false;
    return () => {
      // The first step swaps the old chains for its own in one update (two would invalidate twice).
      const old = started ? [] : (this.docs.get(docId) ?? []);
      if (started && this.docs.get(docId) !== entries) return false;
      started = true;
      const from = entries.length;
      const added = analysis.chains.slice(from, from + chainsPerStep).map((chain, i) => this.entryOf(docId, from + i, chain));
      entries.push(...added);
      this.replaceChains(docId, entries, old, added);
      return entries.length < analysis.chains.length;
    };
  }

  /** The entity id of a chain of an indexed article; `get()` knows every id it gives. */
  entityOf(docId: string, chain: number): string | undefined {
    const entry = this.docs.get(docId)?.[chain];
    return entry ? this.settle(entry.key) : undefined;
  }

  get(id: string): EntityRecord | undefined {
    this.settleAll();
    return this.resolvedSoFar(id);
  }

  /**
   * The record of an id from the groups resolved so far, leaving the others unresolved: what a request reads while
   * a pass is still adding articles. Resolving every group added since the last request instead, as `get` does,
   * made hovers during a cold index of 10,000 articles cost 110 s of this thread's CPU (the next articles drop many
   * of those resolutions again). A record kept here is dropped as soon as another group resolves to its id.
   */
  resolvedSoFar(id: string): EntityRecord | undefined {
    const cached = this.records.get(id);
    if (cached) return cached;
    const record = this.buildRecord(id);
    if (record) this.records.set(id, record);
    return record;
  }

  /** The name of `id`'s record (`get(id).name`) without building the record: a hover card names its co-mentioned entities. */
  nameOf(id: string): string | undefined {
    this.settleAll();
    return this.nameSoFar(id);
  }

  /**
   * `resolvedSoFar(id).name` without building the record: a record rebuilds an entity's sorted documents and roles
   * (a big entity's after each edit of one of its articles), its name reads only the written forms.
   */
  nameSoFar(id: string): string | undefined {
    const known = this.records.get(id)?.name ?? this.names.get(id);
    if (known !== undefined) return known;
    if (!this.members.has(id)) return undefined;
    const name = nameFrom(keyOfId(id), this.formCountsOf(id), () => this.chainsOf(id));
    this.names.set(id, name);
    return name;
  }

  /** Calls `listener` with every id whose record (and so its size, names and chains) may have changed since it was read. */
  onRecordChange(listener: (id: string) => void): void {
    this.recordChanges.push(listener);
  }

  /** Changes whenever an id `entityOf` gave may have changed; resolving more groups does not change it. */
  get version(): number {
    return this.idVersion;
  }

  /** How many entities there are, by type: equal to counting `all()`, at the cost of what changed since the last call. */
  counts(): { entities: number; byType: Record<EntityType, number> } {
    this.settleAll();
    const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, this.typeCounts.get(type) ?? 0])) as Record<EntityType, number>;
    return { entities: this.members.size, byType };
  }

  /** Every entity, or those of one type (ids start with their type, so only that type's records are built). */
  all(type?: EntityType): Iterable<EntityRecord> {
    return this.ids(type).map((id) => this.get(id) as EntityRecord);
  }

  /** The ids of every entity, or of those of one type, sorted. */
  ids(type?: EntityType): string[] {
    this.settleAll();
    this.sortedIds ??= [...this.members.keys()].sort();
    return type === undefined ? this.sortedIds : this.sortedIds.filter((id) => id.startsWith(`${type}:`));
  }

  /**
   * An entity's article and mention counts (its record's documents.size and mentionCount) without building its record:
   * for ranking thousands of entities to build the records of the first few (entityCatalog.ts).
   */
  sizeOf(id: string): EntitySize {
    const known = this.sizes.get(id);
    if (known) return known;
    const cached = this.records.get(id);
    if (cached) return { documents: cached.documents.size, mentions: cached.mentionCount };
    const members = this.members.get(id);
    if (!members) return { documents: 0, mentions: 0 };
    const documents = new Set<string>();
    let mentions = 0;
    for (const key of members) {
      for (const entry of (this.groups.get(key) as Group).chains) {
        documents.add(entry.docId);
        mentions += entry.mentionCount;
      }
    }
    const size = { documents: documents.size, mentions };
    this.sizes.set(id, size);
    return size;
  }

  /**
   * Every group resolved, and what the resolutions read (the ids and entries live: serialise them before the next
   * change). A later start over the same decisions and metonymy takes them (useResolutions) instead of resolving every
   * group again.
   */
  resolutions(): Resolutions {
    this.settleAll();
    this.registerSome();
    const signatures = new Map<string, string>();
    for (const key of this.groups.keys()) signatures.set(key, this.signature(key));
    const aliases = new Map<string, string[]>();
    for (const [alias, users] of this.aliasIndex) aliases.set(alias, [...users.keys()]);
    return { shape: { signatures, aliases }, ids: this.idOfKey, entries: { [Symbol.iterator]: () => this.entries.values() } };
  }

  /**
   * Takes the resolutions of an index over the same decisions and metonymy (the caller's key says so) when nothing is
   * resolved here yet, and drops those that read what differs between that index and this one (articles added,
   * changed or removed since), as the updates from that index to this one would: a new article at the next start
   * resolves its own names and those they touch, not the corpus's. Returns how many groups are left to resolve again
   * (0: the same articles' names), or undefined, with nothing changed, when they are not of that shape: the groups
   * are then resolved as usual.
   */
  useResolutions(kept: Resolutions): number | undefined {
    if (this.idOfKey.size > 0 || this.entries.size > 0 || !isResolutions(kept)) return undefined;
    const changed = this.changedSince(kept.shape);
    for (const key of this.groups.keys()) if (!kept.ids.has(key) && !changed.group.has(key)) return undefined;
    this.idOfKey = kept.ids;
    this.unregistered = kept.entries[Symbol.iterator]();
    this.members.clear();
    this.typeCounts.clear();
    for (const [key, id] of this.idOfKey) addTo(this.members, id, key);
    for (const id of this.members.keys()) this.typeCounts.set(typeOfId(id), (this.typeCounts.get(typeOfId(id)) ?? 0) + 1);
    this.sortedIds = undefined;
    this.unsettled.clear();
    this.records.clear();
    this.sizes.clear();
    this.names.clear();
    // Every id is new to what is kept over the records (entityCatalog.ts).
    for (const id of this.members.keys()) this.forget(id);
    this.idVersion++;
    // Each group's outermost resolution read the group itself: a group gone since loses its id here.
    if (READ_KINDS.some((kind) => changed[kind].size > 0)) this.invalidate(changed);
    return this.unsettled.size;
  }

  /**
   * What differs between an index of `shape` and this one, as replaceChains notes it for one update: the groups whose
   * signature differs (new and gone ones too), the words of names new or gone, the aliases whose users differ, and the
   * words of those whose commonness differs.
   */
  private changedSince(shape: IndexShape): Required<Reads> {
    const changed = noReads();
    /** Per word of a name new or gone: how many more names hold it here than there. */
    const wordDelta = new Map<string, number>();
    const note = (key: string, delta: number): void => {
      changed.group.add(key);
      if (!key.includes(' ')) return;
      for (const word of new Set(key.split(' '))) {
        changed.word.add(word);
        wordDelta.set(word, (wordDelta.get(word) ?? 0) + delta);
      }
    };
    for (const key of this.groups.keys()) {
      const before = shape.signatures.get(key);
      if (before === undefined) note(key, 1);
      else if (before !== this.signature(key)) changed.group.add(key);
    }
    for (const key of shape.signatures.keys()) if (!this.groups.has(key)) note(key, -1);
    for (const [alias, users] of this.aliasIndex) {
      const before = shape.aliases.get(alias);
      if (!before || before.length !== users.size || before.some((key) => !users.has(key))) changed.alias.add(alias);
    }
    for (const alias of shape.aliases.keys()) if (!this.aliasIndex.has(alias)) changed.alias.add(alias);
    for (const word of new Set([...changed.word, ...changed.alias])) {
      const names = this.wordIndex.get(word)?.size ?? 0;
      const wasCommon = names - (wordDelta.get(word) ?? 0) > MAX_NAMES_PER_WORD || (shape.aliases.get(word)?.length ?? 0) > MAX_NAMES_PER_WORD;
      if (wasCommon !== this.commonness(word)) changed.common.add(word);
    }
    return changed;
  }

  /**
   * Takes in up to `limit` of the kept resolutions useResolutions was given, with who read and used what: updates and
   * new resolutions need them, the ids do not (a background pass after a start runs it; an update or resolution
   * before it is done takes the rest first); true while some are left.
   */
  registerSome(limit = Infinity): boolean {
    if (!this.unregistered) return false;
    for (let n = 0; n < limit; n++) {
      const next = this.unregistered.next();
      if (next.done) {
        this.unregistered = undefined;
        return false;
      }
      this.entries.set(next.value[0], next.value);
      this.register(next.value[0], next.value[1]);
    }
    return true;
  }

  private register(entryKey: string, entry: ResolutionEntry): void {
    for (const kind of READ_KINDS) for (const read of entry.reads[kind] ?? []) this.readers[kind].add(read, entryKey);
    for (const used of entry.uses ?? []) this.users.add(used, entryKey);
  }

  setDecisions(decisions: IdentityDecisions = NO_DECISIONS): void {
    // Union-find where the id written first in the file names the merged entity.
    const parent = new Map<string, string>();
    const order = new Map<string, number>();
    const find = (id: string): string => {
      let at = id;
      while (parent.get(at) !== at) at = parent.get(at) as string;
      return at;
    };
    for (const group of decisions.same) {
      for (const id of group) {
        if (!parent.has(id)) {
          parent.set(id, id);
          order.set(id, order.size);
        }
        const [a, b] = [find(group[0]), find(id)];
        if (a === b) continue;
        if ((order.get(a) as number) < (order.get(b) as number)) parent.set(b, a);
        else parent.set(a, b);
      }
    }
    this.sameAs = new Map([...parent.keys()].map((id) => [id, find(id)]));
    this.merged = new Map();
    for (const [id, representative] of this.sameAs) this.merged.set(representative, [...(this.merged.get(representative) ?? []), id]);
    this.different = new Set();
    for (const group of decisions.different) {
      for (const a of group) for (const b of group) if (a !== b) this.different.add(pairKey(a, b));
    }
    this.invalidate();
  }

  /**
   * Unsettles the groups whose resolution read anything in `changed` (all of them when no set is given, as after new
   * decisions), and the changed groups themselves; they are resolved again when next needed.
   */
  private invalidate(changed?: Reads): void {
    this.containedNames.clear();
    this.registerSome();
    const stale = new Set<string>();
    const queue: string[] = [];
    if (changed) {
      for (const kind of READ_KINDS) for (const read of changed[kind] ?? []) queue.push(...this.readers[kind].get(read));
    } else queue.push(...this.entries.keys());
    while (queue.length > 0) {
      const entryKey = queue.pop() as string;
      if (stale.has(entryKey)) continue;
      stale.add(entryKey);
      queue.push(...this.users.get(entryKey));
    }
    for (const entryKey of stale) this.dropEntry(entryKey);
    for (const key of changed ? (changed.group ?? []) : this.groups.keys()) {
      if (!this.groups.has(key)) this.unsettled.delete(key);
      else if (!this.idOfKey.has(key)) this.unsettled.add(key);
    }
  }

  private dropEntry(entryKey: string): void {
    const entry = this.entries.get(entryKey)?.[1];
    if (!entry) return;
    this.entries.delete(entryKey);
    this.users.delete(entryKey);
    for (const kind of READ_KINDS) for (const read of entry.reads[kind] ?? []) this.readers[kind].remove(read, entryKey);
    for (const used of entry.uses ?? []) this.users.remove(used, entryKey);
    // A name's outermost resolution is its group's id.
    if (entryKey.startsWith(`0${SEPARATOR}`)) this.unsettle(entryKey.slice(2));
  }

  /** The entity id of a group's chains: its name resolved as the outermost question, so from the name alone. */
  private settle(key: string): string {
    const known = this.idOfKey.get(key);
    if (known !== undefined) return known;
    this.registerSome();
    const resolution = this.resolve(key);
    // A one-word form that could stand for several people stays an entity of its own.
    const own = this.idOf('root' in resolution ? resolution.root : key);
    const id = this.sameAs.get(own) ?? own;
    this.idOfKey.set(key, id);
    if (!this.members.has(id)) {
      this.typeCounts.set(typeOfId(id), (this.typeCounts.get(typeOfId(id)) ?? 0) + 1);
      this.sortedIds = undefined;
    }
    addTo(this.members, id, key);
    this.forget(id);
    this.unsettled.delete(key);
    return id;
  }

  private unsettle(key: string): void {
    const id = this.idOfKey.get(key);
    if (id === undefined) return;
    this.idVersion++;
    this.idOfKey.delete(key);
    removeFrom(this.members, id, key);
    if (!this.members.has(id)) {
      this.typeCounts.set(typeOfId(id), (this.typeCounts.get(typeOfId(id)) as number) - 1);
      this.sortedIds = undefined;
    }
    this.forget(id);
    this.dropEntry(`0${SEPARATOR}${key}`);
    if (this.groups.has(key)) this.unsettled.add(key);
  }

  /**
   * Resolves up to `limit` of the groups changed since they were last resolved; true while some are left. A background
   * pass calls it between requests, so that the first request after many articles came in (a hover, the status count)
   * does not resolve them all at once.
   */
  settleSome(limit: number): boolean {
    for (const key of this.unsettled) {
      if (limit-- <= 0) break;
      this.settle(key);
    }
    return this.unsettled.size > 0;
  }

  /** Resolves every group changed since the last call: what an update touched, not the corpus. */
  private settleAll(): void {
    if (this.unsettled.size === 0) return;
    for (const key of [...this.unsettled]) this.settle(key);
  }

  // Reads during a resolution are noted on it, and registered once it is done.
  private note(kind: ReadKind, what: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame) (frame.reads[kind] ??= new Set()).add(what);
  }

  private group(key: string): Group | undefined {
    const group = this.groups.get(key);
    // The group's own key rather than the caller's copy (sub-names are built afresh): resolutions keep what they read.
    this.note('group', group?.key ?? key);
    return group;
  }

  private namesWith(word: string): Set<string> | undefined {
    this.note('word', word);
    return this.wordIndex.get(word);
  }

  private aliasUsers(word: string): Map<string, number> | undefined {
    this.note('alias', word);
    return this.aliasIndex.get(word);
  }

  private entryOf(docId: string, index: number, chain: EntityChain): ChainEntry {
    const name = this.nameFacts(chain.name);
    const known = chain.type === 'person' ? undefined : name.known;
    // One-word forms of a full name, each once, in the order written; most chains have none and share one empty list.
    let aliases: string[] | undefined;
    if (!known && name.words >= 2) {
      for (const form of chain.forms) {
        const word = this.nameFacts(form);
        if (word.words === 1 && !aliases?.includes(word.key)) (aliases ??= []).push(word.key);
      }
    }
    return {
      docId, chain: index, key: known?.name ?? name.key, type: known?.type ?? chain.type, name: chain.name, forms: chain.forms, roles: chain.roles,
      mentionCount: chain.mentions.length, aliases: aliases ?? NO_ALIASES,
    };
  }

  /** nameTokens' key of a name or form and the entity it is known as, kept for the next chain that writes it. */
  private nameFacts(text: string): NameFacts {
    let facts = this.namesRead.get(text);
    if (!facts) {
      // A whole cache at once when full: it only saves work, any answer is the same without it.
      if (this.namesRead.size >= NAMES_READ_KEPT) this.namesRead.clear();
      const tokens = nameTokens(text);
      const key = nameKey(tokens);
      facts = { key, words: tokens.length, known: knownEntity(key, this.metonymy) };
      this.namesRead.set(text, facts);
    }
    return facts;
  }

  /**
   * Swaps an article's chains (takes `old` out and `added` in; `entries` are its chains after), then notes only what changed for resolutions: a group whose size or types moved, a word
   * that gained or lost a name, an alias that gained or lost a user, a word that became common or stopped being so.
   * An article saved again with the same names changes nothing but its own records.
   */
  private replaceChains(docId: string, entries: ChainEntry[] | undefined, old = this.docs.get(docId) ?? [], added = entries ?? []): void {
    this.containedNames.clear();
    if (this.idOfKey.size === 0 && this.entries.size === 0) return this.replaceUnresolved(docId, entries, old, added);
    const before = new Map<string, string>();
    /** Alias → the touched groups using it, and whether each did before: only those can start or stop using it. */
    const aliasesBefore = new Map<string, Map<string, boolean>>();
    const commonBefore = new Map<string, boolean>();
    const touch = (entry: ChainEntry): void => {
      if (!before.has(entry.key)) before.set(entry.key, this.signature(entry.key));
      const words = entry.key.includes(' ') ? entry.key.split(' ') : [];
      for (const word of [...words, ...entry.aliases]) if (!commonBefore.has(word)) commonBefore.set(word, this.commonness(word));
      for (const alias of entry.aliases) {
        const users = aliasesBefore.get(alias) ?? new Map<string, boolean>();
        if (!users.has(entry.key)) users.set(entry.key, this.aliasIndex.get(alias)?.has(entry.key) ?? false);
        aliasesBefore.set(alias, users);
      }
    };
    old.forEach(touch);
    added.forEach(touch);
    old.forEach((entry) => this.removeChain(entry));
    if (entries) this.docs.set(docId, entries);
    else this.docs.delete(docId);
    added.forEach((entry) => this.addChain(entry));
    const changed = noReads();
    for (const [key, signature] of before) {
      // Records hold chain positions, so every touched group's record is rebuilt.
      const id = this.idOfKey.get(key);
      if (id !== undefined) this.forget(id);
      if (this.signature(key) === signature) continue;
      changed.group.add(key);
      const group = this.groups.get(key);
      const existed = signature !== '';
      if (existed === (group !== undefined) || !key.includes(' ')) continue;
      for (const word of new Set(key.split(' '))) {
        if (group) addTo(this.wordIndex, word, key);
        else removeFrom(this.wordIndex, word, key);
        changed.word.add(word);
      }
    }
    for (const [alias, users] of aliasesBefore) {
      if ([...users].some(([key, used]) => (this.aliasIndex.get(alias)?.has(key) ?? false) !== used)) changed.alias.add(alias);
    }
    for (const [word, common] of commonBefore) if (this.commonness(word) !== common) changed.common.add(word);
    this.invalidate(changed);
  }

  /**
   * replaceChains while nothing is resolved (a start filling the index): every group is unsettled, so there are no
   * resolutions to drop and nothing to note of what changed but the word index (a quarter of a start from the
   * persisted index went to noting it).
   */
  private replaceUnresolved(docId: string, entries: ChainEntry[] | undefined, old: ChainEntry[], added: ChainEntry[]): void {
    const existed = new Map<string, boolean>();
    for (const entries of [old, added]) for (const entry of entries) if (!existed.has(entry.key)) existed.set(entry.key, this.groups.has(entry.key));
    old.forEach((entry) => this.removeChain(entry));
    if (entries) this.docs.set(docId, entries);
    else this.docs.delete(docId);
    added.forEach((entry) => this.addChain(entry));
    for (const [key, before] of existed) {
      const now = this.groups.has(key);
      if (now) this.unsettled.add(key);
      else this.unsettled.delete(key);
      if (before === now || !key.includes(' ')) continue;
      for (const word of new Set(key.split(' '))) {
        if (now) addTo(this.wordIndex, word, key);
        else removeFrom(this.wordIndex, word, key);
      }
    }
  }

  /** What resolutions read of a group: whether it exists, how many chains it has, and of which types. */
  private signature(key: string): string {
    const group = this.groups.get(key);
    return group ? `${group.chains.size}:${group.types.join(',')}` : '';
  }

  private addChain(entry: ChainEntry): void {
    let group = this.groups.get(entry.key);
    if (!group) {
      group = { key: entry.key, tokens: entry.key.split(' '), chains: new Set(), types: ENTITY_TYPES.map(() => 0), type: 'other' };
      this.groups.set(group.key, group);
    }
    group.chains.add(entry);
    group.types[TYPE_INDEX.get(entry.type)!]++;
    group.type = mostCommonType(group.types);
    if (group.forms) for (const form of entry.forms) addCount(group.forms, form, 1);
    else if (group.chains.size >= COUNTED_GROUP_CHAINS) {
      group.forms = new Map();
      for (const chain of group.chains) for (const form of chain.forms) addCount(group.forms, form, 1);
    }
    for (const alias of entry.aliases) count(this.aliasIndex, alias, group.key, +1);
  }

  /** Takes a chain out of its group; a group left empty goes (replaceChains updates the word index). */
  private removeChain(entry: ChainEntry): void {
    const group = this.groups.get(entry.key);
    if (!group) return;
    group.chains.delete(entry);
    if (group.forms) for (const form of entry.forms) addCount(group.forms, form, -1);
    group.types[TYPE_INDEX.get(entry.type)!]--;
    group.type = mostCommonType(group.types);
    for (const alias of entry.aliases) count(this.aliasIndex, alias, group.key, -1);
    if (group.chains.size === 0) this.groups.delete(group.key);
  }

  /** The type most of a group's chains carry (mostCommonType). */
  private typeOf(key: string): EntityType {
    return (this.group(key) as Group).type;
  }

  private idOf(key: string): string {
    return `${this.typeOf(key)}:${key}`;
  }

  private resolve(key: string): Resolution {
    const parent = this.stack[this.stack.length - 1];
    if (this.stack.length >= MAX_RESOLUTION_DEPTH) {
      this.note('group', key);
      return { root: key };
    }
    const entryKey = `${this.stack.length}${SEPARATOR}${key}`;
    const kept = this.entries.get(entryKey);
    if (kept) {
      if (parent) (parent.uses ??= new Set()).add(kept[0]);
      return kept[1].resolution;
    }
    const frame: Frame = { reads: {} };
    this.stack.push(frame);
    const resolution = this.resolveAfresh(key);
    this.stack.pop();
    const reads: ResolutionEntry['reads'] = {};
    for (const kind of READ_KINDS) if (frame.reads[kind]) reads[kind] = [...frame.reads[kind]];
    const entry: ResolutionEntry = { resolution, reads, ...(frame.uses ? { uses: [...frame.uses] } : {}) };
    this.entries.set(entryKey, [entryKey, entry]);
    this.register(entryKey, entry);
    if (parent) (parent.uses ??= new Set()).add(entryKey);
    return resolution;
  }

  private resolveAfresh(key: string): Resolution {
    const group = this.group(key) as Group;
    if (group.tokens.length >= 2) {
      const contained = this.containedRoot(group);
      // Run-ons are followed only near the name asked about: each step widens to every name sharing a word, and an
      // unbounded walk would visit much of a large corpus after every update.
      const runOn = this.stack.length <= MAX_RUN_ON_DEPTH ? this.runOnRoot(group) : undefined;
      return { root: contained ?? this.variantRoot(group) ?? runOn ?? key };
    }
    const candidates = this.shortFormCandidates(this.typeOf(key), group.tokens[0], key);
    const dominant = dominantRoot(candidates);
    return candidates.size === 0 ? { root: key } : dominant ? { root: dominant } : { candidates: [...candidates.keys()].sort() };
  }

  /**
   * The root of the shortest full name in the corpus that this one contains ("xi jinping" in "president xi jinping",
   * "red sox" in "boston red sox"); none when there is none, or several shortest ones with different roots.
   */
  private containedRoot(group: Group): string | undefined {
    const roots = new Set<string>();
    for (const key of this.shortestContainedNames(group)) {
      const resolution = this.resolve(key);
      roots.add('root' in resolution ? resolution.root : key);
    }
    return roots.size === 1 ? [...roots][0] : undefined;
  }

  /**
   * The shortest full names of the corpus, of a compatible type and not decided different, that a name contains:
   * found once per name while no chain or decision changes (variantRoot asks it of every name sharing a surname),
   * its reads noted again on each use so that the resolutions asking keep them.
   */
  private shortestContainedNames(group: Group): string[] {
    let found = this.containedNames.get(group.key);
    if (!found) {
      const frame: Frame = { reads: {} };
      this.stack.push(frame);
      const keys = this.shortestContainedNamesAfresh(group);
      this.stack.pop();
      found = { keys, reads: frame.reads };
      this.containedNames.set(group.key, found);
    }
    for (const kind of READ_KINDS) for (const read of found.reads[kind] ?? []) this.note(kind, read);
    return found.keys;
  }

  private shortestContainedNamesAfresh(group: Group): string[] {
    const type = this.typeOf(group.key);
    const longest = Math.min(group.tokens.length - 1, MAX_SUB_NAME_WORDS);
    for (let length = 2; length <= longest; length++) {
      const keys: string[] = [];
      for (const part of subNames(group.tokens, type, length)) {
        const key = nameKey(part);
        if (this.group(key) !== undefined && compatibleTypes(this.typeOf(key), type) && !this.isDifferent(group.key, key)) keys.push(key);
      }
      if (keys.length > 0) return keys;
    }
    return [];
  }

  /**
   * A person written with a shortened, initialled or differently spelt given name ("Fred LaRue", "Frederick C.
   * LaRue") belongs to the most used of the names with the same surname and compatible given names. A name that
   * contains a shorter one of the corpus ("Harlan T. Voss" holding "Harlan Voss") is not among them: it resolves to
   * what it contains (containedRoot), so following it could lead back here, a circle cut at a depth that depends on
   * where it started (each name got the other's id, or three forms of one person stayed three).
   */
  private variantRoot(group: Group): string | undefined {
    if (this.typeOf(group.key) !== 'person') return undefined;
    const surname = group.tokens[group.tokens.length - 1];
    const given = group.tokens.slice(0, -1);
    if (this.isCommonWord(surname)) return undefined;
    let best = group;
    for (const key of this.namesWith(surname) ?? []) {
      const other = this.group(key) as Group;
      if (other === group || other.tokens[other.tokens.length - 1] !== surname || this.typeOf(key) !== 'person') continue;
      if (!compatibleGivenNames(given, other.tokens.slice(0, -1)) || this.isDifferent(group.key, key)) continue;
      if (this.shortestContainedNames(other).length > 0) continue;
      if (other.chains.size > best.chains.size || (other.chains.size === best.chains.size && key < best.key)) best = other;
    }
    if (best === group) return undefined;
    const resolution = this.resolve(best.key);
    return 'root' in resolution ? resolution.root : best.key;
  }

  /**
   * A name run on into other words ("Oilers Beat", a headline) belongs to the entity its first or last word stands for,
   * when that word on its own clearly means one entity.
   */
  private runOnRoot(group: Group): string | undefined {
    const type = this.typeOf(group.key);
    const [first, last] = [group.tokens[0], group.tokens[group.tokens.length - 1]];
    // A person's last word is a surname other people share ("Mary LaRue" is not Fred LaRue); a first word that is a
    // place on its own ("Boston" of "Boston Herald") says where, not who. Each word is looked up once.
    const words = type === 'person' ? [first] : [...new Set([first, last])].filter((word) => word !== first || !this.isPlaceWord(word));
    for (const word of words) {
      const root = dominantRoot(this.shortFormCandidates(type, word, group.key));
      if (root !== undefined && root !== group.key && !this.isDifferent(group.key, root)) return root;
    }
    return undefined;
  }

  /**
   * Full names a one-word form of the given type can stand for (names used with it as an alias, a person's name words,
   * an organisation's last or else first word), by root, with how many chains use each.
   */
  private shortFormCandidates(type: EntityType, word: string, asking: string): Map<string, number> {
    // A word in very many names ("police", "new") is an ordinary word, not a short name: it stands for none of them,
    // which also keeps the cost of resolving it from growing with the corpus.
    if (this.isCommonWord(word)) return new Map();
    const fullNames = new Set(this.aliasUsers(word)?.keys() ?? []);
    // An organisation's first word ("Marfin" of Marfin Egnatia Bank) counts only when nothing ends with the word:
    // "Blackhawks" is the Chicago Blackhawks, not "Blackhawks GM".
    const byFirstWord: string[] = [];
    for (const key of this.namesWith(word) ?? []) {
      // A name's words are its key's: reading them is not reading the group.
      const tokens = (this.groups.get(key) as Group).tokens;
      const fullType = this.typeOf(key);
      if (!compatibleTypes(type, fullType)) continue;
      const feature = fullType === 'place' && isFeatureName(word, tokens);
      if (fullType === 'person' || feature || (fullType === 'organization' && tokens[tokens.length - 1] === word)) fullNames.add(key);
      else if (fullType === 'organization' && tokens[0] === word) byFirstWord.push(key);
    }
    if (fullNames.size === 0) for (const key of byFirstWord) fullNames.add(key);
    const roots = new Map<string, number>();
    for (const key of fullNames) {
      const full = this.group(key) as Group;
      const resolution = this.resolve(key);
      const root = 'root' in resolution ? resolution.root : key;
      if (!this.isDifferent(asking, root)) roots.set(root, (roots.get(root) ?? 0) + full.chains.size);
    }
    return roots;
  }

  private isCommonWord(word: string): boolean {
    this.note('common', word);
    return this.commonness(word);
  }

  private commonness(word: string): boolean {
    return (this.wordIndex.get(word)?.size ?? 0) > MAX_NAMES_PER_WORD || (this.aliasIndex.get(word)?.size ?? 0) > MAX_NAMES_PER_WORD;
  }

  /** A word some article's recognizer took for a place on its own ("Boston" of "Boston Herald"). */
  private isPlaceWord(word: string): boolean {
    return (this.group(word)?.types[TYPE_INDEX.get('place')!] ?? 0) > 0;
  }

  private isDifferent(a: string, b: string): boolean {
    if (this.different.size === 0) return false;
    const [idA, idB] = [this.idOf(a), this.idOf(b)];
    return this.different.has(pairKey(this.sameAs.get(idA) ?? idA, this.sameAs.get(idB) ?? idB));
  }

  /** Drops what was built of an entity from its chains: its record and size. */
  private forget(id: string): void {
    this.records.delete(id);
    this.sizes.delete(id);
    this.names.delete(id);
    for (const listener of this.recordChanges) listener(id);
  }

  /** The chains of the groups settled on `id`, group by group in the order they came (records and names read them alike). */
  private chainsOf(id: string): ChainEntry[] {
    const entries: ChainEntry[] = [];
    for (const key of this.members.get(id) ?? []) for (const entry of (this.groups.get(key) as Group).chains) entries.push(entry);
    return entries;
  }

  /** How many times the chains of the groups settled on `id` write each form. */
  private formCountsOf(id: string): Map<string, number> {
    const formCounts = new Map<string, number>();
    for (const key of this.members.get(id) ?? []) {
      const group = this.groups.get(key) as Group;
      if (group.forms) for (const [form, n] of group.forms) addCount(formCounts, form, n);
      else for (const entry of group.chains) for (const form of entry.forms) addCount(formCounts, form, 1);
    }
    return formCounts;
  }

  /** Gathers the chains of the groups settled on `id`. */
  private buildRecord(id: string): EntityRecord | undefined {
    const entries = this.chainsOf(id);
    if (entries.length === 0) return undefined;
    const documents = new Map<string, number[]>();
    const roleDocs = new Map<string, Set<string>>();
    for (const entry of entries) {
      const chains = documents.get(entry.docId);
      if (chains) chains.push(entry.chain);
      else documents.set(entry.docId, [entry.chain]);
      for (const role of entry.roles) addTo(roleDocs, role, entry.docId);
    }
    const sortedDocuments = new Map([...documents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([d, c]) => [d, c.sort((x, y) => x - y)]));
    const formCounts = this.formCountsOf(id);
    const name = nameFrom(keyOfId(id), formCounts, () => entries);
    formCounts.delete(name);
    return {
      id,
      name,
      type: typeOfId(id),
      aliases: [...formCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([form]) => form),
      roles: [...roleDocs].map(([role, docs]) => ({ role, docs: [...docs].sort() })),
      documents: sortedDocuments,
      mentionCount: entries.reduce((sum, entry) => sum + entry.mentionCount, 0),
    };
  }
}

/** The maps of a Resolutions, as read from a file: the checksum and key vouch for their contents. */
function isResolutions(value: Resolutions): boolean {
  const { shape, ids, entries } = value as Partial<Resolutions>;
  return shape?.signatures instanceof Map && shape.aliases instanceof Map && ids instanceof Map && typeof entries?.[Symbol.iterator] === 'function';
}

/** The candidate used by at least DOMINANCE times as many chains as all the others together, if any. */
function dominantRoot(chainsByRoot: ReadonlyMap<string, number>): string | undefined {
  const ranked = [...chainsByRoot].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (ranked.length === 0) return undefined;
  const others = ranked.slice(1).reduce((sum, [, chains]) => sum + chains, 0);
  return ranked[0][1] >= DOMINANCE * others ? ranked[0][0] : undefined;
}

/**
 * Proper sub-names of `length` words that could be the same entity's shorter full name: for people any part
 * isNamePart() allows; otherwise the head of the name must stay, so the last words ("red sox" of "boston red sox") or
 * the words before "of" ("central elections commission" of "… of turkmenistan"), never a place or owner in front
 * ("los angeles" of "los angeles times").
 */
function* subNames(tokens: readonly string[], type: EntityType, length: number): Generator<string[]> {
  const n = tokens.length;
  for (let start = 0; start + length <= n; start++) {
    const end = start + length;
    if (FUNCTION_WORDS.has(tokens[start]) || FUNCTION_WORDS.has(tokens[end - 1])) continue;
    if (type === 'person' || end === n || FUNCTION_WORDS.has(tokens[end])) yield tokens.slice(start, end);
  }
  if (type !== 'person' || n > MAX_SUBSET_NAME_WORDS) return;
  // Ordered subsets of the other words that keep the surname; names are short, so this stays small.
  const given = tokens.slice(0, n - 1);
  for (let mask = 1; mask < (1 << given.length) - 1; mask++) {
    if (bitCount(mask) === length - 1) yield [...given.filter((_, i) => mask & (1 << i)), tokens[n - 1]];
  }
}

function bitCount(mask: number): number {
  let bits = 0;
  for (let m = mask; m > 0; m >>= 1) bits += m & 1;
  return bits;
}

/** Adds `delta` to a count; a count that reaches zero is removed. */
function addCount(counts: Map<string, number>, key: string, delta: number): void {
  const value = (counts.get(key) ?? 0) + delta;
  if (value !== 0) counts.set(key, value);
  else counts.delete(key);
}

/**
 * An entity's name: the form its id was made from (`key`) when one is written, the most written, then the first in
 * code-unit order, whatever order the articles came in ("China" for a chain that says "Beijing" first); else the
 * fullest name of the chains of that very group, or else of all (`chains`, read only then).
 */
function nameFrom(key: string, formCounts: ReadonlyMap<string, number>, chains: () => readonly ChainEntry[]): string {
  let written: [string, number] | undefined;
  for (const [form, n] of formCounts) {
    if (written && (n < written[1] || (n === written[1] && form > written[0]))) continue;
    if (nameKey(nameTokens(form)) === key) written = [form, n];
  }
  if (written !== undefined) return written[0];
  const entries = chains();
  const own = entries.filter((entry) => entry.key === key);
  return fullestName((own.length > 0 ? own : entries).map((entry) => entry.name));
}

function fullestName(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const score = (name: string) => nameTokens(name).length;
  return [...counts].sort((a, b) => score(b[0]) - score(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** Adjusts a nested count; a count that reaches zero is removed. */
function count(map: Map<string, Map<string, number>>, key: string, inner: string, delta: number): void {
  const counts = map.get(key) ?? new Map<string, number>();
  const value = (counts.get(inner) ?? 0) + delta;
  if (value > 0) counts.set(inner, value);
  else counts.delete(inner);
  if (counts.size > 0) map.set(key, counts);
  else map.delete(key);
}
