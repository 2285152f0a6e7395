// Which .txt files are news articles: per-file overrides, then the include/exclude globs, then a look at the text itself.
import { Minimatch } from 'minimatch';

export interface ArticleRules {
  /** Globs, relative to the workspace folder, of files that may be articles. */
  include: string[];
  /** Globs of files that never are. */
  exclude: string[];
  /** Per-file decisions from "Treat This File as an Article" / "…Not an Article", by relative path. */
  overrides: Record<string, boolean>;
}

export const DEFAULT_ARTICLE_RULES: ArticleRules = {
  include: ['**/*.txt'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/.crosscheck/**'],
  overrides: {},
};

/** Larger files are skipped with a message: news articles are far smaller, and analysing megabytes would stall the server. */
export const MAX_ARTICLE_BYTES = 2_000_000;

export interface Classification {
  isArticle: boolean;
  /** Why, in words, for the status bar and the log. */
  reason: string;
}

/** Files named like these are project or legal files, whatever their text looks like. */
const NOT_ARTICLE_NAMES = /^(?:requirements[\w.-]*|constraints|licen[cs]e[\w.-]*|copying[\w.-]*|notice[\w.-]*|third[_-]?party[\w-]*|robots|cmakelists|changelog|authors|contributors|version)\.txt$/i;

/** Decides from the path alone; undefined when the text must be looked at. */
export function classifyByPath(relativePath: string, rules: ArticleRules): Classification | undefined {
  const override = rules.overrides[relativePath];
  if (override !== undefined) return { isArticle: override, reason: override ? 'marked as an article' : 'marked as not an article' };
  if (isExcluded(relativePath, rules)) return { isArticle: false, reason: 'excluded by crosscheck.articles.exclude' };
  if (!matchesAny(relativePath, rules.include)) return { isArticle: false, reason: 'not matched by crosscheck.articles.include' };
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  if (NOT_ARTICLE_NAMES.test(name)) return { isArticle: false, reason: `${name} is a project file, not an article` };
  return undefined;
}

/** True when the exclude globs reject the path; pass a folder as "path/" to decide whether to walk into it. */
export function isExcluded(relativePath: string, rules: ArticleRules): boolean {
  return matchesAny(relativePath, rules.exclude);
}

/** True when the include globs admit the path (whatever the other rules then decide). */
export function isIncluded(relativePath: string, rules: ArticleRules): boolean {
  return matchesAny(relativePath, rules.include);
}

function matchesAny(relativePath: string, globs: string[]): boolean {
  return globs.some((g) => compiled(g).match(relativePath));
}

/**
 * Each glob compiled once: minimatch() compiles its pattern on every call, and every file of a workspace is matched
 * against the same few globs (a tenth of a start from the persisted index). Settings hold a handful; the bound is for
 * a client that keeps changing them.
 */
const globs = new Map<string, Minimatch>();
const MAX_COMPILED_GLOBS = 256;
function compiled(glob: string): Minimatch {
  let matcher = globs.get(glob);
  if (!matcher) {
    if (globs.size >= MAX_COMPILED_GLOBS) globs.clear();
    globs.set(glob, (matcher = new Minimatch(glob, { dot: true, nocase: true })));
  }
  return matcher;
}

export function classifyArticle(relativePath: string, text: string, rules: ArticleRules): Classification {
  const byPath = classifyByPath(relativePath, rules);
  if (byPath && (!byPath.isArticle || rules.overrides[relativePath] !== undefined)) return byPath;
  return classifyText(text);
}

const LOG_LINE = /^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE)\]?\b)/;
/** Lines of code or of a package list: statements, braces, imports, definitions, pinned versions. */
const CODE_LINE = /[{};]\s*$|^\s*(?:import|from|def|class|function|const|let|var|return|if|for|while|#include|#!|public|private|package|using)\b.*[(){}=:;'"]|^\s*[\w.-]+\s*(?:[=!<>~]=|[<>])\s*[\w.*]+\s*(?:[,;#].*)?$|^\s*\w+(?:\.\w+)*\s*=\s*\S/;
/** A dateline: a place in capitals and a date ("BRUSSELS 1996-08-22", "WASHINGTON, May 2, 2024"), or a wire credit. */
const DATELINE = /^\s*\p{Lu}{2,}[\p{Lu} .'-]*(?:\s*,[\p{L}. ]+)?\s*,?\s+(?:\d{4}-\d\d-\d\d|\d{1,2}\s+\p{Lu}\p{Ll}+\.?,?\s+\d{4}|\p{Lu}\p{Ll}{2,}\.?\s+\d{1,2}\b)|\((?:Reuters|AP|AFP|UPI|Bloomberg)\)/u;
/** Datelines and table rows are short lines; longer ones are not tested (which also keeps the patterns' cost linear). */
const SHORT_LINE = 200;
/** A row of a results table or a list of scores: a name and a number ("Arsenal 2 Leicester 0", "Pakistan 277-9"). */
const isScoreLine = (line: string): boolean => line.length <= SHORT_LINE && CAPITALISED_WORD.test(line) && STANDALONE_NUMBER.test(line);
// Module constants: the bundler writes a \p{…} literal as `new RegExp(…)`, which inside a function is built per call
// (per word and per character below, on the server's own thread for every file it classifies).
const CAPITALISED_WORD = /\p{Lu}\p{L}/u;
const STANDALONE_NUMBER = /(?<![\p{L}\d])\d+(?:[-.:/]\d+)?(?![\p{L}\d])/u;
const ALPHABETIC_WORD = /^["“‘(]?[\p{L}][\p{L}'’-]*[.,;:!?"”’)]*$/u;
const LETTER_PAIRS = /\p{L}{2,}/gu;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * What a news file has: prose (several sentences on lines of many words, mostly alphabetic), or, on sports and market
 * pages, a dateline or a sentence (or a line of ten words) beside a table of scores. Logs, code, package lists and word lists have neither.
 */
export function classifyText(text: string): Classification {
  if (text.trim().length === 0) return { isArticle: false, reason: 'empty file' };
  if (text.includes('\u0000') || countOf(text, '\ufffd') > text.length / 100) return { isArticle: false, reason: 'binary or not UTF-8 text' };
  if (text.length > MAX_ARTICLE_BYTES) return { isArticle: false, reason: `too large to be an article (${(text.length / 1e6).toFixed(1)} MB; limit ${MAX_ARTICLE_BYTES / 1e6} MB)` };
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  if (share(lines, LOG_LINE) > 0.3) return { isArticle: false, reason: 'reads as a log' };
  if (share(lines, CODE_LINE) > 0.3) return { isArticle: false, reason: 'reads as code or a package list' };
  const { words, alphabetic } = wordCounts(text);
  const dateline = lines.slice(0, 6).some((l) => l.length <= SHORT_LINE && DATELINE.test(l));
  if (words < (dateline ? 10 : 30)) return { isArticle: false, reason: 'too short to read as an article' };
  const sentences = countSentences(text);
  if (alphabetic >= words * 0.6 && sentences >= 2 && words / lines.length >= 4) return { isArticle: true, reason: 'reads as prose' };
  const scores = lines.filter(isScoreLine).length >= lines.length * 0.3;
  if (dateline && (sentences >= 1 || scores)) return { isArticle: true, reason: 'a news page with a dateline' };
  const prose = sentences >= 1 || lines.some((l) => l.length <= SHORT_LINE * 5 && (l.match(LETTER_PAIRS)?.length ?? 0) >= 10);
  if (prose && scores) return { isArticle: true, reason: 'a news page with a table of results' };
  if (alphabetic < words * 0.6) return { isArticle: false, reason: 'mostly numbers or symbols, not prose' };
  return { isArticle: false, reason: 'no sentences: reads as a list, not prose' };
}

const NON_SPACE_RUN = /\S+/g;

/** The text's words (runs of non-space) and how many are alphabetic, counted without an array of every word. */
function wordCounts(text: string): { words: number; alphabetic: number } {
  let words = 0;
  let alphabetic = 0;
  NON_SPACE_RUN.lastIndex = 0;
  for (let m = NON_SPACE_RUN.exec(text); m !== null; m = NON_SPACE_RUN.exec(text)) {
    words++;
    if (ALPHABETIC_WORD.test(m[0])) alphabetic++;
  }
  return { words, alphabetic };
}

function share(lines: readonly string[], pattern: RegExp): number {
  return lines.length === 0 ? 0 : lines.filter((l) => pattern.test(l)).length / lines.length;
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['"', '”', '’', ')']);

/**
 * Sentences: a letter, then at least 25 characters without a line break or . ! ?, then one of . ! ? (and maybe a
 * closing quote) before white space or the end. One pass over the text, so cost is linear in its length.
 */
export function countSentences(text: string): number {
  let count = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      start = -1;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      const after = CLOSERS.has(text[i + 1]) ? i + 2 : i + 1;
      if (start >= 0 && i - start > 25 && (after >= text.length || SPACE.test(text[after]))) count++;
      start = -1;
    } else if (start < 0 && LETTER.test(ch)) {
      start = i;
    }
  }
  return count;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
