/** Markdown-escape text shown in hover cards and the client's Markdown (its own module, so the client loads nothing else of the features). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => '\\' + c);
}
