import type {Data, Literal} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'

/*
 * pandoc's TeX math (`$…$`, `$$…$$`, read by `mathSyntax` in ./math.ts) in
 * the tree: one `inlineMath` node (mdast-util-math's name) for each, its
 * `value` the TeX between the dollars exactly as typed, `data.display`
 * true for `$$…$$`. Display math is phrasing here, as in pandoc (a `Math
 * DisplayMath` inline in a paragraph), not mdast-util-math's `math` block:
 * pandoc reads `$$…$$` anywhere in a paragraph, and a paragraph holding
 * only display math stays a paragraph. argmark does not typeset math: it
 * keeps it, and writes it back as typed.
 */

/** pandoc's inline or display TeX math (`$…$`, `$$…$$`). */
export interface InlineMath extends Literal {
  type: 'inlineMath'
  /** The TeX between the dollars, as typed (line endings included). */
  value: string
  data?: InlineMathData | undefined
}

/** Data of an `inlineMath` node. */
export interface InlineMathData extends Data {
  /** Display math, written `$$…$$`. */
  display?: boolean | undefined
}

declare module 'mdast' {
  interface PhrasingContentMap {
    inlineMath: InlineMath
  }
  interface RootContentMap {
    inlineMath: InlineMath
  }
}

/** The mdast-util-from-markdown extension: `mathText` tokens become `inlineMath` nodes. */
export function mathFromMarkdown(): FromMarkdownExtension {
  return {enter: {mathText: enterMath}, exit: {mathText: exitMath}}
}

function enterMath(this: CompileContext, token: Token): undefined {
  const node: InlineMath = {type: 'inlineMath', value: ''}
  if (token._display === true) node.data = {display: true}
  this.enter(node, token)
}

function exitMath(this: CompileContext, token: Token): undefined {
  const node = this.stack[this.stack.length - 1] as unknown as InlineMath
  const source = this.sliceSerialize(token)
  const size = token._display === true ? 2 : 1
  node.value = source.slice(size, source.length - size)
  this.exit(token)
}

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
