// Sets of strings by key, for the entity index's readers and users of kept resolutions: at 3,000 articles it holds
// 74,000 of them with 520,000 members, most with a handful each, and a Set costs a hash table even for one member.

/** A key's members are kept in a list up to this many, in a Set beyond: a short list is searched about as fast as hashed. */
const LIST_MEMBERS = 256;
/** Lists this short are copied to their exact length when they grow: a push would make room for 16 more members. */
const EXACT_MEMBERS = 16;

/** Like a Map of Sets (insertion order kept, a key gone with its last member), with one member or a list for small ones. */
export class SmallSets {
  private readonly map = new Map<string, string | string[] | Set<string>>();

  add(key: string, member: string): void {
    const members = this.map.get(key);
    if (members === undefined) this.map.set(key, member);
    else if (typeof members === 'string') {
      if (members !== member) this.map.set(key, [members, member]);
    } else if (members instanceof Set) members.add(member);
    else if (!members.includes(member)) {
      if (members.length < EXACT_MEMBERS) this.map.set(key, members.concat(member));
      else if (members.length < LIST_MEMBERS) members.push(member);
      else this.map.set(key, new Set([...members, member]));
    }
  }

  remove(key: string, member: string): void {
    const members = this.map.get(key);
    if (members === undefined) return;
    if (typeof members === 'string') {
      if (members === member) this.map.delete(key);
      return;
    }
    if (members instanceof Set) members.delete(member);
    else {
      const at = members.indexOf(member);
      if (at >= 0) members.splice(at, 1);
    }
    if ((members instanceof Set ? members.size : members.length) === 0) this.map.delete(key);
  }

  /** The members of a key, in the order they came; empty for a key with none. */
  get(key: string): Iterable<string> {
    const members = this.map.get(key);
    return members === undefined ? [] : typeof members === 'string' ? [members] : members;
  }

  delete(key: string): void {
    this.map.delete(key);
  }
}
