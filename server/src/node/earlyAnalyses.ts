// An edited article is analysed on the pool as soon as the edit arrives, while the server's debounce waits for typing
// to pause: when the debounced refresh then asks for the analysis of that very text, it is ready (or under way), and
// the article's diagnostics come the analysis time sooner. The corpus is still changed only after the debounce.
import type { AnalyzeOptions } from '../analysis/analyze';
import type { DocumentAnalysis } from '../analysis/types';
import type { AnalysisControl, Analyzer } from './analysisPool';

/** An analysis begun before it was asked for, and the text to analyse once it is done when edits came meanwhile. */
interface Early {
  text: string;
  options: AnalyzeOptions;
  result: Promise<DocumentAnalysis>;
  controller: AbortController;
  done: boolean;
  next?: string;
}

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
   * begins). One early analysis a file at a time: text edited while one runs is analysed after it, the latest only.
   */
  begin(path: string, text: string): void {
    const options = this.lastOptions.get(path);
    if (!options) return;
    const running = this.early.get(path);
    if (running?.text === text) return;
    if (running && !running.done) {
      running.next = text;
      return;
    }
    const controller = new AbortController();
    const early: Early = { text, options, controller, done: false, result: this.pool.analyze(text, options, { urgent: true, signal: controller.signal }) };
    this.early.set(path, early);
    const settled = () => {
      early.done = true;
      if (this.early.get(path) !== early || early.next === undefined) return;
      this.early.delete(path);
      this.begin(path, early.next);
    };
    // A rejection is heard by whoever takes the result; one nobody takes (cancelled, superseded) is no error.
    early.result.then(settled, settled);
  }

  /** Forgets a file whose document closed: what it analysed early is dropped, and nothing begins for it until it is asked again. */
  forget(path: string): void {
    this.early.get(path)?.controller.abort();
    this.early.delete(path);
    this.lastOptions.delete(path);
  }
}
