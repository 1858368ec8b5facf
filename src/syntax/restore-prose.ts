import type {Paragraph, Parent, Root, RootContent, Text} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {AnyKit} from '../kit/define-kit.js'
import {didYouMean, didYouMeanPhrase} from '../util/did-you-mean.js'
import {listCode, report} from '../util/report.js'
import {walk} from '../util/walk.js'
import {markLiteralLink, markPlainText} from './prose-data.js'

type Directive = ContainerDirective | LeafDirective | TextDirective
type Place = ReturnType<typeof location>

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

function reportUnknown(node: Directive, file: VFile, kit: AnyKit, place: Place): void {
  const suggestion = didYouMean(node.name, kit.kindNames)
  report(file, {
    ruleId: 'unknown-directive',
    severity: 'warning',
    // The name alone, so the suggestion can replace it.
    place: nameRange(node, String(file.value), place) ?? node.position,
    reason:
      'Unexpected unknown directive `' +
      node.name +
      '`, expected one of ' +
      listCode(kit.kindNames) +
      didYouMeanPhrase(suggestion),
    expected: suggestion === undefined ? undefined : [suggestion]
  })
}

/**
 * Text right after a text directive that looks like the label or attributes
 * it failed to get: `{#a title="oops}` (unclosed), ` {#a}` (a space too many).
 */
function reportDetached(
  directive: TextDirective,
  text: Text,
  bare: boolean,
  hasAttributes: boolean,
  file: VFile,
  place: Place
): void {
  const head = text.value.charAt(0)
  if (head === '{' || head === '[') {
    reportBrokenAttributes(directive, text, file)
    return
  }
  const spaced = /^[ \t]+([[{])/.exec(text.value)
  // ` [x]` after a bare name, or ` {…}` after a label alone, was meant for the directive.
  if (!spaced || (spaced[1] === '[' && !bare) || (spaced[1] === '{' && (bare || hasAttributes))) return
  const offset = (text.position?.start.offset ?? 0) + spaced[0].length - 1
  const what = spaced[1] === '[' ? 'label' : 'attributes'
  report(file, {
    ruleId: 'malformed-directive',
    place: place.toPoint(offset),
    reason:
      'Unexpected space before the ' + what + ' of `:' + directive.name + '`, expected `' +
      (what === 'label' ? '[…]' : '{…}') + '` right after ' + (what === 'label' ? 'the name' : 'the label')
  })
}

function reportUnclosed(node: ContainerDirective, file: VFile): void {
  report(file, {
    ruleId: 'unclosed-container',
    severity: 'warning',
    place: node.data?.position?.opening ?? node.position,
    reason:
      'Unexpected container `' + node.name + '` without a closing fence, expected a line of ' +
      'at least as many colons as its opening before the end of its parent'
  })
}

function nameRange(node: Directive, source: string, place: Place): Position | undefined {
  const start = node.position?.start.offset
  if (start === undefined) return undefined
  let offset = start
  while (source.charCodeAt(offset) === 58 /* `:` */) offset++
  const from = place.toPoint(offset)
  const to = place.toPoint(offset + node.name.length)
  return from && to ? {start: from, end: to} : undefined
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
// as paragraph text: `:::claim{#a title="oops}`. So is a leaf directive
// written inside a line (`text ::claim[x]`). Find both.
const fence = /(^|\n|[^:\n])[ \t]*(:{2,})([A-Za-z][\w-]*)/g

function reportBrokenFences(
  paragraph: Paragraph,
  file: VFile,
  kit: AnyKit,
  source: string,
  place: Place
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
      const inline = match[1] !== '' && match[1] !== '\n'
      const lineStart = line === child.position.start.line
        ? child.position.start.offset
        : place.toOffset({line, column: 1})
      if (lineStart === undefined) continue
      const offset = inline
        ? source.indexOf(match[2]! + name, lineStart)
        : source.indexOf(':', lineStart)
      const start = place.toPoint(offset)
      const end = place.toPoint(offset + match[2]!.length + name.length)
      report(file, {
        ruleId: 'malformed-directive',
        place: start && end ? {start, end} : start,
        reason: inline
          ? 'Unexpected `' + match[2] + name + '` inside a line, expected `:' + name +
            '` for a phrase or `' + match[2] + name + '` at the start of a line'
          : 'Unexpected `' + match[2] + name +
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
