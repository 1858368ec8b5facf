import type {Text} from 'mdast'

declare module 'mdast' {
  interface TextData {
    /**
     * The text is source, written back as is: prose that micromark mis-read
     * as a directive (`10:30`), which must not come back escaped (`10\:30`).
     */
    argmarkVerbatim?: boolean | undefined
  }
}

export function isVerbatim(node: Text): boolean {
  return node.data?.argmarkVerbatim === true
}
