import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {InlineMath} from './types.js'
// Type-only: registers the `_display` field of micromark tokens.
import type {} from './syntax.js'

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
