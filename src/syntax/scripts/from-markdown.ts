import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {Subscript, Superscript} from './types.js'
// Type-only: registers the token types.
import type {} from './syntax.js'

/**
 * The mdast-util-from-markdown extension: `superscript` and `subscript`
 * tokens become nodes of those types, with the HTML element remark-rehype
 * writes for them (`<sup>`, `<sub>`).
 */
export function scriptsFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {superscript: enter('superscript'), subscript: enter('subscript')},
    exit: {superscript: exit, subscript: exit}
  }
}

function enter(type: 'superscript' | 'subscript') {
  return function (this: CompileContext, token: Token): undefined {
    const node: Superscript | Subscript = {type, children: [], data: {hName: type === 'superscript' ? 'sup' : 'sub'}}
    this.enter(node as never, token)
  }
}

function exit(this: CompileContext, token: Token): undefined {
  this.exit(token)
}
