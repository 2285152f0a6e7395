// The version users see (`crosscheck --version`, the server's serverInfo): the package's own; and the fingerprint
// of what produced an analysis, which a persisted index must match to be used.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import packageJson from '../../../package.json';
import taggerModel from '../analysis/ner/model.json';

export const VERSION: string = packageJson.version;

/** Raised whenever the shape of DocumentAnalysis or of the persisted index changes: older caches are then discarded. */
export const ANALYSIS_SCHEMA_VERSION = 1;

let fingerprint: string | undefined;

/**
 * Crosscheck's version, the analysis schema, the tagger model's hash and the running bundle's hash: the bundle holds
 * the analysis code and its word lists, which change between development builds without a version change.
 */
export function analysisFingerprint(): string {
  if (fingerprint === undefined) {
    const model = createHash('sha256').update(taggerModel.keys).update(taggerModel.weights).digest('hex').slice(0, 16);
    let bundle = 'unknown';
    try {
      bundle = createHash('sha256').update(readFileSync(__filename)).digest('hex').slice(0, 16);
    } catch {
      // A bundle that cannot read itself still has the version and the model to tell caches apart.
    }
    fingerprint = `crosscheck ${VERSION}; schema ${ANALYSIS_SCHEMA_VERSION}; model ${model}; build ${bundle}`;
  }
  return fingerprint;
}
