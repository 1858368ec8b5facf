import type {FootnoteDefinition, FootnoteReference, Nodes, Root} from 'mdast'
import type {Citation} from '../syntax/citation/types.js'

/** Something that takes part in note numbering, in reading order. */
export type ReadingEvent =
  | {readonly type: 'cite'; readonly node: Citation; readonly footnote: string | undefined}
  | {readonly type: 'footnote'; readonly node: FootnoteReference; readonly definition: FootnoteDefinition}

/**
 * Citations and footnote references in reading order: a footnote is read
 * where it is first referenced (as pandoc places its content there), so the
 * citations inside it come at that point. Definitions never referenced are
 * not read. A footnote referenced inside a citation's prefix or suffix
 * (`[@one[^fn]]`, the identifiers `affixNotes` gives) is read right after
 * that citation. One pass; each definition is walked once.
 */
export function collectReadingOrder(tree: Root, affixNotes: (citation: Citation) => readonly string[] = () => []): ReadingEvent[] {
  const definitions = footnoteDefinitions(tree)

  const events: ReadingEvent[] = []
  const read = new Set<string>()

  function walk(node: Nodes, footnote: string | undefined): void {
    if (!('children' in node)) return
    for (const child of node.children) {
      if (child.type === 'footnoteDefinition') continue
      if (child.type === 'citation') {
        events.push({type: 'cite', node: child, footnote})
        for (const identifier of affixNotes(child)) {
          reference({type: 'footnoteReference', identifier, label: identifier})
        }
      } else if (child.type === 'footnoteReference') {
        reference(child)
      } else {
        walk(child, footnote)
      }
    }
  }

  function reference(node: FootnoteReference): void {
    const definition = definitions.get(node.identifier)
    if (!definition) return
    events.push({type: 'footnote', node, definition})
    if (!read.has(node.identifier)) {
      read.add(node.identifier)
      walk(definition, node.identifier)
    }
  }

  walk(tree, undefined)
  return events
}

/**
 * The identifiers of the link definitions (`[roll]: https://…`) wherever they
 * are, as mdast normalises them (case-folded, white space collapsed).
 */
export function linkDefinitionIdentifiers(tree: Root): Set<string> {
  const identifiers = new Set<string>()
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') identifiers.add(node.identifier)
    if ('children' in node && node.type !== 'paragraph') for (const child of node.children) visit(child)
  }
  visit(tree)
  return identifiers
}

/** Footnote definitions by identifier, wherever they are; the first of an identifier wins (GFM). */
export function footnoteDefinitions(tree: Root): Map<string, FootnoteDefinition> {
  const definitions = new Map<string, FootnoteDefinition>()
  const visit = (node: Nodes): void => {
    if (node.type === 'footnoteDefinition' && !definitions.has(node.identifier)) {
      definitions.set(node.identifier, node)
    }
    if ('children' in node && node.type !== 'paragraph') for (const child of node.children) visit(child)
  }
  visit(tree)
  return definitions
}
