import type {Handle, Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'
import {markupStarts} from './syntax.js'
import type {Subscript, Superscript} from './types.js'

declare module 'mdast-util-to-markdown' {
  interface ConstructNameMap {
    /** The content of a superscript, `^…^`, or a subscript, `~…~`. */
    scriptContent: 'scriptContent'
  }
}

/*
 * A superscript's content is read only while it holds no character that
 * could start markup (`markupStarts`: src/syntax/scripts/syntax.ts); an
 * escaped one is content. So each such character of the content is written
 * escaped: `^\@^` holds `@`, `^@^` is text.
 */
const contentUnsafe: readonly Unsafe[] = [...markupStarts].map((code) => ({
  character: String.fromCharCode(code as number),
  inConstruct: 'scriptContent'
}))

/**
 * The mdast-util-to-markdown extension: superscript as `^…^` and subscript
 * as `~…~`, as pandoc's Markdown writer writes them, and every `^` of text
 * escaped (`2\^10`, as pandoc's writer escapes it) so that no text reads
 * back as a superscript; GFM's extension already escapes every `~`.
 * Inside, every character that could start markup is escaped (`^\*^`), as
 * argmark reads a superscript only without one.
 * (argmark's own writer keeps a `^` or `~` of prose as typed: see
 * `argmarkToMarkdown`.)
 */
export function scriptsToMarkdown(): ToMarkdownExtension {
  return {
    handlers: {superscript: around('^'), subscript: around('~')},
    unsafe: [{character: '^', inConstruct: 'phrasing'}, ...contentUnsafe]
  }
}

function around(marker: string): Handle {
  return (node: Superscript | Subscript, _parent, state, info) => {
    const exit = state.enter('phrasing')
    const exitContent = state.enter('scriptContent')
    let content = state.containerPhrasing(node, {...info, before: marker, after: marker})
    exitContent()
    exit()
    if (node.children.every((child) => child.type === 'text')) content = escapeUnderscores(content)
    return marker + content + marker
  }
}

/**
 * Text written with each `_` not yet escaped escaped: mdast-util-to-markdown
 * leaves one between letters as it is (`a_b`, no emphasis in CommonMark), but
 * in a superscript's content it ends the content. Text only: code or a URL
 * holds its `_` as is. One pass, a backslash escaping the character after it.
 */
function escapeUnderscores(written: string): string {
  let result = ''
  let from = 0
  for (let index = 0; index < written.length; index++) {
    const character = written[index]
    if (character === '\\') index++
    else if (character === '_') {
      result += written.slice(from, index) + '\\_'
      from = index + 1
    }
  }
  return result + written.slice(from)
}
