// Settings, fetched per workspace folder from the client, cached by folder and cleared when they change.
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_ARTICLE_RULES } from '../analysis/articleFiles';
import { type ConflictSeverities, DEFAULT_CONFLICT_SEVERITIES, type SeverityName } from '../analysis/features/diagnostics';

export interface Settings {
  include: string[];
  exclude: string[];
  metonymy: boolean;
  inlayHints: boolean;
  codeLens: boolean;
  severities: ConflictSeverities;
}

export const DEFAULT_SETTINGS: Settings = {
  include: DEFAULT_ARTICLE_RULES.include,
  exclude: DEFAULT_ARTICLE_RULES.exclude,
  metonymy: true,
  inlayHints: true,
  codeLens: true,
  severities: DEFAULT_CONFLICT_SEVERITIES,
};

/**
 * What a settings change asks of the server: `index` when it changes which files are articles or how they are
 * analysed (re-analyse everything), `diagnostics` when only severities changed (republish), `views` when only
 * inlay hints or code lenses changed (ask the client to refresh them), `none` otherwise.
 */
export type SettingsChange = 'index' | 'diagnostics' | 'views' | 'none';

export function settingsChange(before: Settings, after: Settings): SettingsChange {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(before.include, after.include) || !same(before.exclude, after.exclude) || before.metonymy !== after.metonymy) return 'index';
  if (!same(before.severities, after.severities)) return 'diagnostics';
  if (before.inlayHints !== after.inlayHints || before.codeLens !== after.codeLens) return 'views';
  return 'none';
}

const SEVERITY_NAMES: readonly SeverityName[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads the client's `crosscheck` section; anything missing or of the wrong shape falls back to the default. */
export function settingsFrom(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const section = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const get = <T>(path: string, fallback: T, valid: (v: unknown) => boolean): T => {
    const value = path.split('.').reduce<unknown>((obj, key) => (typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>)[key] : undefined), section);
    if (value === undefined || value === null) return fallback;
    if (valid(value)) return value as T;
    problems.push(`crosscheck.${path} has an invalid value (${JSON.stringify(value)}); using the default`);
    return fallback;
  };
  const globs = (v: unknown) => Array.isArray(v) && v.every((g) => typeof g === 'string');
  const bool = (v: unknown) => typeof v === 'boolean';
  const severity = (v: unknown) => SEVERITY_NAMES.includes(v as SeverityName);
  return {
    settings: {
      include: get('articles.include', DEFAULT_SETTINGS.include, globs),
      exclude: get('articles.exclude', DEFAULT_SETTINGS.exclude, globs),
      metonymy: get('identity.metonymy', DEFAULT_SETTINGS.metonymy, bool),
      inlayHints: get('dates.inlayHints', DEFAULT_SETTINGS.inlayHints, bool),
      codeLens: get('codeLens.enabled', DEFAULT_SETTINGS.codeLens, bool),
      severities: {
        contradiction: get('conflicts.severity.contradiction', DEFAULT_CONFLICT_SEVERITIES.contradiction, severity),
        discrepancy: get('conflicts.severity.discrepancy', DEFAULT_CONFLICT_SEVERITIES.discrepancy, severity),
        update: get('conflicts.severity.update', DEFAULT_CONFLICT_SEVERITIES.update, severity),
      },
    },
    problems,
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly supported: boolean,
    private readonly report: (problem: string) => void,
  ) {}

  /** Settings for a workspace folder (or the window when the client cannot scope them). */
  get(scopeUri: string): Promise<Settings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(scopeUri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri, section: 'crosscheck' }).then((raw) => {
        const { settings: parsed, problems } = settingsFrom(raw);
        problems.forEach(this.report);
        return parsed;
      }, () => DEFAULT_SETTINGS);
      this.cache.set(scopeUri, settings);
    }
    return settings;
  }

  clear(): void {
    this.cache.clear();
  }
}
