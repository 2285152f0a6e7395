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

/**
 * Reads the sidecar. Keys are paths relative to the workspace folder: one that leaves the folder ("../x.txt", an
 * absolute path) or could reach an object's prototype ("__proto__") is an error. Look paths up with own-property
 * checks (a file may be named "constructor").
 */
export function parseArticleSidecar(jsonText: string): { sidecar: ArticleSidecar; errors: string[] } {
  const errors: string[] = [];
  const parsed = parseJsonObject(jsonText);
  if ('syntaxError' in parsed) return { sidecar: EMPTY_ARTICLE_SIDECAR, errors: [`not valid JSON: ${parsed.syntaxError}`] };
  if ('notAnObject' in parsed) return { sidecar: EMPTY_ARTICLE_SIDECAR, errors: ['expected an object with "articles" and "dates"'] };
  const raw = parsed.object;
  const sidecar: ArticleSidecar = {
    articles: readPathTable(raw, 'articles', 'true/false', errors, (value): value is boolean => typeof value === 'boolean', 'must be true or false'),
    dates: readPathTable(raw, 'dates', '"YYYY-MM-DD"', errors, (value): value is string => typeof value === 'string' && isIsoDate(value), 'must be a date written YYYY-MM-DD'),
  };
  return { sidecar, errors };
}

/** One table of the sidecar keyed by relative path: keys and values are checked one by one, the bad ones reported and left out. */
function readPathTable<T>(
  raw: Record<string, unknown>,
  name: string,
  valueShape: string,
  errors: string[],
  isValue: (value: unknown) => value is T,
  valueProblem: string,
): Record<string, T> {
  const table: Record<string, T> = {};
  const entries = raw[name] ?? {};
  if (!isPlainObject(entries)) {
    errors.push(`"${name}" must be an object of path → ${valueShape}`);
    return table;
  }
  for (const [path, value] of Object.entries(entries)) {
    const problem = pathProblem(path);
    if (problem) errors.push(`${name}: ${problem}`);
    else if (isValue(value)) table[path] = value;
    else errors.push(`${name}["${path}"] ${valueProblem}`);
  }
  return table;
}

/** Why a key cannot name a file inside the workspace folder, or undefined when it can. */
export function pathProblem(path: string): string | undefined {
  if (path === '' || path === '__proto__') return `"${path}" is not a file path`;
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\') || path.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return `"${path}" is not a path inside the workspace folder (write it relative to the folder, with /)`;
  }
  return undefined;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d\d-\d\d$/.test(value)) return false;
  const d = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}
