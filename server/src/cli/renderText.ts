// The CLI's readable summary: per article its date, main entities and dates; then the conflicts between sources.
import type { Report } from '../analysis/report';

const TOP_ENTITIES = 8;

export function renderText(report: Report): string {
  const names = new Map(report.entities.map((e) => [e.id, e]));
  const out: string[] = [];
  for (const doc of report.documents) {
    out.push(`${doc.path}`, `  dated: ${doc.referenceDate ?? 'unknown'}`);
    const counts = new Map<string, number>();
    for (const m of doc.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP_ENTITIES);
    if (top.length > 0) out.push(`  entities: ${top.map(([id, n]) => `${names.get(id)?.name ?? id} (${names.get(id)?.type}, ${n}×)`).join(', ')}`);
    const dates = doc.dates.filter((d) => d.kind === 'date');
    if (dates.length > 0) out.push(`  dates: ${dates.map((d) => `${d.text} → ${d.value ?? 'unresolved'}`).join('; ')}`);
    out.push('');
  }
  out.push(`Stories (${report.stories.length}):`);
  for (const story of report.stories) {
    const range = story.start === null ? 'undated' : story.start === story.end ? story.start : `${story.start} – ${story.end}`;
    out.push(`  ${story.title} (${range}, ${story.documents.length} article${story.documents.length === 1 ? '' : 's'})`, ...story.documents.map((d) => `    ${d}`));
  }
  out.push('');
  const shared = report.entities.filter((e) => e.documents > 1).sort((a, b) => b.documents - a.documents || b.mentions - a.mentions);
  if (shared.length > 0) {
    out.push(`Entities in more than one article (${shared.length}):`);
    for (const e of shared.slice(0, 20)) out.push(`  ${e.name} (${e.type}): ${e.documents} articles, ${e.mentions} mentions${e.aliases.length ? `; also ${e.aliases.join(', ')}` : ''}`);
    out.push('');
  }
  out.push(report.conflicts.length === 0 ? 'No conflicting claims found.' : `Conflicting claims (${report.conflicts.length}):`);
  for (const c of report.conflicts) {
    out.push(`  [${c.kind}] ${c.attribute} — ${c.subject}`, `    ${c.a.path}: “${c.a.text}”`, `    ${c.b.path}: “${c.b.text}”`);
  }
  return out.join('\n') + '\n';
}
