import {gfm} from 'micromark-extension-gfm'
import type {Options} from 'micromark-extension-gfm'
import type {Construct} from 'micromark-util-types'

const found = new Map<string, Construct>()

/**
 * micromark-extension-gfm's text construct `name` at character `code`, as
 * `gfm(options)` holds it (its tokenizer and resolver, for an argmark
 * construct that stands in its place). Looked up once per name. Throws when
 * GFM has no such construct (a GFM upgrade renamed it).
 */
export function gfmConstruct(code: number, name: string, options?: Options): Construct {
  let construct = found.get(name)
  if (!construct) {
    const value = gfm(options).text?.[code]
    construct = (Array.isArray(value) ? value : [value]).find((item: Construct | undefined) => item?.name === name)
    if (!construct) throw new Error('Cannot find `' + name + '` in micromark-extension-gfm')
    found.set(name, construct)
  }
  return construct
}
