/**
 * A prefix or suffix as citeproc-js reads it: Markdown emphasis and strong
 * (as written in the draft) become the `<i>`/`<b>` markup it understands;
 * other angle brackets and ampersands are escaped so they stay text.
 */
export function affix(markdown: string): string {
  return markdown
    .replace(/&/g, '&#38;')
    .replace(/</g, '&#60;')
    .replace(/>/g, '&#62;')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_, a?: string, b?: string) => '<b>' + (a ?? b) + '</b>')
    .replace(/\*([^*]+)\*|\b_([^_]+)_\b/g, (_, a?: string, b?: string) => '<i>' + (a ?? b) + '</i>')
    .replace(/\\([\\`*_{}[\]()#+\-.!;@])/g, '$1')
}
