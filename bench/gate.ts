// `npm run bench:gate`: the server bench at two small sizes, failing when an edit's cost is not flat in the corpus size
// or a figure regresses more than 2× against bench/gate-baseline.json. `-- --update-baseline` rewrites the baseline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildProducts, machine, measureServer, serverTable, type ServerFigures } from './server';

const SIZES = [200, 2000] as const;
/** Edit → diagnostics (and hover after an edit) at 10× the articles may cost at most this many times as much. */
const FLAT_RATIO = 2;
/** A figure fails when it exceeds this many times its baseline... */
const REGRESSION_RATIO = 2;
/** ...and by more than this many milliseconds, so that sub-millisecond noise on a shared machine does not fail it. */
const NOISE_MS = 5;
const BASELINE = path.resolve(__dirname, '..', 'bench', 'gate-baseline.json');

/** The figures the gate compares, by name, in milliseconds. */
function gated(f: ServerFigures): Record<string, number> {
  const named: Record<string, number> = {
    [`cold index per article at ${f.articles}`]: (f.coldIndexS * 1000) / f.articles,
    [`edit → diagnostics p50 at ${f.articles}`]: f.editToDiagnosticsMs.p50,
    [`edit → diagnostics p95 at ${f.articles}`]: f.editToDiagnosticsMs.p95,
  };
  for (const [name, p] of Object.entries(f.requestsMs)) named[`${name} p95 at ${f.articles}`] = p.p95;
  return named;
}

export async function runGate(argv: string[]): Promise<void> {
  buildProducts();
  const [small, large] = [await measureServer(SIZES[0]), await measureServer(SIZES[1])];
  console.log(serverTable([small, large]));
  const failures: string[] = [];
  for (const [name, pick] of [
    ['edit → diagnostics p50', (f: ServerFigures) => f.editToDiagnosticsMs.p50],
    ['hover after an edit p50', (f: ServerFigures) => f.requestsMs['hover after an edit'].p50],
  ] as const) {
    const ratio = pick(large) / pick(small);
    console.log(`flat: ${name} ${pick(small).toFixed(1)} ms at ${SIZES[0]} → ${pick(large).toFixed(1)} ms at ${SIZES[1]}: ${ratio.toFixed(2)}× (limit ${FLAT_RATIO}×)`);
    if (ratio > FLAT_RATIO && pick(large) - pick(small) > NOISE_MS) failures.push(`${name} is not flat: ${ratio.toFixed(2)}× from ${SIZES[0]} to ${SIZES[1]} articles`);
  }
  const figures = { ...gated(small), ...gated(large) };
  if (argv.includes('--update-baseline') || !fs.existsSync(BASELINE)) {
    fs.writeFileSync(BASELINE, `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), figures }, null, 2)}\n`);
    console.log(`baseline written to ${BASELINE}`);
  } else {
    const baseline = (JSON.parse(fs.readFileSync(BASELINE, 'utf8')) as { figures: Record<string, number> }).figures;
    for (const [name, value] of Object.entries(figures)) {
      const before = baseline[name];
      if (before === undefined) continue;
      const verdict = value > before * REGRESSION_RATIO && value - before > NOISE_MS ? 'REGRESSED' : 'ok';
      console.log(`${verdict.padEnd(9)} ${name}: ${value.toFixed(1)} ms (baseline ${before.toFixed(1)})`);
      if (verdict !== 'ok') failures.push(`${name} regressed: ${value.toFixed(1)} ms vs ${before.toFixed(1)} ms`);
    }
  }
  if (failures.length > 0) {
    console.error(`\nbench gate FAILED:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('\nbench gate passed');
}
