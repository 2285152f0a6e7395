// The data the analysis produces. Plain objects only: no VS Code, no LSP connection, no file system.
// Offsets are UTF-16 code-unit offsets (JavaScript string indices) into the article text; `end` is exclusive.
import type { ClaimKind, ClaimValue } from './claims/kinds/kind';

export const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'law', 'work', 'group', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Span {
  start: number;
  end: number;
}

/** A named mention of an entity. Titles and roles ("President") are outside the span, kept in `role`. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Title or role written next to the name ("President", "Foreign Minister", "a spokesperson for the Chinese Embassy"). */
  role?: string;
  /** Index into DocumentAnalysis.chains: the mentions of one entity within this article. */
  chain: number;
}

/**
 * A pronoun or a definite description ("she", "the company") taken to stand for a named chain of the article
 * (identity/references.ts): claims read it for their subjects where a sentence names nobody.
 */
export interface Reference extends Span {
  text: string;
  /** Index into DocumentAnalysis.chains: the entity it stands for. */
  chain: number;
  type: EntityType;
  /** Which step made the link ("coreference/pronoun", "coreference/definite-description"). */
  rule: string;
  /** How many other chains of a type the words can name were named within reach: 0 when the link is unmistakable. */
  rivals: number;
  /** How many sentences before the reference's own the chain was last named (0: in its own). */
  sentencesBack: number;
}

/** A mention as the recognizer finds it, before the within-document identity step links it to a chain. */
export type RecognizedMention = Omit<Mention, 'chain'>;

/** The mentions of one entity inside one article, linked by the within-document identity step. */
export interface EntityChain {
  /** The fullest form the article uses ("Xi Jinping", "New York Post"). */
  name: string;
  type: EntityType;
  /** Distinct surface forms, fullest first. */
  forms: string[];
  /** Distinct roles and titles given to the entity in this article. */
  roles: string[];
  /** Indexes into DocumentAnalysis.mentions, in text order. */
  mentions: number[];
  /** Index into DocumentAnalysis.mentions of the first mention that uses the full name. */
  definition: number;
}

export type DateKind = 'date' | 'time' | 'duration' | 'range' | 'set';
export type DateGranularity = 'time' | 'day' | 'month' | 'year' | 'decade' | 'century';

/** A date or time expression and what it resolves to. */
export interface DateMention extends Span {
  text: string;
  kind: DateKind;
  /** "2024-05-01", "2024-05", "2024", "201x", "2024-05-01T07:37Z"; null when the text alone does not fix it. */
  value: string | null;
  granularity: DateGranularity;
  /** How the value was derived, for people ("relative to the dateline, Thursday, May 2, 2024"). */
  derivation: string;
  /** True when the expression is relative to the reference date ("on Wednesday", "last month"). */
  relative: boolean;
}

export type ReferenceDateSource = 'dateline' | 'published-line' | 'url' | 'inferred' | 'override';

/** The article's own date, against which relative expressions resolve. */
export interface ReferenceDate {
  /** ISO "YYYY-MM-DD" (or "YYYY" when only the year is known). */
  value: string;
  source: ReferenceDateSource;
  /** Where in the text it came from, when it did. */
  span?: Span;
  /** One line for people: "dateline: Thursday, May 2, 2024". */
  derivation: string;
}

export type QuantityKind = 'number' | 'money' | 'percent' | 'ordinal';

/** A number, amount of money or percentage, for highlighting and claims. */
export interface QuantityMention extends Span {
  text: string;
  kind: QuantityKind;
  /** Numeric value when it parses ("2.5 million" → 2500000). */
  value: number | null;
  /** ISO currency code for money ("USD"). */
  currency?: string;
}

/** A closed or open interval of numbers: "at least five" is [5, Infinity]. */
export interface ValueInterval {
  low: number;
  high: number;
  lowOpen?: boolean;
  highOpen?: boolean;
}

/** A checkable statement in an article (see claims/). */
export interface Claim extends Span {
  text: string;
  /** The kind of claim: its module in claims/kinds decides how two values relate. */
  kind: ClaimKind;
  /** What of its kind it measures, the key it is compared under: "death toll", the noun counted ("ship"), the event dated ("death"). */
  slot: string;
  /** The period of an earlier event the sentence points to ("september"): claims about it are kept apart from the story's own event. */
  period?: string;
  /** What the claim measures, for a reader: the slot in words, with the period ("death toll (september)", "count: ship"). */
  attribute: string;
  /** What it is about, in words ("earthquake", "Xi Jinping"). */
  subject: string;
  /** Chains the claim's sentence mentions, for deciding whether two claims share a subject. */
  subjectChains: number[];
  /** Event trigger words near the claim ("killed", "quake", "arrested"). */
  triggers: string[];
  /** A number interval, a date, a record, a place or a name, depending on the kind. */
  value: ClaimValue;
  /** "reportedly", "police said": present when the claim is hedged or attributed. */
  hedge?: string;
  attribution?: string;
  /** Sentence span containing the claim, for context in comparisons. */
  sentence: Span;
  /** Which extractor and rule made the claim ("quantity/people-by-event-word"), so each rule can be measured. */
  rule: string;
}

/** Everything the analysis knows about one article. */
export interface DocumentAnalysis {
  /** The text analysed (BOM removed, line breaks as given). */
  text: string;
  referenceDate: ReferenceDate | null;
  /** Why the article has no date, when it has none ("no date: no dateline, …"), for the hover and the code lens. */
  undatedReason?: string;
  mentions: Mention[];
  chains: EntityChain[];
  /** Pronouns and descriptions linked to the chain they stand for, in text order. */
  references: Reference[];
  dates: DateMention[];
  quantities: QuantityMention[];
  claims: Claim[];
  /** Date-consistency findings within the article (a weekday that disagrees with its date, ...). */
  dateIssues: DateIssue[];
  /** Where the analysis stopped short of the whole text to stay within its time budget, in words for the user. */
  limits?: string[];
}

export interface DateIssue extends Span {
  message: string;
  code: 'weekday-mismatch' | 'future-in-past-tense';
}
