// One article's analysis as the persisted index stores it. JSON when JSON says exactly what v8.serialize would (plain
// objects and arrays, finite numbers and infinities, booleans, null, strings without NUL): it reads in about two
// thirds of the CPU of v8.deserialize, garbage collection included (the 9,348 analyses of the 10,000-article bench,
// in one process: 0.70-0.85 s against 1.0-1.4 s), the most of any single step of a start from the persisted index.
// Anything else (-0, NaN, undefined, holes, a Map) is stored with v8.serialize, so every analysis reads back as it was
// made. The first byte tells them apart: '{' opens the JSON, v8's serialisation begins with its version tag 0xFF.
import * as v8 from 'node:v8';
import type { DocumentAnalysis } from '../analysis/types';

const OPEN_BRACE = 0x7b;
/** Infinities as JSON.stringify writes these strings; no string of an analysis written as JSON holds a NUL. */
const INFINITY = ['\u0000Infinity', '\u0000-Infinity'] as const;
/** What an infinity becomes in the JSON: numbers beyond the range of a double, which JSON.parse reads as infinities. */
const INFINITY_JSON = { [JSON.stringify(INFINITY[0])]: '1e999', [JSON.stringify(INFINITY[1])]: '-1e999' };
const INFINITY_PATTERN = new RegExp(Object.keys(INFINITY_JSON).map((k) => k.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|'), 'g');

export function encodeAnalysis(analysis: DocumentAnalysis): Uint8Array {
  const json = exactJson(analysis);
  return json === undefined ? v8.serialize(analysis) : Buffer.from(json, 'utf8');
}

/** The analysis a record holds; throws when it does not read as one. */
export function decodeAnalysis(bytes: Uint8Array): DocumentAnalysis {
  const value: unknown = bytes[0] === OPEN_BRACE ? JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) : v8.deserialize(bytes);
  if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') throw new Error('not an analysis');
  return value as DocumentAnalysis;
}

/** The value as JSON with its infinities kept, when JSON.parse of it gives back exactly the value; else undefined. */
function exactJson(value: unknown): string | undefined {
  let exact = true;
  let infinities = 0;
  let json: string;
  try {
    json = JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown): unknown {
      // What the holder has, before toJSON (a Date's would turn it into a string).
      const raw = this[key];
      switch (typeof item) {
        case 'number':
          if (item === Infinity || item === -Infinity) {
            infinities++;
            return INFINITY[item > 0 ? 0 : 1];
          }
          if (Number.isNaN(item) || Object.is(item, -0)) exact = false;
          return item;
        case 'string':
          if (raw !== item || item.includes('\u0000')) exact = false;
          return item;
        case 'boolean':
          return item;
        case 'object':
          if (item !== null && Object.getPrototypeOf(item) !== (Array.isArray(item) ? Array.prototype : Object.prototype)) exact = false;
          return item;
        default:
          // undefined (a hole, or a property JSON would drop), a function, a symbol, a bigint.
          exact = false;
          return item;
      }
    });
  } catch {
    return undefined;
  }
  if (!exact) return undefined;
  let replaced = 0;
  const result = json.replace(INFINITY_PATTERN, (marker) => {
    replaced++;
    return INFINITY_JSON[marker];
  });
  // A key spelled like a marker would have been replaced too: then the counts differ.
  return replaced === infinities ? result : undefined;
}
