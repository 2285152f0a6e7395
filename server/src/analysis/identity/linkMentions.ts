// Within one article: link short forms ("Xi", "the Post", "ASEAN") to the full name they stand for.
import type { EntityChain, EntityType, Mention, RecognizedMention } from '../types';
import { type OpenChain, RecentChains } from './recentChains';
import { repairSpans } from './spans';
import { compatibleFullNames, compatibleTypes, isAcronym, isShortFormOf, nameKey, nameTokens } from './names';

/**
 * How many of the most recently mentioned chains a mention may join: far more than an article names, and a bound on
 * the work per mention in a text that names thousands.
 */
const MAX_RECENT_CHAINS = 256;

/** Assigns every recognized mention, its span repaired, to a chain; mentions come back in text order. */
export function linkMentions(text: string, recognized: readonly RecognizedMention[]): { mentions: Mention[]; chains: EntityChain[] } {
  const ordered = repairSpans(text, recognized).sort((a, b) => a.start - b.start || b.end - a.end);
  const open: OpenChain[] = [];
  const recent = new RecentChains(open, MAX_RECENT_CHAINS);
  const mentions: Mention[] = [];
  const tokensOf: string[][] = [];
  // A name's words, read once per spelling: an article writes the same few names again and again (nothing changes them).
  const tokensOfText = new Map<string, string[]>();
  for (const r of ordered) {
    let tokens = tokensOfText.get(r.text);
    if (tokens === undefined) tokensOfText.set(r.text, (tokens = nameTokens(r.text)));
    const full = tokens.length >= 2;
    const short = tokens[0] ?? r.text.toLowerCase();
    const acronym = !full && isAcronym(r.text);
    const key = full ? nameKey(tokens) : '';
    const candidates = full ? recent.forFullName(tokens) : recent.forShortForm(short, acronym);
    // Without candidates no chain can be joined: the name tests (and their closures) are not even built.
    let chain = candidates.length === 0 ? undefined : full ? fullNameAntecedent(open, candidates, tokens, key, r.type) : shortFormAntecedent(open, candidates, short, r.type, acronym);
    const index = mentions.length;
    if (chain === undefined) {
      chain = open.length;
      open.push({ type: r.type, fullNames: [], fullNameKeys: new Set(), shortForms: new Set(), mentions: [], lastEnd: r.end });
    }
    const state = open[chain];
    if (full) {
      if (!state.fullNameKeys.has(key)) {
        state.fullNames.push(tokens);
        state.fullNameKeys.add(key);
      }
    } else state.shortForms.add(short);
    if (state.type === 'other') state.type = r.type;
    state.mentions.push(index);
    state.lastEnd = r.end;
    recent.mentioned(chain, full ? { fullName: tokens } : { shortForm: short });
    mentions.push({ ...r, chain });
    tokensOf.push(tokens);
  }
  return { mentions, chains: open.map((c) => summarize(c, mentions, tokensOf)) };
}

/**
 * The candidate chain (an index into `open`) mentioned last (greatest lastEnd; of equals, the one whose last mention
 * came first) that `accepts` takes. A candidate that could not beat the best so far is not tested at all: the tests
 * compare names, and a text repeating a few names gives each mention dozens. The candidates come in no order (sorting
 * them was the dearer part of linking): the nearest of them all is tried first, as it is most often the one joined.
 * There is at least one candidate.
 */
function nearest(open: readonly OpenChain[], candidates: readonly number[], accepts: (c: OpenChain) => boolean): number | undefined {
  let first = 0;
  for (let i = 1; i < candidates.length; i++) if (isNearer(open[candidates[i]], open[candidates[first]])) first = i;
  if (accepts(open[candidates[first]])) return candidates[first];
  let best: number | undefined;
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (i === first) continue;
    const c = open[candidates[i]];
    if (best !== undefined && !isNearer(c, open[best])) continue;
    if (accepts(c)) best = candidates[i];
  }
  return best;
}

/** Whether chain a was mentioned after b: it ends later, or as late with its last mention earlier in text order. */
function isNearer(a: OpenChain, b: OpenChain): boolean {
  return a.lastEnd > b.lastEnd || (a.lastEnd === b.lastEnd && a.mentions[a.mentions.length - 1] < b.mentions[b.mentions.length - 1]);
}

/**
 * A multi-word name (`key`: its nameKey) joins the nearest chain whose names it agrees with (same name first); never a
 * chain with a different full name.
 */
function fullNameAntecedent(open: readonly OpenChain[], candidates: readonly number[], tokens: string[], key: string, type: EntityType): number | undefined {
  // A chain of short forms only ("Biden" in a headline, "Colts") is claimed by the full name they abbreviate; an
  // organisation's first word is not enough ("Microsoft" is not "Microsoft Word").
  const claims = (short: string): boolean =>
    isShortFormOf(short, tokens, type, true) && (type === 'person' || tokens[0] !== short || tokens[tokens.length - 1] === short);
  const claimsAll = (forms: ReadonlySet<string>): boolean => {
    for (const short of forms) if (!claims(short)) return false;
    return true;
  };
  const agrees = (c: OpenChain): boolean =>
    compatibleTypes(c.type, type) && c.fullNames.every((f) => compatibleFullNames(f, tokens, c.type)) && (c.fullNames.length > 0 || claimsAll(c.shortForms));
  return nearest(open, candidates, (c) => c.fullNameKeys.has(key) && agrees(c)) ?? nearest(open, candidates, agrees);
}

/**
 * A one-word form joins the nearest chain that already uses it or whose full name contains it (or abbreviates to it);
 * for things other than people, a chain already using the very form comes first ("Microsoft" stays with "Microsoft",
 * not the nearer "Microsoft Word").
 */
function shortFormAntecedent(open: readonly OpenChain[], candidates: readonly number[], short: string, type: EntityType, acronym: boolean): number | undefined {
  const exact = (c: OpenChain): boolean => compatibleTypes(c.type, type) && c.type !== 'person' && c.shortForms.has(short);
  const agrees = (c: OpenChain): boolean =>
    compatibleTypes(c.type, type) && (c.shortForms.has(short) || c.fullNames.some((f) => isShortFormOf(short, f, c.type, acronym)));
  return nearest(open, candidates, exact) ?? nearest(open, candidates, agrees);
}

function summarize(c: OpenChain, mentions: readonly Mention[], tokensOf: readonly string[][]): EntityChain {
  // Form → its number of name words (that of its first mention's tokens); a Map keeps the first-written order.
  const sizes = new Map<string, number>();
  const roles = new Set<string>();
  for (const i of c.mentions) {
    if (!sizes.has(mentions[i].text)) sizes.set(mentions[i].text, tokensOf[i].length);
    const role = mentions[i].role;
    if (role) roles.add(role);
  }
  const forms = [...sizes.keys()];
  // Stable sort: among equally full forms the first written stays first.
  forms.sort((a, b) => sizes.get(b)! - sizes.get(a)! || b.length - a.length);
  const definition = c.mentions.find((i) => tokensOf[i].length >= 2) ?? c.mentions[0];
  return { name: forms[0], type: c.type, forms, roles: [...roles], mentions: c.mentions, definition };
}
