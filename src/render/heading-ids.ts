import type {Heading, Nodes, Root} from 'mdast'

/**
 * pandoc's `auto_identifiers` (on for Markdown input): every heading without
 * an identifier of its own (`{#intro}`) gets one from its text, in place, as
 * `data.hProperties.id`, which the HTML output writes (`<h2 id="the-idea">`)
 * and links in the draft (`[see](#the-idea)`) reach. The text is the
 * heading's, after smart punctuation, with a footnote call's label and an
 * image's alt text; characters other than letters, digits, `_`, `-` and `.`
 * are dropped, each run of spaces becomes `-`, letters are lower-cased and
 * everything before the first letter goes; nothing left is `section`. An identifier
 * already taken by an earlier heading (its own or made) gets `-1`, `-2`, …
 * The first `skip` children of the root (a standalone title block) are
 * left alone. (pandoc 2.17, checked against it in test/render/heading-ids.test.ts.)
 */
export function headingIdentifiers(tree: Root, skip = 0): void {
  const taken = new Set<string>()
  // The next count to try for each base: a thousand `# Intro` take linear time.
  const counts = new Map<string, number>()
  const stack: Nodes[] = tree.children.slice(skip).reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'heading') {
      name(node, taken, counts)
      continue
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
}

function name(heading: Heading, taken: Set<string>, counts: Map<string, number>): void {
  const own = (heading.data?.hProperties as {id?: unknown} | undefined)?.id
  if (typeof own === 'string') {
    taken.add(own)
    return
  }
  const base = identifier(text(heading))
  let id = base
  let count = counts.get(base) ?? 1
  while (taken.has(id)) id = base + '-' + count++
  counts.set(base, count)
  taken.add(id)
  heading.data = {...heading.data, hProperties: {...heading.data?.hProperties, id}}
}

/** A heading's text as pandoc's `stringify` reads it for an identifier. */
function text(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath') return node.value
  if (node.type === 'image') return node.alt ?? ''
  if (node.type === 'footnoteReference') return node.label ?? node.identifier
  if (node.type === 'break') return ' '
  if ('children' in node) return node.children.map((child) => text(child as Nodes)).join('')
  return ''
}

/** One letter, one digit, one space (exported for the ReDoS test). */
export const letter = /^\p{L}$/u
export const digit = /^\p{N}$/u
export const space = /^\s$/u

/** Text as an identifier, as `headingIdentifiers` describes (pandoc's `inlineListToIdentifier`). */
export function identifier(value: string): string {
  // Kept characters, words split at runs of spaces, joined by `-`.
  const words: string[] = []
  let word = ''
  for (const character of value.toLowerCase()) {
    if (space.test(character)) {
      if (word !== '') words.push(word)
      word = ''
    } else if (letter.test(character) || digit.test(character) || character === '_' || character === '-' || character === '.') {
      word += character
    }
  }
  if (word !== '') words.push(word)
  const joined = words.join('-')
  // Everything before the first letter goes.
  let first = 0
  for (const character of joined) {
    if (letter.test(character)) break
    first += character.length
  }
  return first === joined.length ? 'section' : joined.slice(first)
}
