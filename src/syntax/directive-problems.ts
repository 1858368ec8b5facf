import type {Paragraph, Text} from 'mdast'
import type {ContainerDirective, TextDirective} from 'mdast-util-directive'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import type {AnyKit} from '../kit/define-kit.js'
import {didYouMean, didYouMeanPhrase} from '../kit/did-you-mean.js'
import {listCode, report} from '../util/report.js'
import {sourceText} from '../util/source-text.js'
import {maskedByNesting} from './nesting-parse.js'
import type {Directive, Place} from './types.js'

// Reports on directives that did not come out as the author meant: unknown
// names, unclosed containers, labels and attributes that did not attach.

export function reportUnknown(node: Directive, file: VFile, kit: AnyKit, place: Place): void {
  const suggestion = didYouMean(node.name, kit.kindNames)
  report(file, {
    ruleId: 'unknown-directive',
    severity: 'warning',
    // The name alone, so the suggestion can replace it.
    place: nameRange(node, sourceText(file), place) ?? node.position,
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
export function reportDetached(
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

export function reportUnclosed(node: ContainerDirective, file: VFile): void {
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

export function reportBrokenFences(
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
      // A fence nested too deep was read as text on purpose: `nesting-too-deep` says so.
      if (maskedByNesting(file, offset)) continue
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
