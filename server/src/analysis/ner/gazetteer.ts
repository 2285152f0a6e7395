// The user gazetteer: names, types and aliases from the workspace file `.crosscheck/entities.json`.
//
// Format: { "entities": [ { "name": "New York Post", "type": "organization", "aliases": ["the Post", "NY Post"] } ] }
// `type` is one of ENTITY_TYPES; `aliases` is optional. Matching is case-sensitive on whole words. A bad entry is
// skipped with a message naming its JSON path; a file that does not parse yields an empty gazetteer. Never throws.
import { isPlainObject, parseJsonObject } from '../jsonObject';
import { ENTITY_TYPES, type EntityType } from '../types';

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface Gazetteer {
  entries: GazetteerEntry[];
}

const isEntityType = (value: unknown): value is EntityType => typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);

export function parseGazetteer(jsonText: string): { gazetteer: Gazetteer; errors: string[] } {
  const parsed = parseJsonObject(jsonText);
  if ('syntaxError' in parsed) {
    return { gazetteer: { entries: [] }, errors: [`entities.json is not valid JSON (${parsed.syntaxError}); no user entities are used.`] };
  }
  const root = 'object' in parsed ? parsed.object : undefined;
  if (!root || !Array.isArray(root.entities)) {
    return { gazetteer: { entries: [] }, errors: ['entities.json must be an object with an "entities" array, e.g. {"entities": [{"name": "New York Post", "type": "organization"}]}.'] };
  }
  const errors: string[] = [];
  const entries: GazetteerEntry[] = [];
  for (const [i, raw] of (root.entities as unknown[]).entries()) {
    const problem = entryProblem(raw, `entities[${i}]`);
    if (problem) {
      errors.push(problem);
      continue;
    }
    const { name, type, aliases = [] } = raw as { name: string; type: EntityType; aliases?: unknown[] };
    const goodAliases: string[] = [];
    for (const [j, alias] of aliases.entries()) {
      if (typeof alias === 'string' && alias.trim() !== '') goodAliases.push(alias.trim());
      else errors.push(`entities[${i}].aliases[${j}]: expected a non-empty string.`);
    }
    entries.push({ name: name.trim(), type, aliases: goodAliases });
  }
  return { gazetteer: { entries }, errors };
}

/** Why an entry cannot be used, or undefined when its name, type and aliases have the right shapes. */
function entryProblem(raw: unknown, at: string): string | undefined {
  if (!isPlainObject(raw)) return `${at}: expected an object with "name" and "type".`;
  if (typeof raw.name !== 'string' || raw.name.trim() === '') return `${at}.name: expected a non-empty string.`;
  if (!isEntityType(raw.type)) return `${at}.type: ${JSON.stringify(raw.type)} is not one of ${ENTITY_TYPES.join(', ')}.`;
  if (raw.aliases !== undefined && !Array.isArray(raw.aliases)) return `${at}.aliases: expected an array of strings.`;
  return undefined;
}
