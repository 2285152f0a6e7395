// An edited article is analysed on the pool as soon as the edit arrives, and the server refreshes it once that
// analysis is in (begin's promise): the refresh then asks for the analysis of that very text and finds it ready, so
// the article's diagnostics come the analysis time after the edit, not after a fixed typing pause. Text typed while
// an analysis runs waits for it (the latest only), so fast typing changes the corpus once an analysis, not a key.
import type { AnalyzeOptions } from '../analysis/analyze';
import type { DocumentAnalysis } from '../analysis/types';
import type { AnalysisControl, Analyzer } from './analysisPool';
import { deferred, type Deferred } from './deferred';

/** An analysis begun before it was asked for, and the text to analyse once it is done when edits came meanwhile. */
interface Early {
  text: string;
  options: AnalyzeOptions;
  result: Promise<DocumentAnalysis>;
  controller: AbortController;
  done: boolean;
  next?: string;
  /** Settles once the analysis of `next` (begun after this one) settles. */
  nextSettled?: Deferred;
}

/** Settles with the analysis, whether it succeeded or not. */
const settledOf = (early: Early): Promise<void> => early.result.then(() => undefined, () => undefined);

/** Options of one file's analyses alike: the same values (the folder's entity list is one object until its sidecar changes). */
function sameOptions(a: AnalyzeOptions, b: AnalyzeOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof AnalyzeOptions>);
  return [...keys].every((k) => a[k] === b[k]);
}

export class EarlyAnalyses {
  /** The options of the latest analysis the user asked for, per file (its `path` option), while its document is open. */
  private readonly lastOptions = new Map<string, AnalyzeOptions>();
  private readonly early = new Map<string, Early>();

  constructor(private readonly pool: { readonly analyze: Analyzer; readonly lanes: number; readonly analysing: number }) {}

  /** The pool's files in flight (AnalysisPool.lanes). */
  get lanes(): number {
    return this.pool.lanes;
  }

  /** The pool's analyses not done yet (AnalysisPool.analysing). */
  get analysing(): number {
    return this.pool.analysing;
  }

  /** The pool's analysis, or the one begun early for the same file, text and options. */
  readonly analyze: Analyzer = (text, options, control: AnalysisControl = {}) => {
    const path = options.path;
    if (path === undefined) return this.pool.analyze(text, options, control);
    if (control.urgent) this.lastOptions.set(path, options);
    const early = this.early.get(path);
    this.early.delete(path);
    if (!early || early.text !== text || !sameOptions(early.options, options)) {
      early?.controller.abort();
      return this.pool.analyze(text, options, control);
    }
    if (control.signal?.aborted) early.controller.abort();
    control.signal?.addEventListener('abort', () => early.controller.abort(), { once: true });
    return early.result;
  };

  /**
   * Begins analysing a file's new text with the options of its last analysis the user asked for (none yet: nothing
   * begins, and undefined comes back). One early analysis a file at a time: text edited while one runs is analysed
   * after it, the latest only. Returns a promise that settles once the text's analysis is done (or failed, or was
   * given up for a newer text's).
   */
  begin(path: string, text: string): Promise<void> | undefined {
    const options = this.lastOptions.get(path);
    if (!options) return undefined;
    const running = this.early.get(path);
    if (running?.text === text) return settledOf(running);
    if (running && !running.done) {
      running.next = text;
      return (running.nextSettled ??= deferred()).promise;
    }
    const controller = new AbortController();
    const early: Early = { text, options, controller, done: false, result: this.pool.analyze(text, options, { urgent: true, signal: controller.signal }) };
    this.early.set(path, early);
    const settled = () => {
      early.done = true;
      const waiting = early.nextSettled;
      if (this.early.get(path) !== early || early.next === undefined) return waiting?.resolve();
      this.early.delete(path);
      const next = this.begin(path, early.next);
      if (waiting) void (next ?? Promise.resolve()).then(waiting.resolve);
    };
    // A rejection is heard by whoever takes the result; one nobody takes (cancelled, superseded) is no error.
    early.result.then(settled, settled);
    return settledOf(early);
  }

  /** Forgets a file whose document closed: what it analysed early is dropped, and nothing begins for it until it is asked again. */
  forget(path: string): void {
    this.early.get(path)?.controller.abort();
    this.early.delete(path);
    this.lastOptions.delete(path);
  }
}
