/**
 * What two HTML renderings must share to read the same: their links and their
 * text, with entities decoded and spacing normalised. Used to compare
 * argmark's HTML with pandoc's recorded HTML, which differ in markup.
 */

/** `text` with numeric hex references and the four named ones decoded. */
export function decode(text: string): string {
  return text
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"')
}

/**
 * The links of an HTML text, as `[target, text]`, and its text. With `notes`,
 * links between note calls and notes (named differently by the two) are left
 * out, and so is the notes' chrome: GFM's hidden "Footnotes" heading, and
 * pandoc's back-reference arrow that ends in U+FE0E.
 */
export function htmlMeaning(html: string, options: {notes?: boolean} = {}): {links: string[][]; text: string} {
  const links = [...html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)]
    .map((match) => [decode(match[1]!), decode(match[2]!.replace(/<[^>]*>/g, ''))])
    .filter(([target]) => !options.notes || !/^#(?:user-content-)?fn/.test(target!))
  const body = options.notes ? html.replace(/<h2[^>]*class="sr-only"[^>]*>Footnotes<\/h2>/, '') : html
  let text = decode(body.replace(/<[^>]*>/g, ' '))
  if (options.notes) text = text.replaceAll('\u21A9\uFE0E', '\u21A9')
  text = text.replace(/\s+/g, ' ').replace(/ ([.,;)])/g, '$1').replace(/\( /g, '(').trim()
  return {links, text}
}
