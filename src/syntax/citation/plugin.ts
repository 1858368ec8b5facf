/**
 * unified plugin: pandoc-style citations in remark.
 */
// Type-only: these register the `data()` fields used below.
import type {} from 'remark-parse'
import type {} from 'remark-stringify'
import type {Processor} from 'unified'
import {citationFromMarkdown} from './from-markdown.js'
import {citationSyntax} from './syntax.js'
import {citationToMarkdown} from './to-markdown.js'

/**
 * Add support for pandoc-style citations (`[see @doe99, p. 33]`, `@doe99`,
 * `@doe99 [p. 33]`): parse them into `citation` nodes and write them back.
 */
export function remarkCitation(this: Processor): undefined {
  const data = this.data()

  const micromarkExtensions = (data.micromarkExtensions ||= [])
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ||= [])
  const toMarkdownExtensions = (data.toMarkdownExtensions ||= [])

  micromarkExtensions.push(citationSyntax())
  fromMarkdownExtensions.push(citationFromMarkdown())
  toMarkdownExtensions.push(citationToMarkdown())
}
