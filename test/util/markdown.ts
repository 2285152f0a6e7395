// What a Markdown string would make live when rendered: its links and raw HTML, once every backslash-escaped character
// (CommonMark: any ASCII punctuation) is set aside as the literal text it is.
const ESCAPED = /\\[!-/:-@[-`{-~]/g;

/** The destinations of the inline links and images, `[text](destination)`, that are not escaped. */
export function markdownLinks(markdown: string): string[] {
  return [...markdown.replace(ESCAPED, '_').matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]);
}

/** Whether a `<` is left unescaped: an HTML tag or an autolink such as `<command:…>`. */
export function hasRawAngle(markdown: string): boolean {
  return markdown.replace(ESCAPED, '_').includes('<');
}
