// Every entity as the Entities view and workspace symbols (Ctrl+T) read them: ranked by size, largest first, with the
// names each goes by. Kept up to date from the ids whose records the entity index drops (an edit touches a few dozen),
// so neither request sizes, sorts or builds the records of every entity at 10,000 articles. While a pass adds many
// articles (Corpus.loading) it ranks and reads only the groups resolved so far, as the other requests do.
import { typeOfId, type EntityIndex, type EntityRecord, type EntitySize } from './identity/entityIndex';
import { SteppedSort } from './steppedSort';
import { ENTITY_TYPES, type EntityType } from './types';

/** An entity's names (name, aliases, each role before the name), lowercase, and the letters they hold as one mask. */
interface Labels {
  record: EntityRecord;
  names: Array<{ label: string; lower: string; mask: number }>;
  mask: number;
}

/** An entity as ranked, and its names once read: kept on the entry, so a search over every entity reads no map. */
interface Ranked extends EntitySize {
  id: string;
  labels?: Labels;
}

/** More changed entities than this share of the ranking are ranked by sorting them all, not one by one in place. */
const IN_PLACE_SHARE = 1 / 16;

/** Larger first (articles, then mentions), then by id, as the views list them. */
function compareRanked(a: Ranked, b: Ranked): number {
  return b.documents - a.documents || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A bit per character code modulo 31: a text holds every character of another only if its mask holds the other's. */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}

export class EntityCatalog {
  /** Ids whose record changed since they were last ranked. */
  private readonly pending = new Set<string>();
  /** Each ranked entity, as ranked. */
  private readonly ranked = new Map<string, Ranked>();
  /** Every entity, largest first. */
  private order: Ranked[] = [];
  /**
   * Where the passes are: sizing the changed entities (rankSome; when they are many, each ranked as it is sized and
   * then all sorted in steps), then reading their records largest first (build).
   */
  private sizing: { ids: Iterator<string>; many: boolean } | undefined;
  private sorting: SteppedSort<Ranked> | undefined;
  private labelled = 0;

  /** `loading`: whether a pass is adding many articles now (Corpus.loading), when no group is resolved for a view. */
  constructor(
    private readonly entities: EntityIndex,
    private readonly loading: () => boolean = () => false,
  ) {
    entities.onRecordChange((id) => this.pending.add(id));
  }

  /** How many entities there are of each type (EntityIndex.counts); while loading, of the groups resolved so far. */
  countsByType(): Record<EntityType, number> {
    if (!this.loading()) return this.entities.counts().byType;
    const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
    for (const entry of this.ranking()) byType[typeOfId(entry.id)]++;
    return byType;
  }

  /**
   * Takes up to `limit` steps of sizing the entities that changed, then ranks them (after indexing, a sort of all,
   * itself in steps); false once ranked. A server runs it between requests right after indexing, so the Entities
   * view's first page does not size every entity, nor a hover wait for the sort.
   */
  rankSome(limit: number): boolean {
    this.settle();
    if (this.sorting) return this.sortStep();
    this.sizing ??= { ids: this.pending.values(), many: this.pending.size > this.order.length * IN_PLACE_SHARE };
    for (let step = 0; step < limit; step++) {
      const next = this.sizing.ids.next();
      if (next.done) {
        if (!this.sizing.many) {
          this.rank();
          return false;
        }
        this.sizing = undefined;
        this.sorting = new SteppedSort([...this.ranked.values()], compareRanked);
        return true;
      }
      if (this.sizing.many) {
        // Deleting the id being visited leaves the iteration going; one changed again later is visited again.
        this.pending.delete(next.value);
        this.place(next.value);
      } else {
        this.entities.sizeOf(next.value);
      }
    }
    return true;
  }

  private sortStep(): boolean {
    if (this.sorting!.step()) return true;
    this.order = this.sorting!.sorted;
    this.sorting = undefined;
    // Entities changed while it sorted are ranked in place.
    this.rank();
    return false;
  }

  /**
   * Takes up to `limit` steps of ranking (rankSome), then of reading the records of all, largest first (the view's
   * first page and Ctrl+T read those); false once done.
   */
  build(limit: number): boolean {
    if (this.rankSome(limit)) return true;
    for (let step = 0; step < limit && this.labelled < this.order.length; this.labelled++) {
      const entry = this.order[this.labelled];
      if (entry.labels) continue;
      this.labelsOf(entry);
      step++;
    }
    if (this.labelled < this.order.length) return true;
    this.labelled = 0;
    return this.pending.size > 0;
  }

  /** The records of the `limit` largest entities of a type, and those tied with the last (their names decide), and how many it has. */
  largestOfType(type: EntityType, limit: number): { records: EntityRecord[]; total: number } {
    const total = this.countsByType()[type] ?? 0;
    const records: EntityRecord[] = [];
    let last: Ranked | undefined;
    for (const entry of this.ranking()) {
      if (typeOfId(entry.id) !== type) continue;
      if (records.length >= limit && !(last && entry.documents === last.documents && entry.mentions === last.mentions)) break;
      const record = this.recordOf(entry.id);
      if (record) records.push(record);
      last = entry;
    }
    return { records, total };
  }

  /**
   * Up to `limit` entities, largest first, whose name, an alias, or a role and name holds the characters of `wanted`
   * (lowercase, no spaces) in order, each with the first of those that does; all of them, by size, for an empty query.
   */
  search(wanted: string, limit: number, cancelled: () => boolean): Array<{ record: EntityRecord; label: string }> {
    const mask = letterMask(wanted);
    const found: Array<{ record: EntityRecord; label: string }> = [];
    let read = 0;
    for (const entry of this.ranking()) {
      if (found.length >= limit || ((++read & 1023) === 0 && cancelled())) break;
      const labels = entry.labels ?? this.labelsOf(entry);
      if (!labels || (labels.mask & mask) !== mask) continue;
      const match = labels.names.find((n) => (n.mask & mask) === mask && isSubsequence(wanted, n.lower));
      if (match) found.push({ record: labels.record, label: match.label });
    }
    return found;
  }

  /** Every entity, largest first, with the changes since the last read ranked. */
  private ranking(): readonly Ranked[] {
    this.settle();
    this.rank();
    return this.order;
  }

  /** Resolves the groups changed since (so every changed id is pending), except while loading. */
  private settle(): void {
    if (!this.loading()) this.entities.counts();
  }

  /** An entity's record, while loading from the groups resolved so far (Corpus.entity). */
  private recordOf(id: string): EntityRecord | undefined {
    return this.loading() ? this.entities.resolvedSoFar(id) : this.entities.get(id);
  }

  /** Ranks the changed entities: in place when they are few, by sorting every entity when they are many (after indexing). */
  private rank(): void {
    // A finished pass's iterator never yields ids added after it: the next rankSome starts a new one. A request
    // during a pass's sort ranks all at once.
    // A pass ranking many in steps has put entries in `ranked` that `order` lacks: then every entity is sorted.
    const unsorted = this.sizing?.many === true || this.sorting !== undefined;
    this.sizing = undefined;
    this.sorting = undefined;
    if (this.pending.size === 0 && !unsorted) return;
    const inPlace = !unsorted && this.pending.size <= this.order.length * IN_PLACE_SHARE;
    for (const id of this.pending) {
      const before = this.ranked.get(id);
      if (before && inPlace) this.order.splice(this.positionOf(before), 1);
      const entry = this.place(id);
      if (entry && inPlace) this.order.splice(this.positionOf(entry), 0, entry);
    }
    this.pending.clear();
    if (!inPlace) this.order = [...this.ranked.values()].sort(compareRanked);
  }

  /** An entity's entry sized anew in `ranked` (none once it has no article left). */
  private place(id: string): Ranked | undefined {
    const size = this.entities.sizeOf(id);
    if (size.documents === 0) {
      this.ranked.delete(id);
      return undefined;
    }
    const entry = { id, ...size };
    this.ranked.set(id, entry);
    return entry;
  }

  /** Where an entry is in the order, or would go. */
  private positionOf(entry: Ranked): number {
    let low = 0;
    let high = this.order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compareRanked(this.order[mid], entry) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private labelsOf(entry: Ranked): Labels | undefined {
    const record = this.recordOf(entry.id);
    if (!record) return undefined;
    const texts = [record.name, ...record.aliases, ...record.roles.map(({ role }) => `${role} ${record.name}`)];
    const names = texts.map((label) => {
      const lower = label.toLowerCase();
      return { label, lower, mask: letterMask(lower) };
    });
    entry.labels = { record, names, mask: names.reduce((mask, n) => mask | n.mask, 0) };
    return entry.labels;
  }
}
