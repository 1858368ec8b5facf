import type {Paragraph, Parent, Root, RootContent, Text} from 'mdast'
import type {TextDirective} from 'mdast-util-directive'
import {decodeString} from 'micromark-util-decode-string'
import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import {sourceLocation, sourceText} from '../util/source-text.js'
import {walk} from '../util/walk.js'
import {reportBrokenFences, reportDetached, reportUnclosed, reportUnknown} from './directive-problems.js'
import {markLiteralLink, markPlainText} from './prose-data.js'
import type {Directive, Place} from './types.js'

/**
 * Give back the prose micromark mis-read as directives, and report directives
 * that did not parse or that the kit does not know. Also notes which text and
 * links the source wrote plainly, so serializers write them back as written.
 *
 * `10:30`, `ratio 3:1` and `Note:this` are text directives to micromark. A text
 * directive is an argmark node only when its name is a kind and it has a label
 * or attributes; any other single-line one becomes text: what a reader sees
 * there (escapes and character references decoded), with the exact source
 * kept so every serializer writes it back as written.
 */
export function restoreProse(tree: Root, file: VFile, kit: AnyKit, place: Place = sourceLocation(file)): void {
  const source = sourceText(file)

  walk(tree, (node) => {
    if (!('children' in node)) return
    const parent = node as Parent
    if (parent.type === 'paragraph') {
      reportBrokenFences(parent as Paragraph, file, kit, source, place)
    }

    const children = parent.children as RootContent[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type === 'text') markPlainText(child, sliceOf(child, source))
      if (child.type === 'link') markLiteralLink(child, sliceOf(child, source))
      if (!isDirective(child)) continue
      const known = kit.kind(child.name) !== undefined

      if (child.type === 'containerDirective' && !child.data?.position?.closing) {
        reportUnclosed(child, file)
      }

      if (child.type !== 'textDirective') {
        if (!known) reportUnknown(child, file, kit, place)
        continue
      }

      const slice = sliceOf(child, source)
      const bare = slice === ':' + child.name
      const next = children[index + 1]
      if (known && next && next.type === 'text' && follows(child, next)) {
        reportDetached(child, next, bare, slice?.endsWith('}') === true, file, place)
      }

      if (known && !bare) continue
      if (!known && !bare) reportUnknown(child, file, kit, place)
      if (slice !== undefined && !/[\r\n]/.test(slice)) {
        // Read as prose: `\~` is `~` to a reader, and written back as it was.
        const text: Text = {type: 'text', value: decodeString(slice), data: {argmarkVerbatim: slice}}
        if (child.position) text.position = child.position
        children[index] = text
      }
    }
  })
}

function isDirective(node: RootContent): node is Directive {
  return (
    node.type === 'textDirective' ||
    node.type === 'leafDirective' ||
    node.type === 'containerDirective'
  )
}

function sliceOf(node: RootContent, source: string): string | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : source.slice(start, end)
}

function follows(directive: TextDirective, text: Text): boolean {
  const end = directive.position?.end.offset
  return end !== undefined && end === text.position?.start.offset
}
