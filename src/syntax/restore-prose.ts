import type {Paragraph, Parent, Root, RootContent, Text} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {AnyKit} from '../kit/define-kit.js'
import {didYouMean, didYouMeanPhrase} from '../util/did-you-mean.js'
import {listCode, report} from '../util/report.js'
import {walk} from '../util/walk.js'
import {markLiteralLink, markPlainText} from './prose-data.js'

type Directive = ContainerDirective | LeafDirective | TextDirective

/**
 * Give back the prose micromark mis-read as directives, and report directives
 * that did not parse or that the kit does not know. Also notes which text and
 * links the source wrote plainly, so serializers write them back as written.
 *
 * `10:30`, `ratio 3:1` and `Note:this` are text directives to micromark. A text
 * directive is an argmark node only when its name is a kind and it has a label
 * or attributes; any other single-line one becomes the exact source text it
 * came from, marked verbatim so no serializer escapes it.
 */
export function restoreProse(tree: Root, file: VFile, kit: AnyKit): void {
  const source = String(file.value)
  const place = location(file)

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

      if (child.type !== 'textDirective') {
        if (!known) reportUnknown(child, file, kit)
        continue
      }

      const slice = sliceOf(child, source)
      const bare = slice === ':' + child.name
      const next = children[index + 1]
      if (known && next && next.type === 'text' && follows(child, next)) {
        const head = next.value.charAt(0)
        if (head === '{' || head === '[') reportBrokenAttributes(child, next, file)
      }

      if (known && !bare) continue
      if (!known && !bare) reportUnknown(child, file, kit)
      if (slice !== undefined && !/[\r\n]/.test(slice)) {
        const text: Text = {type: 'text', value: slice, data: {argmarkVerbatim: true}}
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

function reportUnknown(node: Directive, file: VFile, kit: AnyKit): void {
  const suggestion = didYouMean(node.name, kit.kindNames)
  report(file, {
    ruleId: 'unknown-directive',
    severity: 'warning',
    place: node.data?.position?.opening ?? node.position,
    reason:
      'Unexpected unknown directive `' +
      node.name +
      '`, expected one of ' +
      listCode(kit.kindNames) +
      didYouMeanPhrase(suggestion),
    expected: suggestion === undefined ? undefined : [suggestion]
  })
}

function reportBrokenAttributes(directive: TextDirective, text: Text, file: VFile): void {
  const opening = text.value.charAt(0)
  const what = opening === '{' ? 'attribute block' : 'label'
  const closing = opening === '{' ? '}' : ']'
  report(file, {
    ruleId: 'malformed-directive',
    place: text.position?.start,
    reason:
      'Unexpected unclosed ' +
      what +
      ' after `:' +
      directive.name +
      '`, expected `' +
      opening +
      '…' +
      closing +
      '` closed on the same line' +
      (opening === '{' ? ' with balanced quotes' : '')
  })
}

// A container or leaf fence whose label or attributes do not parse is left
// as paragraph text: `:::claim{#a title="oops}`. Find such lines.
const fence = /(^|\n)[ \t]*(:{2,})([A-Za-z][\w-]*)/g

function reportBrokenFences(
  paragraph: Paragraph,
  file: VFile,
  kit: AnyKit,
  source: string,
  place: ReturnType<typeof location>
): void {
  paragraph.children.forEach((child, index) => {
    if (child.type !== 'text' || !child.position) return
    // Lines are counted as the matches go, so a long text is read once.
    let line = child.position.start.line
    let counted = 0
    for (const match of child.value.matchAll(fence)) {
      const name = match[3]!
      line += countLineEndings(child.value, counted, match.index + match[1]!.length)
      counted = match.index + match[1]!.length
      // Only the paragraph's first text starts a line without a line ending.
      if (match[1] === '' && index > 0) continue
      if (!kit.kind(name)) continue
      const lineStart = line === child.position.start.line
        ? child.position.start.offset
        : place.toOffset({line, column: 1})
      if (lineStart === undefined) continue
      const offset = source.indexOf(':', lineStart)
      const start = place.toPoint(offset)
      const end = place.toPoint(offset + match[2]!.length + name.length)
      report(file, {
        ruleId: 'malformed-directive',
        place: start && end ? {start, end} : start,
        reason:
          'Unexpected `' +
          match[2] +
          name +
          '` line that is not a directive, expected a label `[…]` and attributes `{…}` that close on the same line'
      })
    }
  })
}

function countLineEndings(value: string, start: number, end: number): number {
  let count = 0
  for (let index = value.indexOf('\n', start); index !== -1 && index < end; index = value.indexOf('\n', index + 1)) {
    count++
  }
  return count
}
