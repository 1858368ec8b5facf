import type {AlignType, FootnoteDefinition, Nodes, Root, RootContent} from 'mdast'
import {mathSource} from '../syntax/math/to-markdown.js'
import {displayWidth} from './display-width.js'
import {plainStyled} from './nodes.js'

/**
 * Footnoted prose as plain text, the way `pandoc -t plain --wrap=preserve`
 * writes it: blocks separated by blank lines, markup gone (link text kept),
 * note markers `[1]` and the notes at the end as `[1] text`.
 */
export function toText(tree: Root): string {
  const notes: FootnoteDefinition[] = []
  const body: RootContent[] = []
  for (const child of tree.children) {
    if (child.type === 'footnoteDefinition') notes.push(child)
    else body.push(child)
  }
  const parts = [blocks(body, '')]
  for (const note of notes) {
    parts.push(indent('[' + note.identifier + '] ' + blocks(note.children, ''), '    ', true))
  }
  return parts.filter((part) => part !== '').join('\n\n') + '\n'
}

function blocks(children: readonly RootContent[], prefix: string, separator = '\n\n'): string {
  return children
    .map((child) => block(child))
    .filter((text) => text !== '')
    .map((text) => indent(text, prefix, false))
    .join(separator)
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      return inline(node)
    }
    case 'blockquote': {
      return blocks(node.children, '  ')
    }
    case 'code': {
      return indent(node.value, '    ', false)
    }
    case 'list': {
      const start = node.start ?? 1
      return node.children
        .map((item, index) => {
          const marker = node.ordered ? String(start + index) + '.' : '-'
          // A tight item's blocks (a paragraph, a nested list) sit on consecutive lines.
          const separator = node.spread || item.spread ? '\n\n' : '\n'
          return indent(marker.padEnd(4) + blocks(item.children, '', separator), '    ', true)
        })
        .join(node.spread ? '\n\n' : '\n')
    }
    case 'table': {
      return table(node.children.map((row) => row.children.map((cell) => inline(cell))), node.align ?? [])
    }
    case 'thematicBreak': {
      return '------------------------------------------------------------------------'
    }
    case 'html':
    case 'yaml':
    case 'definition':
    case 'footnoteDefinition': {
      return ''
    }
    default: {
      return 'children' in node ? blocks(node.children as RootContent[], '') : inline(node)
    }
  }
}

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      return node.value
    }
    case 'inlineMath': {
      // The TeX as typed, with its dollars: what pandoc's plain writer
      // writes for TeX it cannot convert (argmark converts none).
      return mathSource(node)
    }
    case 'delete': {
      // pandoc's plain writer keeps strikeout's tildes: no plain text strikes out.
      return '~~' + node.children.map((child) => inline(child)).join('') + '~~'
    }
    case 'break': {
      return '\n'
    }
    case 'image':
    case 'imageReference': {
      return node.alt ?? ''
    }
    case 'footnoteReference': {
      return '[' + node.identifier + ']'
    }
    case 'html': {
      return ''
    }
    case 'superscript':
    case 'subscript':
    case 'smallCaps': {
      return plainStyled(node.type, node.children.map((child) => inline(child)).join(''))
    }
    default: {
      return 'children' in node ? (node.children as Nodes[]).map((child) => inline(child)).join('') : ''
    }
  }
}

/**
 * A table as pandoc's plain writer draws a simple one: each column two
 * characters wider than its widest cell, cells aligned as the delimiter row
 * says (none is left; centred text has the smaller half of the space before
 * it), one space between columns, a rule of dashes under the head, two
 * spaces before each line, and no space after the last cell's text.
 * Widths are display columns (`displayWidth`). A row has the head's cells:
 * those beyond are dropped, as GFM drops them; missing ones are empty.
 */
function table(cellRows: string[][], align: ReadonlyArray<AlignType | undefined>): string {
  const columns = cellRows[0]?.length ?? 0
  // Each cell measured once: a long cell's width is the costly part.
  const rows: Cell[][] = cellRows.map((row) => row.slice(0, columns).map((text) => ({text, width: displayWidth(text)})))
  const widths: number[] = []
  for (const row of rows) {
    for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, cell.width + 2)
  }
  const line = (cells: readonly Cell[]) => {
    const aligned = widths.map((width, index) => alignCell(cells[index] ?? {text: '', width: 0}, width, align[index]))
    return '  ' + [...aligned.slice(0, -1), (aligned.at(-1) ?? '').trimEnd()].join(' ')
  }
  const [head = [], ...body] = rows
  const rule = widths.map((width) => ({text: '-'.repeat(width), width}))
  return [line(head), line(rule), ...body.map((row) => line(row))].join('\n')
}

/** A table cell's text and its width in display columns. */
interface Cell {
  readonly text: string
  readonly width: number
}

function alignCell(cell: Cell, width: number, align: AlignType | undefined): string {
  const space = width - cell.width
  const before = align === 'right' ? space : align === 'center' ? Math.floor(space / 2) : 0
  return ' '.repeat(before) + cell.text + ' '.repeat(space - before)
}

/** Indent every line but (when `hanging`) the first. */
function indent(text: string, prefix: string, hanging: boolean): string {
  if (prefix === '') return text
  return text
    .split('\n')
    .map((line, index) => (line === '' || (hanging && index === 0) ? line : prefix + line))
    .join('\n')
}
