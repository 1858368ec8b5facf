import type {Link, Nodes, Root, Text} from 'mdast'
import type {Handlers} from 'mdast-util-to-markdown'
import {defaultHandlers} from 'mdast-util-to-markdown'
import type {Options as StringifyOptions} from 'remark-stringify'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {defaultKit} from '../kit/default-kit.js'
import type {ArgmarkOptions} from '../extract/plugin.js'
import type {Input} from '../extract/parse.js'
import {parse} from '../extract/parse.js'
import {report} from '../util/report.js'
import {walk} from '../util/walk.js'
import {remarkArgmarkSyntax} from './plugin.js'
import {isVerbatim} from './verbatim.js'

/** Options of `format`. */
export interface FormatOptions extends ArgmarkOptions {
  /** remark-stringify settings on top of argmark's canonical ones. */
  readonly stringify?: StringifyOptions | undefined
}

/** How argmark writes Markdown: the canonical style `format` produces. */
export const canonicalStyle: Readonly<StringifyOptions> = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true
}

const keptAsWritten = new Set([':', '@'])

// Whether the source of a text node wrote every `:` and `@` as itself, not as
// an escape or a character reference (which the author meant to keep).
function writtenPlain(source: string | undefined): boolean {
  return source !== undefined && !/\\[:@]|&#|&colon;|&commat;/i.test(source)
}

/**
 * Handlers that write prose as the author wrote it where the tree cannot
 * tell: colons that started no directive, and bare URLs.
 */
function sourceHandlers(source: string): Partial<Handlers> {
  const slice = (node: Nodes): string | undefined => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    return start === undefined || end === undefined ? undefined : source.slice(start, end)
  }

  return {
    text(node: Text, parent, state, info) {
      // Verbatim text is source: prose micromark mis-read as a directive.
      if (isVerbatim(node)) return node.value
      // Text whose colons, as written, started no directive (and
      // whose `@`s started no citation or e-mail link) when parsed starts none
      // when parsed again: those characters need no escape. Others (`*`, `_`)
      // depend on neighbours that formatting may change, so keep theirs.
      if (/[:@]/.test(node.value) && writtenPlain(slice(node))) {
        const unsafe = state.unsafe
        state.unsafe = unsafe.filter((pattern) => !keptAsWritten.has(pattern.character))
        try {
          return defaultHandlers.text(node, parent, state, info)
        } finally {
          state.unsafe = unsafe
        }
      }
      return defaultHandlers.text(node, parent, state, info)
    },
    link(node: Link, parent, state, info) {
      // A bare URL or e-mail address (a GFM literal autolink) stays bare.
      const literal = slice(node)
      if (
        literal !== undefined &&
        !literal.startsWith('<') &&
        !literal.startsWith('[') &&
        node.children.length === 1 &&
        node.children[0]?.type === 'text' &&
        node.children[0].value === literal
      ) {
        return literal
      }
      return defaultHandlers.link(node, parent, state, info)
    }
  }
}

// The serializer recurses over the tree; deeper documents are left as written.
export const formatDepthLimit = 1000

// Messages that mean the tree does not say what the author wrote.
const unsafeRules = new Set(['malformed-directive', 'internal-error'])

/**
 * Canonical annotated Markdown: the same document, written the one way argmark
 * writes it. Idempotent. A document whose markup does not parse (or nests
 * deeper than `formatDepthLimit`) is returned unchanged, with a message on the
 * file when the input is a VFile.
 */
export function format(input: Input, options?: FormatOptions): string {
  const kit = options?.kit ?? defaultKit
  const {tree, file} = parse(input, {kit})
  const original = String(file.value)

  const blocking = file.messages.find((message) => unsafeRules.has(message.ruleId ?? ''))
  if (blocking) {
    report(file, {
      ruleId: 'format-skipped',
      severity: 'warning',
      place: blocking.place,
      reason: 'Unexpected markup that does not parse, expected it fixed before the document is formatted'
    })
    return original
  }

  let depth = 0
  walk(tree, (_node, _parent, level) => {
    depth = Math.max(depth, level)
  })
  if (depth > formatDepthLimit) {
    report(file, {
      ruleId: 'format-skipped',
      severity: 'warning',
      place: undefined,
      reason:
        'Unexpected nesting ' + String(depth) + ' levels deep, expected at most ' +
        String(formatDepthLimit) + ' for the document to be formatted'
    })
    return original
  }

  return stringify(tree, original, options?.stringify)
}

function stringify(tree: Root, source: string, settings: StringifyOptions | undefined): string {
  const processor = unified()
    .use(remarkArgmarkSyntax)
    .use(remarkStringify, {
      ...canonicalStyle,
      ...settings,
      handlers: {...sourceHandlers(source), ...settings?.handlers}
    })
  return processor.stringify(tree)
}
