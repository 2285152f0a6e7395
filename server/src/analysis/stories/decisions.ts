// The user's story decisions from `.crosscheck/stories.json`: articles moved into another article's story, and
// articles split off into a story of their own. Keys and values are article paths relative to the workspace.
import { isPlainObject, parseJsonObject } from '../jsonObject';

/**
 * `with`: article → an article whose story it joins ("Move Article to Story…").
 * `alone`: articles that form a story of their own ("Split Article into Its Own Story").
 */
export interface StoryDecisions {
  with: Map<string, string>;
  alone: Set<string>;
}

export const NO_STORY_DECISIONS: StoryDecisions = { with: new Map(), alone: new Set() };

const EXAMPLE = '{ "with": { "quake-2.txt": "quake-1.txt" }, "alone": ["profile.txt"] }';

/** Reads the decisions file; any error leaves the decisions empty and says what is wrong, where. Never throws. */
export function parseStoryDecisions(jsonText: string): { decisions: StoryDecisions; errors: string[] } {
  const parsed = parseJsonObject(jsonText);
  if ('syntaxError' in parsed) return { decisions: NO_STORY_DECISIONS, errors: [`stories.json is not valid JSON: ${parsed.syntaxError}`] };
  if ('notAnObject' in parsed) return { decisions: NO_STORY_DECISIONS, errors: [`stories.json must be an object like ${EXAMPLE}`] };
  const raw = parsed.object;
  const errors: string[] = [];
  const decisions: StoryDecisions = { with: new Map(), alone: new Set() };
  if (raw.with !== undefined) {
    if (!isPlainObject(raw.with)) errors.push(`stories.json: "with" must map article paths to article paths, like ${EXAMPLE}`);
    else {
      for (const [article, target] of Object.entries(raw.with)) {
        if (typeof target !== 'string' || target === '') errors.push(`stories.json: with["${article}"] must be the path of an article in the story to join`);
        else if (target === article) errors.push(`stories.json: with["${article}"] names the article itself`);
        else decisions.with.set(article, target);
      }
    }
  }
  if (raw.alone !== undefined) {
    if (!Array.isArray(raw.alone)) errors.push(`stories.json: "alone" must be a list of article paths, like ${EXAMPLE}`);
    else {
      raw.alone.forEach((article: unknown, i) => {
        if (typeof article === 'string' && article !== '') decisions.alone.add(article);
        else errors.push(`stories.json: alone[${i}] must be an article path`);
      });
    }
  }
  for (const article of decisions.alone) if (decisions.with.has(article)) errors.push(`stories.json: "${article}" is both moved to another story and alone`);
  return errors.length > 0 ? { decisions: NO_STORY_DECISIONS, errors } : { decisions, errors };
}

/** The file's two fields for decisions, keys sorted so the file diffs well (other keys of the file are kept by the writer). */
export function storyDecisionFields(decisions: StoryDecisions): { with: Record<string, string>; alone: string[] } {
  const withEntries = [...decisions.with].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { with: Object.fromEntries(withEntries), alone: [...decisions.alone].sort() };
}
