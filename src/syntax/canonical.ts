import type {Options as StringifyOptions} from 'remark-stringify'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {remarkArgmarkSyntax} from './plugin.js'

/** How argmark writes Markdown: the canonical style `format` produces. */
export const canonicalStyle: Readonly<StringifyOptions> = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true
}

let canonical: ReturnType<typeof createSerializer> | undefined

/**
 * The serializer of annotated Markdown: remark-stringify with argmark's
 * syntax (directives, citations, GFM, front matter) in the canonical style,
 * with `settings` on top. The canonical one is built once.
 */
export function serializer(settings?: StringifyOptions | undefined) {
  if (settings) return createSerializer(settings)
  canonical ??= createSerializer(undefined)
  return canonical
}

function createSerializer(settings: StringifyOptions | undefined) {
  return unified()
    .use(remarkArgmarkSyntax)
    .use(remarkStringify, {...canonicalStyle, ...settings})
    .freeze()
}
