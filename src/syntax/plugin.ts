import {directiveFromMarkdown} from 'mdast-util-directive'
import {directive} from 'micromark-extension-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Processor} from 'unified'
import {argmarkToMarkdown} from './to-markdown.js'

/**
 * Add argmark's syntax to a processor: GFM (footnotes, tables), YAML front
 * matter and generic directives.
 *
 * Directives are registered here rather than through remark-directive so the
 * parser can record attribute positions (`verbose`) for diagnostics and the
 * serializer can write attributes and prose the way authors do.
 */
export function remarkArgmarkSyntax(this: Processor): undefined {
  const data = this.data()
  this.use(remarkGfm)
  this.use(remarkFrontmatter, ['yaml'])
  ;(data.micromarkExtensions ||= []).push(directive())
  ;(data.fromMarkdownExtensions ||= []).push(directiveFromMarkdown({verbose: true}))
  ;(data.toMarkdownExtensions ||= []).push(argmarkToMarkdown())
}
