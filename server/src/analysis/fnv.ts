// One 32-bit FNV-1a for the hashes that need no crypto module: the tagger's feature ids, entity-group digests, story ids.

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the UTF-16 code units of text[from, to) (the same as hashing the slice, without making it), from
 * `basis`: another basis gives an independent second hash of the same text.
 */
export function fnv1a(text: string, from = 0, to = text.length, basis = FNV_OFFSET_BASIS): number {
  let h = basis;
  for (let i = Math.max(0, from); i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}
