// Which .txt files are news articles: per-file overrides, then the include/exclude globs, then a look at the text itself.
import { minimatch } from 'minimatch';

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

function matchesAny(relativePath: string, globs: string[]): boolean {
  return globs.some((g) => minimatch(relativePath, g, { dot: true, nocase: true }));
}

export function classifyArticle(relativePath: string, text: string, rules: ArticleRules): Classification {
  const byPath = classifyByPath(relativePath, rules);
  if (byPath && (!byPath.isArticle || rules.overrides[relativePath] !== undefined)) return byPath;
  return classifyText(text);
}

/** Prose has sentences: several lines of many words ending in sentence punctuation, mostly alphabetic words. */
export function classifyText(text: string): Classification {
  if (text.trim().length === 0) return { isArticle: false, reason: 'empty file' };
  if (text.includes('\u0000') || countOf(text, '\ufffd') > text.length / 100) return { isArticle: false, reason: 'binary or not UTF-8 text' };
  if (text.length > MAX_ARTICLE_BYTES) return { isArticle: false, reason: `too large to be an article (${(text.length / 1e6).toFixed(1)} MB; limit ${MAX_ARTICLE_BYTES / 1e6} MB)` };
  const lines = text.split(/\r?\n/).filter((l) => l.trim().length > 0);
  const logLike = lines.filter((l) => /^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE)\]?\b)/.test(l)).length;
  if (logLike > lines.length * 0.3) return { isArticle: false, reason: 'reads as a log' };
  const words = text.match(/\S+/g) ?? [];
  if (words.length < 30) return { isArticle: false, reason: 'too short to read as an article' };
  const alphabetic = words.filter((w) => /^["“‘(]?[\p{L}][\p{L}'’-]*[.,;:!?"”’)]*$/u.test(w)).length;
  if (alphabetic < words.length * 0.6) return { isArticle: false, reason: 'mostly numbers or symbols, not prose' };
  const sentences = text.match(/\p{L}[^.!?\n]{25,}[.!?]["”’)]?(?=\s|$)/gu)?.length ?? 0;
  const wordsPerLine = words.length / lines.length;
  if (sentences < 2 || wordsPerLine < 4) return { isArticle: false, reason: 'no sentences: reads as a list, not prose' };
  return { isArticle: true, reason: 'reads as prose' };
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
