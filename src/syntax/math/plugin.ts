/**
 * unified plugin: pandoc's TeX math in remark.
 */
// Type-only: these register the `data()` fields used below.
import type {} from 'remark-parse'
import type {} from 'remark-stringify'
import type {Processor} from 'unified'
import {mathFromMarkdown} from './from-markdown.js'
import {mathSyntax} from './syntax.js'
import {mathToMarkdown} from './to-markdown.js'

/**
 * Add pandoc's TeX math (its `tex_math_dollars` extension: `$x^2$`,
 * `$$\sum_i x_i$$`) to remark: read it into `inlineMath` nodes (`value` the
 * TeX as typed, `data.display` for `$$…$$`) and write it back as typed, with
 * every `$` of text escaped. argmark's own parser (`remarkArgmarkSyntax`)
 * includes it; this is for a remark pipeline of your own.
 */
export function remarkTexMath(this: Processor): undefined {
  const data = this.data()

  const micromarkExtensions = (data.micromarkExtensions ||= [])
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ||= [])
  const toMarkdownExtensions = (data.toMarkdownExtensions ||= [])

  micromarkExtensions.push(mathSyntax())
  fromMarkdownExtensions.push(mathFromMarkdown())
  toMarkdownExtensions.push(mathToMarkdown())
}
