import type {Nodes, Root, RootContent} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'
import {controlVerbs} from '../util/comment-control.js'

/** How annotations leave the tree. */
export interface StripOptions {
  /**
   * Keep each annotation as an element (`span` for text, `div` for blocks)
   * carrying `data-argmark-kind` and `data-argmark-id`, for HTML styling.
   */
  readonly dataAttributes?: boolean | undefined
}

type Directive = ContainerDirective | LeafDirective | TextDirective

/**
 * Turn annotations into plain prose: every directive left in the tree (parse
 * has already given back the ones that were prose) is replaced by its content,
 * a container's `[label]`, the front matter and argmark's control comments
 * (`<!-- argmark-disable … -->`) are removed. Where something removed stood
 * between two spaces, one space is left. One pass.
 */
export function stripAnnotations(tree: Root, options: StripOptions = {}): void {
  const visit = (parent: Nodes): void => {
    if (!('children' in parent)) return
    const output: RootContent[] = []
    // Whether the last child was removed: a space after it may be one too many.
    let removed = false
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'yaml' || isControlComment(child) || isEmptyTextDirective(child)) {
        removed = true
        continue
      }
      if (removed && child.type === 'text' && isBlank(child.value.charAt(0))) {
        const last = output.at(-1)
        if (!last || (last.type === 'text' && isBlank(last.value.charAt(last.value.length - 1)))) {
          let start = 0
          while (isBlank(child.value.charAt(start))) start++
          child.value = child.value.slice(start)
        }
      }
      removed = false
      visit(child)
      if (isDirective(child)) {
        const children = (child.children as RootContent[]).filter(
          (node) => !(node.type === 'paragraph' && node.data && 'directiveLabel' in node.data)
        )
        if (options.dataAttributes) {
          const properties: Record<string, string> = {dataArgmarkKind: child.name}
          const id = child.attributes?.id
          if (id) properties.dataArgmarkId = id
          if (child.type === 'leafDirective') {
            // A leaf directive holds phrasing: it becomes a paragraph.
            output.push({type: 'paragraph', children: child.children, data: {hProperties: properties}})
            continue
          }
          child.children = children as typeof child.children
          child.data = {...child.data, hName: child.type === 'textDirective' ? 'span' : 'div', hProperties: properties}
          output.push(child)
        } else if (child.type === 'leafDirective') {
          output.push({type: 'paragraph', children: child.children})
        } else {
          output.push(...children)
        }
        continue
      }
      output.push(child)
    }
    ;(parent as {children: RootContent[]}).children = output
  }
  visit(tree)
}

function isBlank(character: string): boolean {
  return character === ' ' || character === '\t'
}

/** An argmark control comment: `<!-- argmark-disable rule -->`. */
function isControlComment(node: RootContent): boolean {
  if (node.type !== 'html') return false
  const value = node.value.trim()
  return value.startsWith('<!--') && value.endsWith('-->') && controlVerbs.test(value.slice(4, -3).trim())
}

/** A text directive with nothing to show (`:factor[]{#f}`). */
function isEmptyTextDirective(node: RootContent): boolean {
  return node.type === 'textDirective' && node.children.every((child) => child.type === 'text' && child.value.trim() === '')
}

function isDirective(node: RootContent): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective'
}
