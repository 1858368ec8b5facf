/**
 * mdast-util-to-markdown extension: write `citation` nodes back as pandoc
 * citation syntax, unescaped, and escape text that would otherwise be read as
 * a citation.
 */
import type {Nodes, Parents, Text} from 'mdast'
import type {Info, Options, State, Unsafe} from 'mdast-util-to-markdown'
import {parseLocator, termForLabel} from './locator.js'
import {keyText} from './key.js'
import type {Citation, CitationItem} from './types.js'

/** Constructs in which text is not phrasing that micromark would re-read. */
const fullPhrasingSpans: Unsafe['notInConstruct'] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe'
]

/**
 * `@` followed by a key character, where pandoc would start a key: not after
 * a letter or digit (e-mail addresses stay as they are), except after the
 * letters of a failed key (`x@e@a`: the second `@` starts a key), and not
 * after a period unless it ends an ellipsis (`...@a`).  A lookbehind rather
 * than a `before` condition: escaping the character before (`\[`) does not
 * stop a key from starting.
 */
const keyStart =
  '(?<=(?:^|[^\\p{L}\\p{N}.]|(?:^|[^.])(?:\\.\\.\\.)+|@[\\p{L}\\p{N}_-]+)@)[\\p{L}\\p{N}_{]'

/**
 * Create the extension that writes `citation` nodes.
 */
export function citationToMarkdown(): Options {
  return {
    handlers: {citation: handleCitation, text: handleText},
    unsafe: [
      {
        character: '@',
        after: keyStart,
        inConstruct: 'phrasing',
        notInConstruct: fullPhrasingSpans,
        unicode: true
      }
    ]
  }
}

/**
 * Text, as mdast-util-to-markdown writes it, plus the escapes needed next to
 * a citation: a key right after a citation (`@a\@b`), a `{` right after a
 * citation ending in a list (`[@a]\{`), a `:` after a citation that starts a
 * paragraph (`[@a]\:`, which would be a definition), and what would keep an
 * in-text citation from starting (`x\.@a`).
 */
function handleText(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = children(parent) ?? []
  const index = state.indexStack[state.indexStack.length - 1] ?? -1
  const previous = siblings[index - 1]
  const next = siblings[index + 1]
  let value = state.safe(node.value, {...info, afterNode: next, beforeNode: previous})

  if (next?.type === 'citation' && next.mode === 'in-text') {
    const unblocked = unblock(value, readsEmail(state))
    // A final character escaped here is escaped for what comes before it too:
    // `<\-@a`, not `\<\-@a` (mdast-util-to-markdown escapes no character for
    // a neighbour escaped anyway), as a typed `\-` is written back.
    // Only an escape added before the last character lengthens the text by one.
    const last = unblocked.length === value.length + 1 ? lastCharacter(node.value) : ''
    value =
      last !== '' && unblocked === value.slice(0, -last.length) + '\\' + last
        ? state.safe(node.value.slice(0, -last.length), {...info, after: '\\', beforeNode: previous}) + '\\' + last
        : unblocked
  }

  if (previous?.type === 'citation') {
    if (
      /^-?@[\p{L}\p{N}_{]/u.test(value) ||
      (value.startsWith('{') && endsWithList(previous)) ||
      // `[@a]:` starting a paragraph would be a link reference definition.
      (value.startsWith(':') && index === 1 && previous.mode === 'bracketed' && parent?.type === 'paragraph')
    ) {
      value = '\\' + value
    }
  }

  return value
}

/**
 * Markdown written right before an in-text citation must not end in what
 * the parser reads as a string (a letter, a digit, a period), or the `@`
 * would not start a key: escape a final period, or write a final letter or
 * digit as a character reference; and, when e-mail addresses are read (GFM),
 * not in what could end the local part of one (`a`, `.`, `-`, `+`, `_`).
 */
function unblock(value: string, email: boolean): string {
  const chars = Array.from(value)
  const last = chars[chars.length - 1]
  if (last === undefined) return value
  const escaped = (index: number): boolean => {
    let slashes = 0
    while (chars[index - 1 - slashes] === '\\') slashes++
    return slashes % 2 === 1
  }

  // An e-mail address (GFM autolink literal) could swallow the key.
  if (email && /^[\w.+-]$/.test(last) && !escaped(chars.length - 1)) {
    return /^\w$/.test(last) && last !== '_' ? reference(value, last) : value.slice(0, -1) + '\\' + last
  }

  if (last === '.') {
    let dots = 0
    while (chars[chars.length - 1 - dots] === '.' && !escaped(chars.length - 1 - dots)) dots++
    return dots % 3 === 0 ? value : value.slice(0, -1) + '\\.'
  }

  if (!/^[\p{L}\p{N}]$/u.test(last) || escaped(chars.length - 1)) return value

  // Letters after a failed key (`x@e`) are not a string.
  let index = chars.length - 1
  while (index >= 0 && /^[\p{L}\p{N}_-]$/u.test(chars[index] ?? '')) index--
  if (chars[index] === '@' && !escaped(index)) return value

  return reference(value, last)
}

/** The last character (code point) of `value`, without reading the rest. */
function lastCharacter(value: string): string {
  const code = value.charCodeAt(value.length - 2)
  return value.slice(code >= 0xd800 && code <= 0xdbff ? -2 : -1)
}

/** Write the last character of `value` as a character reference. */
function reference(value: string, last: string): string {
  const codePoint = last.codePointAt(0) ?? 0
  return value.slice(0, value.length - last.length) + '&#x' + codePoint.toString(16).toUpperCase() + ';'
}

/** Whether another extension (GFM autolink literals) escapes `@` in text. */
function readsEmail(state: State): boolean {
  return state.unsafe.some((pattern) => pattern.character === '@' && pattern.after !== keyStart)
}

function children(parent: Parents | undefined): ReadonlyArray<Nodes> | undefined {
  return parent && 'children' in parent ? (parent.children as ReadonlyArray<Nodes>) : undefined
}

/** Whether a citation is written as `[…]` whose items a `{` would undo. */
function endsWithList(node: Citation): boolean {
  if (node.mode === 'bracketed') return true
  const [first, ...rest] = node.items
  return rest.length > 0 && first !== undefined && afterKey(first, 'in-text') === ''
}

handleCitation.peek = peekCitation

function peekCitation(node: Citation): string {
  return node.mode === 'bracketed' ? '[' : '@'
}

function handleCitation(node: Citation, parent: Parents | undefined, state: State, info: Info): string {
  const [first, ...rest] = node.items
  if (!first) return ''

  if (node.mode === 'in-text') {
    const suffix = afterKey(first, 'in-text')
    const inside = [suffix, ...rest.map((item) => itemText(item))].filter((part) => part !== '')
    if (inside.length === 0) {
      return '@' + keyText(first.key, following(parent, state, info))
    }
    return '@' + keyText(first.key, ' ') + ' [' + inside.join('; ') + ']'
  }

  return '[' + node.items.map((item) => itemText(item)).join('; ') + ']'
}

/** One item of a bracketed list. */
function itemText(item: CitationItem): string {
  let value = item.prefix === '' ? '' : guardBackslash(item.prefix) + ' '
  if (item.suppressAuthor) value += '-'
  // The raw suffix as written keeps its space or its lack of one (`[@smith: x]`);
  // a composed one is set off by a space unless it starts with a comma.
  const written = asWritten(item)
  const suffix = written ?? composedAfterKey(item, 'bracketed')
  const rest = suffix === '' || written !== undefined || suffix.startsWith(',') ? suffix : ' ' + suffix
  return value + '@' + keyText(item.key, rest) + rest
}

/**
 * The text after the key: the raw suffix as written while it still agrees
 * with the item's locator, label and suffix; otherwise composed from them.
 */
function afterKey(item: CitationItem, mode: Citation['mode']): string {
  return asWritten(item) ?? composedAfterKey(item, mode)
}

/** The text after the key composed from the item's locator, label and suffix. */
function composedAfterKey(item: CitationItem, mode: Citation['mode']): string {
  const suffix = item.suffix
  let value = ''

  if (item.locator !== undefined && item.locator !== '') {
    const term = termForLabel(item.label ?? 'page', item.locator)
    value = (mode === 'bracketed' ? ', ' : '') + term + ' ' + item.locator
    if (suffix !== '') value += (/^[,;.:!?)]/.test(suffix) ? '' : ' ') + suffix
  } else {
    value = suffix
  }

  return guardBackslash(value)
}

/** The raw suffix, guarded, while it agrees with the item's locator, label and suffix. */
function asWritten(item: CitationItem): string | undefined {
  const raw = item.rawSuffix
  return raw !== undefined && raw !== '' && agrees(item, raw) ? guardBackslash(raw) : undefined
}

function agrees(item: CitationItem, raw: string): boolean {
  const parsed = parseLocator(raw)
  return (
    parsed.suffix === item.suffix &&
    parsed.locator === item.locator &&
    (parsed.locator === undefined || parsed.label === item.label)
  )
}

/** A trailing backslash would escape the `;` or `]` after it. */
function guardBackslash(value: string): string {
  return /(?:^|[^\\])(?:\\\\)*\\$/.test(value) ? value + ' ' : value
}


/**
 * The text that will follow an in-text citation: the next text's value; or
 * the first character of what follows, plus a letter, so that a character
 * that could continue a key (`.`, `_`) gets the key braced.
 */
function following(parent: Parents | undefined, state: State, info: Info): string {
  const siblings = children(parent)
  const index = state.indexStack[state.indexStack.length - 1]
  const next = siblings && index !== undefined ? siblings[index + 1] : undefined
  if (next?.type === 'text') return next.value
  // Emphasis right after the key may turn its last character into a
  // character reference (to make its marker work): brace the key.
  if (next && (next.type === 'emphasis' || next.type === 'strong' || next.type === 'delete')) return 'x'
  // Otherwise the first character the next node writes, which
  // mdast-util-to-markdown passes as `after`: a subscript's `~`, which could
  // continue the key (pandoc reads `@doe~2~ says` as the key `doe~2`).
  return info.after === '' ? '' : info.after + 'x'
}
