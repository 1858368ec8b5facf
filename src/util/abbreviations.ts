import type {Nodes, Text} from 'mdast'

/**
 * pandoc's default abbreviations (its data file `abbreviations`, pandoc
 * 2.17): with the `smart` extension, the space after one of them becomes a
 * non-breaking space (`Mr. Bob` → `Mr.\u00A0Bob`), so that a line never breaks
 * after it and no sentence is taken to end there. Case-sensitive, as pandoc.
 */
export const abbreviationList: readonly string[] = [
  'aet.', 'aetat.', 'al.', 'Apr.', 'Aug.', 'bk.', 'Bros.', 'c.', 'Capt.', 'cf.', 'ch.', 'chap.', 'chs.', 'Co.',
  'col.', 'Corp.', 'cp.', 'd.', 'Dec.', 'Dr.', 'e.g.', 'ed.', 'eds.', 'esp.', 'f.', 'fasc.', 'Feb.', 'ff.', 'fig.',
  'fl.', 'fol.', 'fols.', 'Fr.', 'Gen.', 'Gov.', 'Hon.', 'i.e.', 'ill.', 'Inc.', 'incl.', 'Jan.', 'Jr.', 'Jul.',
  'Jun.', 'Ltd.', 'M.A.', 'M.D.', 'Mar.', 'Mr.', 'Mrs.', 'Ms.', 'n.', 'n.b.', 'nn.', 'No.', 'Nov.', 'Oct.', 'p.',
  'Ph.D.', 'pp.', 'Pres.', 'Prof.', 'pt.', 'q.v.', 'Rep.', 'Rev.', 's.v.', 's.vv.', 'saec.', 'sec.', 'Sen.', 'Sep.',
  'Sept.', 'Sgt.', 'Sr.', 'St.', 'univ.', 'viz.', 'vol.', 'vs.'
]

/**
 * An abbreviation of `abbreviationList` as a word of its own (not after a
 * letter, a digit or a period: `x.Mr.` is no abbreviation) and the spaces
 * after it (spaces or tabs). Linear: literal alternatives, a one-character lookbehind. (A
 * literal, so that the ReDoS test reads it; a test holds it to the list.)
 */
export const abbreviationSpaces =
  /(?<![\p{L}\p{N}.])(?:aet\.|aetat\.|al\.|Apr\.|Aug\.|bk\.|Bros\.|c\.|Capt\.|cf\.|ch\.|chap\.|chs\.|Co\.|col\.|Corp\.|cp\.|d\.|Dec\.|Dr\.|e\.g\.|ed\.|eds\.|esp\.|f\.|fasc\.|Feb\.|ff\.|fig\.|fl\.|fol\.|fols\.|Fr\.|Gen\.|Gov\.|Hon\.|i\.e\.|ill\.|Inc\.|incl\.|Jan\.|Jr\.|Jul\.|Jun\.|Ltd\.|M\.A\.|M\.D\.|Mar\.|Mr\.|Mrs\.|Ms\.|n\.|n\.b\.|nn\.|No\.|Nov\.|Oct\.|p\.|Ph\.D\.|pp\.|Pres\.|Prof\.|pt\.|q\.v\.|Rep\.|Rev\.|s\.v\.|s\.vv\.|saec\.|sec\.|Sen\.|Sep\.|Sept\.|Sgt\.|Sr\.|St\.|univ\.|viz\.|vol\.|vs\.)[ \t]+/gu

// What pandoc keeps a plain space before: a footnote call (not an inline note, `^[…]`), a citation.
function keepsSpace(node: Nodes): boolean {
  if (node.type === 'footnoteReference') return (node.data as {inlineNote?: boolean} | undefined)?.inlineNote !== true
  return (node.type as string) === 'citation'
}

/**
 * The space after an abbreviation made non-breaking in every text node of
 * `tree` (in place), as pandoc's Markdown reader does with `smart`: the
 * spaces after it become one U+00A0 when text follows on the same line, in
 * the same node or in the next sibling (emphasis, a link, code); not before
 * a line ending, at the end of a paragraph, or before a footnote call or a
 * citation (`Mr. [@doe]`); an inline note (`Mr. ^[…]`) takes it. An abbreviation that ends a node (`*Mr.* Bob`)
 * keeps its space, as in pandoc.
 */
export function nonBreakingAbbreviations(tree: Nodes): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!('children' in node)) continue
    const children = node.children as Nodes[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type === 'text') mendText(child, children[index + 1])
      else stack.push(child)
    }
  }
}

function mendText(node: Text, next: Nodes | undefined): void {
  const value = node.value
  if (!value.includes('.')) return
  node.value = value.replace(abbreviationSpaces, (match: string, offset: number) => {
    const after = offset + match.length
    const following = value.charAt(after)
    const joins = following === '' ? next !== undefined && !keepsSpace(next) : following !== '\n' && following !== '\r'
    return joins ? match.trimEnd() + '\u00A0' : match
  })
}

