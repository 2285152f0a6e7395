// Runs named report sections in order; command-line words pick sections by a part of their title.
export type Section = [title: string, run: () => Promise<void>];

export async function runSections(sections: Section[], argv: string[]): Promise<void> {
  const only = argv.map((a) => a.toLowerCase());
  for (const [title, run] of sections) {
    if (only.length > 0 && !only.some((o) => title.toLowerCase().includes(o))) continue;
    const started = Date.now();
    console.log(`\n=== ${title} ===\n`);
    await run();
    console.log(`\n(${title}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

export function main(sections: Section[]): void {
  runSections(sections, process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
