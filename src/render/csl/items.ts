import type {CslItem} from '../../kit/csl.js'
import {isOthers, othersName} from './compat.js'
import {hasEditorsOnly, withoutEditorsId} from './editors-only.js'
import {withoutMarks} from './format.js'

/**
 * The items citeproc-js is given, by id: each without argmark's formatting
 * marks (see `withoutMarks`) and with BibTeX's `others` read as "et al."
 * (see `withOthers`); and for each item whose names are only its editors
 * or translators, a copy without them (see `withoutEditorsId`).
 */
export function itemsById(items: readonly CslItem[]): Map<string, CslItem> {
  const byId = new Map(items.map((item) => [item.id, withOthers(withoutMarks(item))]))
  for (const item of items) {
    if (!hasEditorsOnly(item)) continue
    const {editor: _editor, translator: _translator, ...rest} = item
    byId.set(withoutEditorsId(item.id), {...rest, id: withoutEditorsId(item.id)})
  }
  return byId
}

/** An item whose name lists end with BibTeX's `others` has it as `othersName`, which reads "et al.". */
function withOthers(item: CslItem): CslItem {
  let copy: Record<string, unknown> | undefined
  for (const variable of nameVariables) {
    const names = (item as Record<string, unknown>)[variable]
    if (!Array.isArray(names) || names.length < 2 || !isOthers(names.at(-1))) continue
    copy ??= {...item}
    copy[variable] = [...names.slice(0, -1), othersName]
  }
  return (copy ?? item) as CslItem
}

/** CSL's name variables. */
export const nameVariables = ['author', 'editor', 'translator', 'container-author', 'collection-editor', 'composer', 'director', 'interviewer', 'recipient', 'reviewed-author']
