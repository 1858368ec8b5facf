import type {CiteprocSys} from 'citeproc'
import type {CslItem} from '../../kit/csl.js'
import {originalId} from './editors-only.js'
import {linkOpen, mark} from './format.js'

/**
 * Make `sys` mark each cite as a link to its bibliography entry (pandoc's
 * `link-citations`): citeproc-js wraps only items that carry a
 * `system_id`, so each item gets its id as one, and each cite, as the
 * `argmark` format's `@cite/entry` asks for it, gets a link mark around it
 * naming its item (an item's copy without editors names the item). The
 * ids of the items linked to, by the index their link mark names (see
 * `linkOpen`), filled as cites are formatted.
 */
export function linkCitations(sys: CiteprocSys, byId: ReadonlyMap<string, CslItem>): string[] {
  const links: string[] = []
  const linkIndex = new Map<string, number>()
  // citeproc-js wraps only items that carry a `system_id`.
  sys.retrieveItem = (id: string) => {
    const item = byId.get(id)
    return item === undefined ? undefined : {...item, system_id: id}
  }
  // Each cite, as the `argmark` format's `@cite/entry` asks for it: a link mark around it.
  sys.wrapCitationEntry = (value, id) => {
    // citeproc-js passes no id for a cite it could not match to an item.
    if (typeof id !== 'string') return value
    const original = originalId(id)
    let index = linkIndex.get(original)
    if (index === undefined) {
      index = links.push(original) - 1
      linkIndex.set(original, index)
    }
    return linkOpen(index) + value + mark.linkClose
  }
  return links
}
