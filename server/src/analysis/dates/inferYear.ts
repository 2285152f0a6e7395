// When nothing states the article's date: its year from weekday-date agreement counted from the latest year it
// names, or failing any year, from the election the article looks ahead to. A year named in the background alone
// never dates the article ("since 1991", "the 2004 tsunami"): without such agreement it stays undated.
// "The September 19 phone call" + "on Friday": September 19 is a Friday in 2014 and 2025; the article names 2025.
import { weekdayOf } from './calendar';
import { electionYearClue } from './electionClue';
import type { FoundExpression } from './expression';
import { type ReferenceChoice, referenceChoice } from './reference';
import type { Tense } from './tense';
import type { ReferenceDate } from '../types';

// How many years after the latest named year the article's year may be.
const MAX_YEARS_AFTER = 10;

/** Years the expressions name; `tenses` are the expressions' own, in the same order. */
function namedYears(text: string, found: readonly FoundExpression[], tenses: readonly Tense[]): number[] {
  const years: number[] = [];
  for (const [i, f] of found.entries()) {
    const parts = f.expression.type === 'range' ? [f.expression.from, f.expression.to] : [f.expression];
    // Targets and plans ("by 2030", "will ... in 2028") say nothing about when the article was written.
    if (tenses[i] === 'future' || /\b(?:by|until|till|before)\s+$/i.test(text.slice(Math.max(0, f.start - 8), f.start))) continue;
    for (const p of parts) if (p.type === 'calendar' && p.year !== undefined) years.push(p.year);
  }
  return years;
}

/** The inferred year of the article, or null when nothing in the text fixes it. */
export function inferReference(text: string, found: readonly FoundExpression[], tenses: readonly Tense[]): ReferenceChoice | null {
  const years = namedYears(text, found, tenses);
  if (years.length === 0) {
    const clue = electionYearClue(text);
    if (!clue) return null;
    const choice = referenceChoice({ year: clue.year }, 'inferred', 'the inferred year');
    choice.reference.derivation = clue.derivation;
    choice.anchor.latestMonth = clue.latestMonth;
    choice.anchor.description = `the inferred date (${clue.year}, before the November election)`;
    return choice;
  }
  const latest = Math.max(...years);
  const undated = found.flatMap((f) => (f.expression.type === 'calendar' && f.expression.year === undefined && f.expression.month !== undefined && f.expression.day !== undefined ? [f.expression] : []));
  // "Thursday, May 2" carries its own check; "September 19" pairs with any bare weekday the article uses.
  const selfChecked = undated.filter((d) => d.weekday !== undefined);
  const weekdays = new Set(found.flatMap((f) => (f.expression.type === 'weekday' && f.expression.shift !== 'next' ? [f.expression.weekday] : [])));
  const agrees = (year: number): boolean =>
    selfChecked.every((d) => weekdayOf({ year, month: d.month!, day: d.day! }) === d.weekday) &&
    undated.some((d) => weekdays.has(weekdayOf({ year, month: d.month!, day: d.day! })) || d.weekday !== undefined);
  const hasEvidence = selfChecked.length > 0 || (undated.length > 0 && weekdays.size > 0);
  if (hasEvidence) {
    for (let year = latest; year <= latest + MAX_YEARS_AFTER; year++) {
      if (agrees(year)) {
        const choice = referenceChoice({ year }, 'inferred', 'the inferred year');
        choice.reference.derivation = `inferred: the weekdays and dates the article gives agree in ${year}, the first such year from ${latest}, the latest year it names`;
        return choice;
      }
    }
  }
  return null;
}

/** Why an article has no date, for the hover and the code lens; `inferred`: the year its dates were read in, if any. */
export function undatedReason(found: readonly FoundExpression[], text: string, tenses: readonly Tense[], inferred?: ReferenceDate): string {
  const years = [...new Set(namedYears(text, found, tenses))].sort((a, b) => a - b);
  const named = years.length === 0 ? '' : `; the year${years.length === 1 ? '' : 's'} it names (${years.slice(0, 4).join(', ')}${years.length > 4 ? ', …' : ''}) may be background`;
  const readIn = inferred ? `; its dates are read in ${inferred.value} (${inferred.derivation})` : '';
  return `no date: no dateline, published line or dated path says when the article was written${named}${readIn}`;
}
