// Quick actions on conflict diagnostics: compare the two sources, dismiss the finding, list the claims about its subject.
import { type CodeAction, CodeActionKind, type Diagnostic, type Location } from 'vscode-languageserver-types';
import type { Corpus } from '../corpus';
import type { Conflict } from '../conflicts/conflictIndex';
import type { ConflictsOfClaim } from '../../protocol';
import type { ConflictDiagnosticData } from './diagnostics';
import { fileName, locationOf } from './shared';

export function conflictActions(corpus: Corpus, uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const byId = new Map(corpus.conflictsFor(uri).map((c) => [c.id, c]));
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const ids = (diagnostic.data as ConflictDiagnosticData | undefined)?.conflicts ?? [];
    const conflicts = ids.map((id) => byId.get(id)).filter((c): c is Conflict => c !== undefined && corpus.has(c.a.docId) && corpus.has(c.b.docId));
    const action = (title: string, command: string, args: unknown[], preferred = false): CodeAction =>
      ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred || undefined, command: { title, command, arguments: args } });
    if (conflicts.length === 1) {
      const [conflict] = conflicts;
      const [here, other] = conflict.a.docId === uri ? [conflict.a, conflict.b] : [conflict.b, conflict.a];
      const from = corpus.get(here.docId)!;
      const to = corpus.get(other.docId)!;
      actions.push(action(`Compare with ${fileName(other.docId)}`, 'crosscheck.compareWith', [locationOf(from, here.claim), locationOf(to, other.claim)], true));
      actions.push(action(`Dismiss this conflict with ${fileName(other.docId)}…`, 'crosscheck.dismissConflict', [conflict.id]));
    } else if (conflicts.length > 1) {
      // Many sources: one entry each that opens a picker, not one entry per source.
      const claim = { uri, conflicts: conflicts.map((c) => c.id) } satisfies ConflictsOfClaim;
      actions.push(action(`Compare with… (${conflicts.length} sources)`, 'crosscheck.compareWith', [claim], true));
      actions.push(action(`Dismiss one of these ${conflicts.length} conflicts…`, 'crosscheck.dismissConflict', [claim]));
    }
    if (conflicts.length > 0) {
      const [first] = conflicts;
      actions.push({
        title: `Show all claims about ${first.subject}`,
        kind: CodeActionKind.Empty,
        diagnostics: [diagnostic],
        command: { title: 'Show claims', command: 'crosscheck.showClaims', arguments: [first.subject, claimsOnSubject(corpus, first)] },
      });
    }
  }
  return actions;
}

/** Every claim that takes part in a conflict on the same subject and attribute, as locations with a label. */
function claimsOnSubject(corpus: Corpus, conflict: Conflict): Array<{ location: Location; label: string }> {
  const seen = new Set<string>();
  const result: Array<{ location: Location; label: string }> = [];
  for (const other of corpus.conflicts.all()) {
    if (other.subject !== conflict.subject || other.attribute !== conflict.attribute) continue;
    for (const side of [other.a, other.b]) {
      const key = `${side.docId}#${side.claim.start}`;
      const article = corpus.get(side.docId);
      if (seen.has(key) || !article) continue;
      seen.add(key);
      result.push({ location: locationOf(article, side.claim), label: `${fileName(side.docId)}: “${side.claim.text}”` });
    }
  }
  return result;
}
