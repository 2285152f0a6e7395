import * as fs from 'node:fs';
import * as path from 'node:path';

// A small seeded generator for property tests (fast-check is not a dependency): the same seed gives the same inputs,
// so a failure prints a seed that reproduces it.

/** mulberry32: a 32-bit PRNG, good enough to draw test inputs, returning floats in [0, 1). */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = Math.floor(this.next() * 256);
    return out;
  }

  /** Code points drawn from the given ranges ([low, high] inclusive), as a string. */
  codePoints(length: number, ranges: ReadonlyArray<readonly [number, number]>): string {
    let out = '';
    for (let i = 0; i < length; i++) {
      const [low, high] = this.pick(ranges);
      out += String.fromCodePoint(this.int(low, high));
    }
    return out;
  }
}

/** Runs `property` on `runs` inputs drawn from `generate`, naming the seed and run of the first failure. */
export function forAll<T>(seed: number, runs: number, generate: (random: Random) => T, property: (input: T) => void): void {
  const random = new Random(seed);
  for (let run = 0; run < runs; run++) {
    const input = generate(random);
    try {
      property(input);
    } catch (e) {
      const shown = JSON.stringify(input).slice(0, 300);
      throw new Error(`property failed (seed ${seed}, run ${run}) on ${shown}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  }
}

export interface Recipe {
  name: string;
  /** Pieces to repeat in random order. */
  units?: string[];
  /** Repeat the sample articles instead (the caller passes their texts). */
  samples?: boolean;
  /** Characters to draw one at a time. */
  alphabet?: string;
  /** Join everything into one line. */
  oneLine?: boolean;
  separator: string;
}

/** A text of about `size` UTF-16 units made by a recipe (test/fixtures/pathological/recipes.json). */
export function buildInput(recipe: Recipe, size: number, random: Random, samples: readonly string[] = []): string {
  const pieces: string[] = [];
  let length = 0;
  const units = recipe.samples ? samples : recipe.alphabet ? [...recipe.alphabet] : (recipe.units ?? []);
  if (units.length === 0) throw new Error(`recipe ${recipe.name} has nothing to repeat`);
  while (length < size) {
    const unit = random.pick(units);
    pieces.push(unit);
    length += unit.length + recipe.separator.length;
  }
  const text = pieces.join(recipe.separator).slice(0, size);
  const cut = /[\ud800-\udbff]$/.test(text) ? text.slice(0, -1) : text;
  return recipe.oneLine ? cut.replace(/\r?\n/g, ' ') : cut;
}

/** The sample articles under `<root>/samples` (numbered .txt files), the material many recipes repeat. */
export function sampleArticles(root: string): string[] {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^\d.*\.txt$/.test(entry.name)) texts.push(fs.readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(root, 'samples'));
  if (texts.length === 0) throw new Error(`no sample articles under ${root}/samples`);
  return texts;
}
