import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {InlineMath} from './types.js'

/** Math as typed: `$` or `$$`, the TeX, the same again. */
export function mathSource(node: InlineMath): string {
  const fence = node.data?.display === true ? '$$' : '$'
  return fence + node.value + fence
}

/**
 * The mdast-util-to-markdown extension: math written back as typed, and
 * every `$` of text escaped, as pandoc's Markdown writer escapes it, so that
 * no prose reads back as math (`$! :0$` would, its `\:` kept as TeX). Not
 * only before a non-space: mdast-util-to-markdown drops such an escape when
 * the next character is escaped, and `$\~…$` is math. (argmark's own writer
 * keeps a parsed `$` as typed: see `argmarkToMarkdown`.)
 */
export function mathToMarkdown(): ToMarkdownExtension {
  return {handlers: {inlineMath: (node: InlineMath) => mathSource(node)}, unsafe: [{character: '$', inConstruct: 'phrasing'}]}
}
