// The first step every sidecar parser shares: JSON text to a plain object, or why not, without throwing.

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed object; or the JSON syntax error's message; or `notAnObject` for valid JSON of another shape. */
export function parseJsonObject(jsonText: string): { object: Record<string, unknown> } | { syntaxError: string } | { notAnObject: true } {
  let value: unknown;
  try {
    value = JSON.parse(jsonText);
  } catch (error) {
    return { syntaxError: (error as Error).message };
  }
  return isPlainObject(value) ? { object: value } : { notAnObject: true };
}
