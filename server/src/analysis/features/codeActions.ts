// Quick actions on conflict diagnostics: compare the two sources, dismiss the finding, list the claims about its subject.
import { type CodeAction, CodeActionKind, type Diagnostic, type Location } from 'vscode-languageserver-types';
import type { Corpus } from '../corpus';
import type { Conflict } from '../conflicts/conflictIndex';
import type { ConflictDiagnosticData } from './diagnostics';
import { fileName, locationOf } from './shared';

export function conflictActions(corpus: Corpus, uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const byId = new Map(corpus.conflictsFor(uri).map((c) => [c.id, c]));
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const ids = (diagnostic.data as ConflictDiagnosticData | undefined)?.conflicts ?? [];
    for (const conflict of ids.map((id) => byId.get(id)).filter((c): c is Conflict => c !== undefined)) {
      const [here, other] = conflict.a.docId === uri ? [conflict.a, conflict.b] : [conflict.b, conflict.a];
      const hereArticle = corpus.get(here.docId);
      const otherArticle = corpus.get(other.docId);
      if (!hereArticle || !otherArticle) continue;
      actions.push({
        title: `Compare with ${fileName(other.docId)}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title: 'Compare', command: 'crosscheck.compareWith', arguments: [locationOf(hereArticle, here.claim), locationOf(otherArticle, other.claim)] },
      });
      actions.push({
        title: `Dismiss this conflict with ${fileName(other.docId)}…`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Dismiss', command: 'crosscheck.dismissConflict', arguments: [conflict.id] },
      });
    }
    const first = ids.map((id) => byId.get(id)).find((c) => c !== undefined);
    if (first) {
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
