// Conflict ids that survive small edits and moves: attribute, subject, file names and whitespace-normalised quotes;
// never offsets, never folders (the ids go into a versioned `.crosscheck/dismissed.json` shared across machines).

/** 64-bit FNV-1a as two 32-bit halves, hex: short, stable, no crypto module needed. */
export function fnv(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

export function normaliseQuote(quote: string): string {
  return quote.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The last path segment of a document id (a file URI or a path), decoded: "file:///home/a/37_3ecbplus.txt" → "37_3ecbplus.txt". */
export function fileName(docId: string): string {
  const last = docId.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? docId;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function conflictId(attribute: string, subject: string, sides: Array<{ docId: string; quote: string }>): string {
  const parts = sides.map((s) => `${fileName(s.docId)}\u0000${normaliseQuote(s.quote)}`).sort();
  return fnv([attribute, subject.toLowerCase(), ...parts].join('\u0001'));
}
