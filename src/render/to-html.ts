import type {Element, Root as HastRoot} from 'hast'
import type {Root} from 'mdast'
import type {State} from 'mdast-util-to-hast'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import type {Options as SanitizeSchema} from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import type {InlineMath} from '../syntax/math/types.js'

/**
 * GitHub's schema, extended only by the data attributes argmark writes when
 * asked to. Raw HTML in drafts is dropped by remark-rehype (no `allowDangerousHtml`),
 * and whatever else reaches the tree is sanitized.
 */
function schema(dataAttributes: boolean): SanitizeSchema {
  const extra = dataAttributes ? ['dataArgmarkKind', 'dataArgmarkId'] : []
  const attributes = defaultSchema.attributes ?? {}
  return {
    ...defaultSchema,
    // remark-rehype already prefixes every id it writes (`user-content-fn-1`)
    // and the links to them; clobbering again would break those links. No
    // other ids reach the tree: raw HTML is not passed through.
    clobber: [],
    attributes: {
      ...attributes,
      // pandoc's math spans (`class="math inline"`, `class="math display"`).
      span: [...(attributes.span ?? []), ...extra, ['className', 'math', 'inline', 'display']],
      // A pandoc fenced div's classes (`::: {.note}`), kept as pandoc writes them.
      div: [...(attributes.div ?? []), ...extra, 'className'],
      p: [...(attributes.p ?? []), ...extra],
      // A heading's classes (`{.unnumbered}`, `{-}`, `{.appendix}`), kept as pandoc writes them.
      ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, headingAttributes(attributes[tag] ?? [])]))
    }
  }
}

type AttributeList = NonNullable<SanitizeSchema['attributes']>[string]

/** A heading's allowed attributes with any class (GitHub's schema allows h2's `sr-only` alone), as a fenced div's. */
function headingAttributes(allowed: AttributeList): AttributeList {
  const rest = allowed.filter((entry) => entry !== 'className' && !(Array.isArray(entry) && entry[0] === 'className'))
  return [...rest, 'className']
}

const processors = {
  plain: build(false),
  data: build(true)
}

/**
 * Math as pandoc's HTML writer writes it for MathJax or KaTeX to typeset
 * (`--mathjax`): the TeX as typed in `<span class="math inline">\(…\)</span>`
 * or `<span class="math display">\[…\]</span>`. argmark does not typeset.
 */
function inlineMath(state: State, node: InlineMath): Element {
  const display = node.data?.display === true
  const value = display ? '\\[' + node.value + '\\]' : '\\(' + node.value + '\\)'
  const element: Element = {type: 'element', tagName: 'span', properties: {className: ['math', display ? 'display' : 'inline']}, children: [{type: 'text', value}]}
  state.patch(node, element)
  return state.applyData(node, element)
}

function build(dataAttributes: boolean) {
  return unified()
    .use(remarkRehype, {handlers: {inlineMath}})
    .use(rehypeSanitize, schema(dataAttributes))
    .use(rehypeStringify)
    .freeze()
}

/** Footnoted prose as sanitized HTML. */
export function toHtml(tree: Root, dataAttributes: boolean): string {
  const processor = dataAttributes ? processors.data : processors.plain
  const hast = processor.runSync(tree) as HastRoot
  return processor.stringify(hast) + '\n'
}
