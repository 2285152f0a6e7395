// Conflict ids that survive small edits: attribute, subject, documents and whitespace-normalised quotes; never offsets.

/** 64-bit FNV-1a as two 32-bit halves, hex: short, stable, no crypto module needed. */
function fnv(text: string): string {
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

export function conflictId(attribute: string, subject: string, sides: Array<{ docId: string; quote: string }>): string {
  const parts = sides.map((s) => `${s.docId}\u0000${normaliseQuote(s.quote)}`).sort();
  return fnv([attribute, subject.toLowerCase(), ...parts].join('\u0001'));
}
