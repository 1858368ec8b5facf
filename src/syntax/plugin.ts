import {directiveFromMarkdown, directiveToMarkdown} from 'mdast-util-directive'
import {directive} from 'micromark-extension-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {ConstructName, Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {Processor} from 'unified'

/**
 * Add argmark's syntax to a processor: GFM (footnotes, tables), YAML front
 * matter and generic directives.
 *
 * Directives are registered here rather than through remark-directive so the
 * parser can record attribute positions (`verbose`) for diagnostics and the
 * serializer can write attributes the way authors do (`weight=0.8`, not
 * `weight="0.8"`).
 */
export function remarkArgmarkSyntax(this: Processor): undefined {
  const data = this.data()
  this.use(remarkGfm)
  this.use(remarkFrontmatter, ['yaml'])
  ;(data.micromarkExtensions ||= []).push(directive())
  ;(data.fromMarkdownExtensions ||= []).push(directiveFromMarkdown({verbose: true}))
  ;(data.toMarkdownExtensions ||= []).push(directiveToMarkdownInProse())
}

// Where a colon can never start a directive: link destinations and titles.
const notProse: ConstructName[] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'titleApostrophe',
  'titleQuote'
]

/**
 * mdast-util-directive escapes colons in link destinations and titles too
 * (`https://x.org/a\:b`), where no directive can start; keep its colon
 * patterns to prose.
 */
function directiveToMarkdownInProse(): ToMarkdownExtension {
  const extension = directiveToMarkdown({preferUnquoted: true, quoteSmart: true})
  return {
    ...extension,
    unsafe: (extension.unsafe ?? []).map((pattern) =>
      pattern.character === ':'
        ? {...pattern, notInConstruct: [...toList(pattern.notInConstruct), ...notProse]}
        : pattern
    )
  }
}

function toList<T>(value: T | readonly T[] | null | undefined): T[] {
  if (value === null || value === undefined) return []
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T]
}
