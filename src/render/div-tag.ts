import type {DivAttributes} from '../syntax/fenced-divs.js'

/** An attribute value with `&`, `"`, `<` and `>` escaped (what pandoc escapes), safe in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** A fenced div's opening tag as pandoc writes it: `id`, then `class`, then the other attributes as written. */
export function divOpeningTag(attributes: DivAttributes): string {
  let tag = '<div'
  if (attributes.id !== undefined) tag += ' id="' + escapeAttribute(attributes.id) + '"'
  if (attributes.classes.length > 0) tag += ' class="' + escapeAttribute(attributes.classes.join(' ')) + '"'
  for (const [name, value] of attributes.attributes) tag += ' ' + name + '="' + escapeAttribute(value) + '"'
  return tag + '>'
}
