// Article analysis on worker threads, one per core, so indexing uses every core and the thread that answers
// requests stays free. The workers run the same bundle as their parent (see runAnalysisWorker); where no worker
// can start, analysis runs in the calling thread as before.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analysis/analyze';
import { featureLists, type FeatureLists, offerFeatureLists } from '../analysis/stories/features';
import type { DocumentAnalysis } from '../analysis/types';
import { decodeAnalysis, encodeAnalysis } from './analysisRecords';
import { warmUpAnalysis } from './workerWarmUp';

interface Job {
  id: number;
  text: string;
  options: AnalyzeOptions;
}
/**
 * The analysis comes back as its persisted-index record (analysisRecords): decoded here in less CPU and heap than a
 * structured clone. With it its story features' lists (stories/features.ts): made here, linking the article on the
 * thread that answers requests only looks their keys up (reading the text for them was most of linking an edited article).
 */
type Reply = { id: number; record: Uint8Array; features: FeatureLists } | { id: number; error: string };
interface Task {
  job: Job;
  resolve: (a: DocumentAnalysis) => void;
  reject: (e: Error) => void;
}

/** How one analysis is run: `urgent` ones (what the user opened or edited) go before the index pass's. */
export interface AnalysisControl {
  urgent?: boolean;
  /** Aborting drops the analysis: a waiting one is never started, a running one's worker is ended. */
  signal?: AbortSignal;
}

/**
 * How long a cancelled analysis may go on before its worker is ended: a fresh worker takes about this long to start
 * (0.1-0.7 s measured, the latter on a loaded machine), so an ordinary article is left to finish and only a slow one is stopped.
 */
const CANCEL_GRACE_MS = 500;

/**
 * A pool with nothing to do for this long ends all its idle workers but one: each holds the tagger and its own heap
 * (100-300 MB after an index pass), while the edits that follow indexing need one at a time, and a warm one.
 */
const RETIRE_IDLE_MS = 10_000;

/**
 * The old generation a worker may grow to. Its tagger, word lists and one article's analysis hold about 20 MB; left to
 * itself V8 let each worker's heap grow to 100-300 MB over an index pass, collecting rarely. 64 MB made it collect so
 * often that a cold index of 2,000 articles took 60% more CPU; 192 MB cost no measurable CPU and 47 MB less RSS
 * (476 vs 523 MB). An article that needs more ends its worker, and is then analysed in this thread (see spawn).
 */
const WORKER_OLD_SPACE_MB = 192;
/** Files a caller keeps in flight per worker (see `lanes`). */
const IN_FLIGHT_PER_WORKER = 2;

export type Analyzer = (text: string, options: AnalyzeOptions, control?: AnalysisControl) => Promise<DocumentAnalysis>;

/** The rejection of an analysis whose signal was aborted. */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled: a newer version of the document arrived');
  }
}

export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly waiting: Task[] = [];
  private readonly urgent: Task[] = [];
  private started = 0;
  private nextId = 0;
  private closed = false;
  private retireTimer: NodeJS.Timeout | undefined;

  /** `script` is the bundle to start each worker from (the running one); `size` workers at most. */
  constructor(private readonly script: string, readonly size = Math.max(1, availableParallelism())) {}

  readonly analyze: Analyzer = (text, options, control = {}) => {
    const { signal } = control;
    if (signal?.aborted) return Promise.reject(new AnalysisCancelled());
    if (this.closed) return Promise.resolve(analyze(text, options));
    return new Promise((resolve, reject) => {
      const task: Task = { job: { id: ++this.nextId, text, options }, resolve, reject };
      const queue = control.urgent ? this.urgent : this.waiting;
      queue.push(task);
      signal?.addEventListener('abort', () => this.cancel(task, queue), { once: true });
      this.dispatch();
    });
  };

  /**
   * How many files a caller keeps in flight: two a worker, one analysed while the next is read and sent, so no worker
   * waits on the disk or on the calling thread's merging. With one a worker, a cold index of 2,000 articles left each
   * worker idle 40-50% of the pass (CPU profile, load ~8).
   */
  get lanes(): number {
    return this.size * IN_FLIGHT_PER_WORKER;
  }

  /** Analyses asked for and not done yet: running on a worker or waiting for one. */
  get analysing(): number {
    return this.busy.size + this.urgent.length + this.waiting.length;
  }

  /** Workers started and alive (0 when none could start and analysis runs in the calling thread). */
  get workers(): number {
    return this.idle.length + this.busy.size;
  }

  /** Ends the workers; later analyses run in the calling thread. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
    this.idle.length = 0;
  }

  /**
   * An index pass has ended: with nothing left to analyse, its workers are retired now rather than after
   * RETIRE_IDLE_MS, so their grown heaps are not held through the passes after indexing (a pass that started none,
   * a start from the persisted index, starts none either).
   */
  passEnded(): void {
    if (this.analysing === 0 && this.idle.length > 0) this.retire();
  }

  private dispatch(): void {
    clearTimeout(this.retireTimer);
    while (this.urgent.length + this.waiting.length > 0) {
      const worker = this.idle.pop() ?? this.spawn();
      if (!worker) return;
      const task = (this.urgent.length > 0 ? this.urgent : this.waiting).shift()!;
      this.busy.set(worker, task);
      worker.postMessage(task.job);
    }
    if (this.busy.size === 0 && this.idle.length > 1) {
      this.retireTimer = setTimeout(() => this.retire(), RETIRE_IDLE_MS);
      this.retireTimer.unref();
    }
  }

  /**
   * Ends the idle workers and starts one fresh in their place, warm for the edits that follow: a worker that took part
   * in an index pass keeps a heap grown towards WORKER_OLD_SPACE_MB however little of it is live (collected rarely,
   * never given back), so keeping the one used last kept that too.
   */
  private retire(): void {
    clearTimeout(this.retireTimer);
    for (const worker of this.idle.splice(0)) {
      this.started--;
      void worker.terminate();
    }
    const fresh = this.spawn();
    if (fresh) this.idle.push(fresh);
  }

  /**
   * Drops a cancelled analysis: out of its queue, or, still running after a grace period, its worker is ended (a
   * fresh one starts when work waits). The caller hears at once; a reply that comes within the grace is ignored.
   */
  private cancel(task: Task, queue: Task[]): void {
    const at = queue.indexOf(task);
    if (at >= 0) queue.splice(at, 1);
    const worker = [...this.busy].find(([, t]) => t === task)?.[0];
    if (at < 0 && !worker) return;
    task.reject(new AnalysisCancelled());
    if (!worker) return;
    setTimeout(() => {
      if (this.busy.get(worker) !== task) return;
      this.busy.delete(worker);
      this.started--;
      void worker.terminate();
      this.dispatch();
    }, CANCEL_GRACE_MS).unref();
  }

  private spawn(): Worker | undefined {
    if (this.started >= this.size) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(this.script, { argv: ['--analysis-worker'], resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
    } catch {
      // No worker can start here: this pool analyses in the calling thread from now on.
      this.closed = true;
      for (const task of [...this.urgent.splice(0), ...this.waiting.splice(0)]) task.resolve(analyze(task.job.text, task.job.options));
      return undefined;
    }
    this.started++;
    worker.on('message', (reply: Reply) => {
      const task = this.busy.get(worker);
      // A reply from a worker whose cancelled analysis ran past the grace: it is being ended.
      if (!task) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      if ('error' in reply) task.reject(new Error(reply.error));
      else {
        try {
          const analysis = decodeAnalysis(reply.record);
          offerFeatureLists(analysis, reply.features);
          task.resolve(analysis);
        } catch (e) {
          task.reject(e as Error);
        }
      }
      this.dispatch();
    });
    // A worker that dies takes only its own article with it: that one is analysed here, and a new worker may start.
    const lost = (reason: string) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      this.started--;
      if (task && !this.closed) {
        try {
          task.resolve(analyze(task.job.text, task.job.options));
        } catch (e) {
          task.reject(new Error(`${reason}; ${(e as Error).message}`));
        }
      }
      this.dispatch();
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => { if (this.busy.has(worker) || this.idle.includes(worker)) lost(`worker exited with ${code}`); });
    return worker;
  }
}

/** True in a thread the pool started: it should analyse, not start a server. */
export const isAnalysisWorker = (): boolean => !isMainThread && process.argv.includes('--analysis-worker');

/** The worker's side: analyse each article it is sent and send the analysis back. */
export function runAnalysisWorker(): void {
  // Before the first job: a worker started to stand by answers its first edit warm, and its first heavy article too.
  warmUpAnalysis();
  parentPort!.on('message', (job: Job) => {
    try {
      const analysis = analyze(job.text, job.options);
      parentPort!.postMessage({ id: job.id, record: encodeAnalysis(analysis), features: featureLists(analysis) } satisfies Reply);
    } catch (e) {
      parentPort!.postMessage({ id: job.id, error: (e as Error).stack ?? String(e) } satisfies Reply);
    }
  });
}
