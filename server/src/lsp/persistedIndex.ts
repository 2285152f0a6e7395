// Where the server keeps its persisted index (node/analysisCache): the storage folder the client names in its
// initialization options. Without one (a client that gives none, or gives something that is no absolute path),
// every start indexes from scratch.
import * as path from 'node:path';
import type { CacheLocation } from '../node/bootstrap';
import type { InitializationOptions } from '../protocol';

export function cacheLocation(options: unknown, log: (message: string) => void): CacheLocation | undefined {
  const storagePath = (options as InitializationOptions | null | undefined)?.storagePath;
  if (typeof storagePath !== 'string' || !path.isAbsolute(storagePath)) return undefined;
  return { dir: path.join(storagePath, 'index'), log };
}
