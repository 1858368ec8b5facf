import type {Root, Yaml} from 'mdast'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {isMap, parseDocument} from 'yaml'
import type {GraphMeta} from '../kit/graph.js'
import {metaSchema} from '../kit/graph.js'
import {report} from '../util/report.js'

/**
 * Read the YAML front matter into the graph's `meta`. YAML errors and keys of
 * the wrong type are reported at their line and column in the document; what
 * does parse is kept.
 */
export function readFrontMatter(tree: Root, file: VFile): GraphMeta {
  const yaml = tree.children.find((child): child is Yaml => child.type === 'yaml')
  if (!yaml) return {}

  // The YAML starts on the line after the opening `---`.
  const firstLine = (yaml.position?.start.line ?? 1) + 1
  const at = (line: number, column: number): Point => ({line: firstLine + line - 1, column})
  const document = parseDocument(yaml.value, {prettyErrors: true, uniqueKeys: true})

  for (const problem of [...document.errors, ...document.warnings]) {
    const [start, end] = problem.linePos ?? []
    report(file, {
      ruleId: 'invalid-front-matter',
      severity: problem.name === 'YAMLWarning' ? 'warning' : 'error',
      place: start
        ? {start: at(start.line, start.col), end: at((end ?? start).line, (end ?? start).col)}
        : yaml.position,
      reason: 'Unexpected YAML: ' + firstSentence(problem.message) + ', expected valid YAML'
    })
  }

  if (yaml.value.trim() === '') return {}
  if (!isMap(document.contents)) {
    report(file, {
      ruleId: 'invalid-front-matter',
      place: yaml.position,
      reason: 'Unexpected front matter that is not a mapping, expected `key: value` lines'
    })
    return {}
  }

  let data: Record<string, unknown>
  try {
    data = document.toJS({maxAliasCount: 100}) as Record<string, unknown>
  } catch (error) {
    // Aliases to missing anchors and alias bombs fail only when resolved.
    report(file, {
      ruleId: 'invalid-front-matter',
      place: yaml.position,
      reason: 'Unexpected YAML: ' + firstSentence(String((error as Error).message)) + ', expected valid YAML'
    })
    return {}
  }
  const result = metaSchema.safeParse(data)
  if (result.success) return result.data

  const meta: GraphMeta = {...data}
  for (const issue of result.error.issues) {
    const key = String(issue.path[0])
    const node = document.get(key, true) as {range?: [number, number, number]} | undefined
    const offset = node?.range?.[0]
    const point = offset === undefined ? undefined : linePosition(yaml.value, offset)
    report(file, {
      ruleId: 'invalid-front-matter',
      place: point ? at(point.line, point.column) : yaml.position,
      reason: 'Unexpected value for `' + key + '`: ' + lowerFirst(issue.message) + ', expected ' + expectedFor(key)
    })
    delete meta[key]
  }
  return meta
}

function expectedFor(key: string): string {
  if (key === 'bibliography') return 'a path or a list of paths'
  if (key === 'argmark') return 'a mapping of settings'
  return 'a string'
}

function linePosition(value: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = value.indexOf('\n'); index !== -1 && index < offset; index = value.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1}
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message
  return lowerFirst(line.replace(/[.:]\s*$/, '').replace(/ at line \d+, column \d+$/, ''))
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1)
}
