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
  for (const r of ordered) {
    const tokens = nameTokens(r.text);
    const full = tokens.length >= 2;
    const short = tokens[0] ?? r.text.toLowerCase();
    const acronym = !full && isAcronym(r.text);
    const candidates = full ? recent.forFullName(tokens) : recent.forShortForm(short, acronym);
    const chains = candidates.map((i) => open[i]);
    const found = full ? fullNameAntecedent(chains, tokens, r.type) : shortFormAntecedent(chains, short, r.type, acronym);
    const index = mentions.length;
    let chain = found === undefined ? undefined : candidates[found];
    if (chain === undefined) {
      chain = open.length;
      open.push({ type: r.type, fullNames: [], fullNameKeys: new Set(), shortForms: new Set(), mentions: [], lastEnd: r.end });
    }
    const state = open[chain];
    if (full) {
      const key = nameKey(tokens);
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

/** A multi-word name joins the nearest chain whose names it agrees with (same name first); never a chain with a different full name. */
function fullNameAntecedent(open: readonly OpenChain[], tokens: string[], type: EntityType): number | undefined {
  const key = nameKey(tokens);
  let best: number | undefined;
  let bestExact = false;
  // A chain of short forms only ("Biden" in a headline, "Colts") is claimed by the full name they abbreviate; an
  // organisation's first word is not enough ("Microsoft" is not "Microsoft Word").
  const claims = (short: string): boolean =>
    isShortFormOf(short, tokens, type, true) && (type === 'person' || tokens[0] !== short || tokens[tokens.length - 1] === short);
  const claimsAll = (forms: ReadonlySet<string>): boolean => {
    for (const short of forms) if (!claims(short)) return false;
    return true;
  };
  open.forEach((c, i) => {
    if (!compatibleTypes(c.type, type)) return;
    if (!c.fullNames.every((f) => compatibleFullNames(f, tokens, c.type))) return;
    const agrees = c.fullNames.length > 0 || claimsAll(c.shortForms);
    if (!agrees) return;
    const exact = c.fullNameKeys.has(key);
    if (best === undefined || (exact && !bestExact) || (exact === bestExact && c.lastEnd > open[best].lastEnd)) {
      best = i;
      bestExact = exact;
    }
  });
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
  open.forEach((c, i) => {
    if (!compatibleTypes(c.type, type)) return;
    const exact = c.shortForms.has(short) && c.type !== 'person';
    if (!exact && !c.shortForms.has(short) && !c.fullNames.some((f) => isShortFormOf(short, f, c.type, acronym))) return;
    if (best === undefined || (exact && !bestExact) || (exact === bestExact && c.lastEnd > open[best].lastEnd)) {
      best = i;
      bestExact = exact;
    }
  });
  return best;
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
