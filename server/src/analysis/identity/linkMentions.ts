// Within one article: link short forms ("Xi", "the Post", "ASEAN") to the full name they stand for.
import type { EntityChain, EntityType, Mention, RecognizedMention } from '../types';
import { repairSpans } from './spans';
import { compatibleFullNames, compatibleTypes, isAcronym, isShortFormOf, nameKey, nameTokens } from './names';

interface OpenChain {
  type: EntityType;
  /** Normalised multi-word names the chain already holds; a new full name must agree with all of them. */
  fullNames: string[][];
  /** Normalised one-word forms the chain already holds. */
  shortForms: Set<string>;
  mentions: number[];
  /** Where the chain was last mentioned, for choosing the nearest antecedent. */
  lastEnd: number;
}

/**
 * How many chains, the latest opened first, a mention is compared with: far more than an article holds, a bound for
 * texts that are long lists of names (each would otherwise be compared with every chain before it).
 */
const CANDIDATE_CHAINS = 200;

/** The chains a new mention may join, with their indexes. */
function candidates(open: readonly OpenChain[]): Array<[OpenChain, number]> {
  const from = Math.max(0, open.length - CANDIDATE_CHAINS);
  return open.slice(from).map((c, i) => [c, from + i]);
}

/** Assigns every recognized mention, its span repaired, to a chain; mentions come back in text order. */
export function linkMentions(text: string, recognized: readonly RecognizedMention[]): { mentions: Mention[]; chains: EntityChain[] } {
  const ordered = repairSpans(text, recognized).sort((a, b) => a.start - b.start || b.end - a.end);
  const open: OpenChain[] = [];
  const mentions: Mention[] = [];
  const tokensOf: string[][] = [];
  for (const r of ordered) {
    const tokens = nameTokens(r.text);
    const chosen = tokens.length >= 2 ? fullNameAntecedent(open, tokens, r.type) : shortFormAntecedent(open, tokens[0] ?? r.text.toLowerCase(), r.type, isAcronym(r.text));
    const index = mentions.length;
    let chain = chosen;
    if (chain === undefined) {
      chain = open.length;
      open.push({ type: r.type, fullNames: [], shortForms: new Set(), mentions: [], lastEnd: r.end });
    }
    const state = open[chain];
    if (tokens.length >= 2) {
      if (!state.fullNames.some((f) => nameKey(f) === nameKey(tokens))) state.fullNames.push(tokens);
    } else state.shortForms.add(tokens[0] ?? r.text.toLowerCase());
    if (state.type === 'other') state.type = r.type;
    state.mentions.push(index);
    state.lastEnd = r.end;
    mentions.push({ ...r, chain });
    tokensOf.push(tokens);
  }
  return { mentions, chains: open.map((c) => summarize(c, mentions, tokensOf)) };
}

/** A multi-word name joins the nearest chain whose names it agrees with (same name first); never a chain with a different full name. */
function fullNameAntecedent(open: readonly OpenChain[], tokens: string[], type: EntityType): number | undefined {
  const key = nameKey(tokens);
  let best: number | undefined;
  let bestExact = false;
  for (const [c, i] of candidates(open)) {
    if (!compatibleTypes(c.type, type)) continue;
    if (!c.fullNames.every((f) => compatibleFullNames(f, tokens, c.type))) continue;
    // A chain of short forms only ("Biden" in a headline, "Colts") is claimed by the full name they abbreviate; an
    // organisation's first word is not enough ("Microsoft" is not "Microsoft Word").
    const claims = (short: string): boolean =>
      isShortFormOf(short, tokens, type, true) && (type === 'person' || tokens[0] !== short || tokens[tokens.length - 1] === short);
    const agrees = c.fullNames.length > 0 || [...c.shortForms].every(claims);
    if (!agrees) continue;
    const exact = c.fullNames.some((f) => nameKey(f) === key);
    if (best === undefined || (exact && !bestExact) || (exact === bestExact && c.lastEnd > open[best].lastEnd)) {
      best = i;
      bestExact = exact;
    }
  }
  return best;
}

/**
 * A one-word form joins the nearest chain that already uses it or whose full name contains it (or abbreviates to it);
 * for things other than people, a chain already using the very form comes first ("Microsoft" stays with "Microsoft",
 * not the nearer "Microsoft Word").
 */
function shortFormAntecedent(open: readonly OpenChain[], short: string, type: EntityType, acronym: boolean): number | undefined {
  let best: number | undefined;
  let bestExact = false;
  for (const [c, i] of candidates(open)) {
    if (!compatibleTypes(c.type, type)) continue;
    const exact = c.shortForms.has(short) && c.type !== 'person';
    if (!exact && !c.shortForms.has(short) && !c.fullNames.some((f) => isShortFormOf(short, f, c.type, acronym))) continue;
    if (best === undefined || (exact && !bestExact) || (exact === bestExact && c.lastEnd > open[best].lastEnd)) {
      best = i;
      bestExact = exact;
    }
  }
  return best;
}

function summarize(c: OpenChain, mentions: readonly Mention[], tokensOf: readonly string[][]): EntityChain {
  const forms: string[] = [];
  const roles: string[] = [];
  for (const i of c.mentions) {
    if (!forms.includes(mentions[i].text)) forms.push(mentions[i].text);
    const role = mentions[i].role;
    if (role && !roles.includes(role)) roles.push(role);
  }
  const size = (form: string) => nameTokens(form).length;
  // Stable sort: among equally full forms the first written stays first.
  forms.sort((a, b) => size(b) - size(a) || b.length - a.length);
  const definition = c.mentions.find((i) => tokensOf[i].length >= 2) ?? c.mentions[0];
  return { name: forms[0], type: c.type, forms, roles, mentions: c.mentions, definition };
}
