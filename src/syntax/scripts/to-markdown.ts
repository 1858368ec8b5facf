import type {Handle, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'

/**
 * The mdast-util-to-markdown extension: superscript as `^…^` and subscript
 * as `~…~`, as pandoc's Markdown writer writes them, and every `^` of text
 * escaped (`2\^10`, as pandoc's writer escapes it) so that no text reads
 * back as a superscript; GFM's extension already escapes every `~`.
 * (argmark's own writer keeps a `^` or `~` of prose as typed: see
 * `argmarkToMarkdown`.)
 */
export function scriptsToMarkdown(): ToMarkdownExtension {
  return {
    handlers: {superscript: around('^'), subscript: around('~')},
    unsafe: [{character: '^', inConstruct: 'phrasing'}]
  }
}

function around(marker: string): Handle {
  return (node, _parent, state, info) => {
    const exit = state.enter('phrasing')
    const value = marker + state.containerPhrasing(node, {...info, before: marker, after: marker}) + marker
    exit()
    return value
  }
}
