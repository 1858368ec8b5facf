import type {Nodes, Root, RootContent} from 'mdast'
import type {ContainerDirective, LeafDirective, TextDirective} from 'mdast-util-directive'

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
 * a container's `[label]` and the front matter are removed. One pass.
 */
export function stripAnnotations(tree: Root, options: StripOptions = {}): void {
  const visit = (parent: Nodes): void => {
    if (!('children' in parent)) return
    const output: RootContent[] = []
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'yaml') continue
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

function isDirective(node: RootContent): node is Directive {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective'
}
