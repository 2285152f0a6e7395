// The user's identity decisions from `.crosscheck/identity.json`: entities to merge and entities to keep apart.
import { parseJsonObject } from '../jsonObject';
import { ENTITY_TYPES } from '../types';

/**
 * `same`: each list names entities that are one; the first id of a list is the id they share.
 * `different`: each list names entities that automatic linking must never join.
 * Ids are entity ids as the index gives them, "type:normalised name" ("person:xi jinping").
 */
export interface IdentityDecisions {
  same: string[][];
  different: string[][];
}

export const NO_DECISIONS: IdentityDecisions = { same: [], different: [] };

const ID_PATTERN = new RegExp(`^(?:${ENTITY_TYPES.join('|')}):\\S.*$`);

/** Reads the decisions file; any error leaves the decisions empty and says what is wrong, where. Never throws. */
export function parseIdentityDecisions(jsonText: string): { decisions: IdentityDecisions; errors: string[] } {
  const parsed = parseJsonObject(jsonText);
  if ('syntaxError' in parsed) return { decisions: NO_DECISIONS, errors: [`identity.json is not valid JSON: ${parsed.syntaxError}`] };
  if ('notAnObject' in parsed) {
    return { decisions: NO_DECISIONS, errors: ['identity.json must be an object like { "same": [["person:xi", "person:xi jinping"]], "different": [] }'] };
  }
  const raw = parsed.object;
  const errors: string[] = [];
  for (const key of Object.keys(raw)) if (key !== 'same' && key !== 'different') errors.push(`unknown key "${key}" (expected "same" or "different")`);
  const decisions = { same: readGroups(raw.same, 'same', errors), different: readGroups(raw.different, 'different', errors) };
  for (const pair of decisions.different) {
    for (const group of decisions.same) {
      const shared = pair.filter((id) => group.includes(id));
      if (shared.length >= 2) errors.push(`"${shared[0]}" and "${shared[1]}" are listed both as the same and as different`);
    }
  }
  return errors.length > 0 ? { decisions: NO_DECISIONS, errors } : { decisions, errors };
}

function readGroups(value: unknown, key: string, errors: string[]): string[][] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`"${key}" must be a list of lists of entity ids`);
    return [];
  }
  const groups: string[][] = [];
  value.forEach((group: unknown, i) => {
    if (!Array.isArray(group) || group.length < 2) {
      errors.push(`${key}[${i}] must be a list of at least two entity ids`);
      return;
    }
    const ids: string[] = [];
    group.forEach((id: unknown, j) => {
      if (typeof id === 'string' && ID_PATTERN.test(id)) ids.push(id);
      else errors.push(`${key}[${i}][${j}]: ${JSON.stringify(id)} is not an entity id such as "person:xi jinping" (types: ${ENTITY_TYPES.join(', ')})`);
    });
    groups.push(ids);
  });
  return groups;
}
