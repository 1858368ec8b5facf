import type {Text} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'

/*
 * Backslash escapes of the characters pandoc's `smart` extension changes
 * (`\...`, `\'`, `\"`, `\-`): recorded on the text node they end up in, so
 * smart punctuation leaves them as typed (`\...` stays three periods, as in
 * pandoc). mdast-util-from-markdown merges an escape into the surrounding
 * text node; this records where. An escaped dollar (`\$x$`, not math) is
 * recorded too, so that `format` writes its escape back.
 */

declare module 'mdast' {
  interface TextData {
    /**
     * 0-based indices in `value` of characters written with a backslash
     * escape that smart punctuation must leave alone (`.`, `'`, `"`, `-`),
     * or that keeps a dollar from opening math (`$`).
     */
    escaped?: number[] | undefined
  }
}

/** The characters whose escape is recorded: those smart punctuation respects, and `$`. */
export const smartCharacters = /^[.'"$-]$/

/** The mdast-util-from-markdown extension recording escapes of `smartCharacters` on their text nodes. */
export function escapesFromMarkdown(): FromMarkdownExtension {
  return {exit: {characterEscapeValue: exitEscapeValue}}
}

// As mdast-util-from-markdown's own handler (`onexitdata`), plus the record.
function exitEscapeValue(this: CompileContext, token: Token): undefined {
  const node = this.stack.pop() as Text
  const value = this.sliceSerialize(token)
  if (smartCharacters.test(value)) ((node.data ??= {}).escaped ??= []).push(node.value.length)
  node.value += value
  if (node.position) node.position.end = {line: token.end.line, column: token.end.column, offset: token.end.offset}
}
