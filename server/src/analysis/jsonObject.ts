// The first step every sidecar parser shares: JSON text to a plain object, or why not (with the line and column of
// the first error, never quoting the text: a sidecar may be a link to a file that is none of the user's business).

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed object; or where and why the JSON is broken; or `notAnObject` for valid JSON of another shape. */
export function parseJsonObject(jsonText: string): { object: Record<string, unknown> } | { syntaxError: string } | { notAnObject: true } {
  let value: unknown;
  try {
    value = JSON.parse(jsonText);
  } catch {
    return { syntaxError: describeJsonError(jsonText) };
  }
  return isPlainObject(value) ? { object: value } : { notAnObject: true };
}

/** "unexpected character at line 3, column 7" for the first place the text stops being JSON. */
export function describeJsonError(text: string): string {
  const at = firstJsonError(text);
  const before = text.slice(0, at).split('\n');
  const where = `line ${before.length}, column ${before[before.length - 1].length + 1}`;
  return at >= text.length ? `unexpected end of the file at ${where}` : `unexpected character at ${where}`;
}

/** The offset of the first character that breaks JSON's grammar (the text's length when it ends too early). */
function firstJsonError(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
          }
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  // An explicit stack instead of recursion, so deep nesting cannot overflow the call stack.
  const value = () => {
    const closers: string[] = [];
    for (;;) {
      space();
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        i++;
        space();
        const close = ch === '{' ? '}' : ']';
        if (text[i] === close) i++;
        else {
          closers.push(close);
          if (close === '}') member();
          continue;
        }
      } else if (ch === '"') string();
      else if (ch === 't') literal('true');
      else if (ch === 'f') literal('false');
      else if (ch === 'n') literal('null');
      else if (ch === '-' || (ch >= '0' && ch <= '9')) number();
      else fail();
      // After a value: a comma continues the innermost container, its closer ends it.
      for (;;) {
        space();
        const close = closers.at(-1);
        if (close === undefined) return;
        if (text[i] === ',') {
          i++;
          if (close === '}') member();
          break;
        }
        if (text[i] !== close) fail();
        i++;
        closers.pop();
      }
    }
  };
  const member = () => {
    space();
    if (text[i] !== '"') fail();
    string();
    space();
    if (text[i] !== ':') fail();
    i++;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}
