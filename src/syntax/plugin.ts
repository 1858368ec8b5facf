import {directiveFromMarkdown} from 'mdast-util-directive'
import {directive} from 'micromark-extension-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Processor} from 'unified'
import {citationFromMarkdown} from './citation/from-markdown.js'
import {citationSyntax} from './citation/syntax.js'
import {argmarkToMarkdown} from './to-markdown.js'

/**
 * Add argmark's syntax to a processor: GFM (footnotes, tables), YAML front
 * matter, generic directives and pandoc citations.
 *
 * The parts are added here, in this order, rather than with `this.use` (which
 * would run them after this plugin): argmark's serializer handlers come last
 * so they win. Directives are registered directly rather than through
 * remark-directive so the parser records attribute positions (`verbose`) for
 * diagnostics and the serializer writes attributes and prose as authors do.
 */
export function remarkArgmarkSyntax(this: Processor): undefined {
  addSyntax(this, true)
}

/**
 * argmark's syntax without front matter: for the blocks of a document after
 * its first, which micromark would otherwise read as front matter when they
 * start with a `---` line (it allows front matter on line 1 of what it parses).
 */
export function remarkArgmarkBlockSyntax(this: Processor): undefined {
  addSyntax(this, false)
}

function addSyntax(processor: Processor, frontMatter: boolean): void {
  const data = processor.data()
  remarkGfm.call(processor)
  if (frontMatter) remarkFrontmatter.call(processor, ['yaml'])
  ;(data.micromarkExtensions ||= []).push(directive(), citationSyntax())
  ;(data.fromMarkdownExtensions ||= []).push(directiveFromMarkdown({verbose: true}), citationFromMarkdown())
  ;(data.toMarkdownExtensions ||= []).push(argmarkToMarkdown())
}
