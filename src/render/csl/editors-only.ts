import type {CslItem} from '../../kit/csl.js'

/**
 * The id of an item's copy without editors and translators: what a later,
 * author-suppressed cite of a work with editors but no author is formatted
 * from. citeproc-js suppresses the editors that stand in for the author and
 * then finds an editor, so the style leaves out the title too, and the note
 * says only `Para. 5.`; pandoc, like a reader, wants `The Third Force, para. 5.`
 */
export function withoutEditorsId(id: string): string {
  return id + '\u0000without-editors'
}

/** Whether an item's names are only its editors or translators. */
export function hasEditorsOnly(item: CslItem): boolean {
  return item.author === undefined && (item.editor !== undefined || item.translator !== undefined)
}

/** The id of the item a copy (see `withoutEditorsId`) or the item itself was made from. */
export function originalId(id: string): string {
  return id.endsWith(withoutEditorsId('')) ? id.slice(0, -withoutEditorsId('').length) : id
}
