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
 * plainly: not as an escape or a character reference, which the author meant
 * to keep.
 */
export function markPlainText(node: Text, source: string | undefined): void {
  if (source === undefined || !/[:@$^~]/.test(node.value)) return
  // A typed escape or reference of those characters keeps the escapes
  // written. An escaped ampersand (`\\&#64;`) is no reference, and nor is
  // one of another character (`&#x31;`, which mdast-util-to-markdown writes
  // for a digit next to emphasis).
  if (/\\[:@$^~]|(?:^|[^\\])(?:\\\\)*&(?:#(?:x0*(?:3a|40|24|5e|7e)|0*(?:58|64|36|94|126));|colon;|commat;|dollar;|hat;|tilde;)/i.test(source)) return
  node.data = {...node.data, argmarkPlain: true}
}

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
