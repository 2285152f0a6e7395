// The workspace sidecar `.crosscheck/articles.json`: per-file article decisions and article dates set by the user.
// Parsing never throws: a broken file yields clear errors and empty settings, and the file itself is never rewritten.
import { isPlainObject, parseJsonObject } from './jsonObject';

export interface ArticleSidecar {
  /** Relative path → true (an article) or false (not an article). */
  articles: Record<string, boolean>;
  /** Relative path → the article's date, YYYY-MM-DD. */
  dates: Record<string, string>;
}

export const EMPTY_ARTICLE_SIDECAR: ArticleSidecar = { articles: {}, dates: {} };

export function parseArticleSidecar(jsonText: string): { sidecar: ArticleSidecar; errors: string[] } {
  const errors: string[] = [];
  const parsed = parseJsonObject(jsonText);
  if ('syntaxError' in parsed) return { sidecar: EMPTY_ARTICLE_SIDECAR, errors: [`not valid JSON: ${parsed.syntaxError}`] };
  if ('notAnObject' in parsed) return { sidecar: EMPTY_ARTICLE_SIDECAR, errors: ['expected an object with "articles" and "dates"'] };
  const raw = parsed.object;
  const sidecar: ArticleSidecar = { articles: {}, dates: {} };
  const articles = raw.articles ?? {};
  if (!isPlainObject(articles)) errors.push('"articles" must be an object of path → true/false');
  else {
    for (const [path, value] of Object.entries(articles)) {
      if (typeof value === 'boolean') sidecar.articles[path] = value;
      else errors.push(`articles["${path}"] must be true or false`);
    }
  }
  const dates = raw.dates ?? {};
  if (!isPlainObject(dates)) errors.push('"dates" must be an object of path → "YYYY-MM-DD"');
  else {
    for (const [path, value] of Object.entries(dates)) {
      if (typeof value === 'string' && isIsoDate(value)) sidecar.dates[path] = value;
      else errors.push(`dates["${path}"] must be a date written YYYY-MM-DD`);
    }
  }
  return { sidecar, errors };
}

export function serializeArticleSidecar(sidecar: ArticleSidecar): string {
  return JSON.stringify({ articles: sortKeys(sidecar.articles), dates: sortKeys(sidecar.dates) }, null, 2) + '\n';
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return false;
  const d = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
