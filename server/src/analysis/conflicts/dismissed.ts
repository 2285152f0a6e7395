// The workspace's dismissed conflicts (`.crosscheck/dismissed.json`): keyed by conflict id, which has no offsets in it.
import { parseJsonObject } from '../jsonObject';
import { fileName } from './conflictId';
import type { Conflict } from './conflictIndex';

export interface Dismissal {
  /** The conflict id: a hash of attribute, subject and the two documents' normalised quotes. */
  id: string;
  reason: string;
  /** ISO timestamp of the dismissal. */
  at: string;
  /** For people reading the file: what was dismissed. */
  attribute: string;
  quotes: [{ doc: string; quote: string }, { doc: string; quote: string }];
}

export interface DismissedConflicts {
  version: 1;
  dismissed: Dismissal[];
}

export const EMPTY_DISMISSED: DismissedConflicts = { version: 1, dismissed: [] };

function isQuote(x: unknown): x is { doc: string; quote: string } {
  return typeof x === 'object' && x !== null && typeof (x as { doc?: unknown }).doc === 'string' && typeof (x as { quote?: unknown }).quote === 'string';
}

/** Reads the sidecar, keeping every well-formed entry and naming each one it had to skip. */
export function parseDismissed(jsonText: string): { dismissed: DismissedConflicts; errors: string[] } {
  const parsed = parseJsonObject(jsonText);
  if ('syntaxError' in parsed) return { dismissed: EMPTY_DISMISSED, errors: [`dismissed.json is not valid JSON: ${parsed.syntaxError}`] };
  const list = 'object' in parsed ? parsed.object.dismissed : undefined;
  if (!Array.isArray(list)) return { dismissed: EMPTY_DISMISSED, errors: ['dismissed.json: expected an object with a "dismissed" array'] };
  const errors: string[] = [];
  const dismissed: Dismissal[] = [];
  list.forEach((entry: unknown, i) => {
    const e = entry as Partial<Dismissal> | null;
    if (typeof e?.id !== 'string' || e.id === '') {
      errors.push(`dismissed.json: entry ${i} has no "id"; skipped`);
      return;
    }
    const quotes = Array.isArray(e.quotes) && e.quotes.length === 2 && e.quotes.every(isQuote) ? e.quotes : [{ doc: '', quote: '' }, { doc: '', quote: '' }];
    dismissed.push({ id: e.id, reason: typeof e.reason === 'string' ? e.reason : '', at: typeof e.at === 'string' ? e.at : '', attribute: typeof e.attribute === 'string' ? e.attribute : '', quotes: quotes as Dismissal['quotes'] });
  });
  return { dismissed: { version: 1, dismissed }, errors };
}

/** A copy with the conflict dismissed (replacing an earlier dismissal of the same id). */
export function addDismissal(d: DismissedConflicts, conflict: Conflict, reason: string, now: string): DismissedConflicts {
  const entry: Dismissal = {
    id: conflict.id,
    reason,
    at: now,
    attribute: conflict.attribute,
    quotes: [
      { doc: fileName(conflict.a.docId), quote: conflict.a.claim.text },
      { doc: fileName(conflict.b.docId), quote: conflict.b.claim.text },
    ],
  };
  return { version: 1, dismissed: [...d.dismissed.filter((x) => x.id !== conflict.id), entry] };
}

export function serializeDismissed(d: DismissedConflicts): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
