import type {Link, Text} from 'mdast'

declare module 'mdast' {
  interface TextData {
    /**
     * The source this text was read from, written back as is: prose that
     * micromark mis-read as a directive (`10:30`), which must not come back
     * escaped (`10\:30`). The text's `value` is what a reader sees (its
     * escapes and character references decoded).
     */
    argmarkVerbatim?: string | undefined
    /**
     * The author wrote this text's `:`, `@`, `$`, `^` and `~` as themselves,
     * and they started no directive, citation, e-mail link, math, superscript
     * or subscript: they need no escape.
     */
    argmarkPlain?: boolean | undefined
    /**
     * Those of `:`, `@`, `$`, `^` and `~` that the author wrote in this text
     * as an escape or a character reference (`\\^`, `&#58;`) at least once:
     * their escapes are written back, while the others, typed plainly, need
     * none (`\\^\\[10:30:` keeps its `^` escaped and its colons bare).
     */
    argmarkKept?: string | undefined
  }

  interface LinkData {
    /** The link is a bare URL or e-mail address in the source (a GFM literal autolink). */
    argmarkLiteral?: boolean | undefined
  }
}

/** The source to write back for text restored from a mis-read directive, if it is such text. */
export function verbatimSource(node: Text): string | undefined {
  return node.data?.argmarkVerbatim
}

/**
 * Note on a text node whether its `:`, `@`, `$`, `^` and `~` were written
 * plainly: those the author wrote as an escape or a character reference
 * somewhere in the text are meant to keep their escapes (`argmarkKept`),
 * the rest need none.
 */
export function markPlainText(node: Text, source: string | undefined): void {
  if (source === undefined || !plainMark.test(node.value)) return
  let kept = ''
  // An escaped ampersand (`\\&#64;`) is no reference, and nor is one of
  // another character (`&#x31;`, which mdast-util-to-markdown writes for a
  // digit next to emphasis). Each match reads on only over backslashes.
  for (const match of source.matchAll(typedEscape)) {
    const character = match[1] ?? referenced(match[2] ?? '')
    if (!kept.includes(character)) kept += character
  }
  node.data = {...node.data, argmarkPlain: true, ...(kept === '' ? {} : {argmarkKept: kept})}
}

/** One of the characters whose escapes text typed plainly does not need. */
export const plainMark = /[:@$^~]/

/** A typed escape (group 1) or character reference (group 2) of `:`, `@`, `$`, `^` or `~`. */
export const typedEscape = /\\([:@$^~])|(?:^|[^\\])(?:\\\\)*&(#(?:x0*(?:3a|40|24|5e|7e)|0*(?:58|64|36|94|126));|colon;|commat;|dollar;|hat;|tilde;)/gi

/** The character a reference `typedEscape` matched stands for (`#x3a;`, `#0058;`, `colon;`). */
function referenced(reference: string): string {
  const name = reference.toLowerCase().slice(0, -1)
  if (!name.startsWith('#')) return namedMarks[name] ?? '~'
  return String.fromCodePoint(name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10))
}

const namedMarks: Readonly<Record<string, string>> = {colon: ':', commat: '@', dollar: '$', hat: '^', tilde: '~'}

/** Note on a link whether the source wrote it as a bare URL or address. */
export function markLiteralLink(node: Link, source: string | undefined): void {
  const [only] = node.children
  if (
    source !== undefined &&
    node.children.length === 1 &&
    only?.type === 'text' &&
    only.value === source &&
    !source.startsWith('<') &&
    !source.startsWith('[')
  ) {
    node.data = {...node.data, argmarkLiteral: true}
  }
}
