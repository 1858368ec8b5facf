import {collapseWhiteSpace} from 'collapse-white-space'
import {VFile} from 'vfile'
import type {Input} from '../extract/parse.js'
import type {AnyKit} from '../kit/define-kit.js'
import {resolveKit} from '../kit/default-kit.js'
import {report} from '../util/report.js'
import {runArgdown} from './argdown-app.js'
import type {ArgdownRun} from './argdown-app.js'
import {argdownRelations} from './argdown.js'
import type {CarriedNode} from './carried.js'
import {readCarried} from './carried.js'
import type {DraftNode} from './draft.js'
import {idFromText, writeDraft} from './draft.js'
import type {ImportResult} from './import-result.js'

/** Options of `importArgdown`. */
export interface ArgdownImportOptions {
  /** The kit whose kinds and attributes statement data may name (default: `defaultKit`). */
  readonly kit?: AnyKit | undefined
}

// The parts of @argdown/core's model the importer reads.
interface Located {
  startLine?: number
  startColumn?: number
  endLine?: number
  endColumn?: number
}
interface ModelMember extends Located {
  role?: string
  text?: string
  isReference?: boolean
  data?: unknown
}
interface ModelNode extends Located {
  type: string
  title?: string
  data?: unknown
  members: ModelMember[]
  section?: {title?: string}
  pcs?: Array<{title?: string; role?: string}>
}
interface ModelRelation {
  from?: ModelNode
  to?: ModelNode
  relationType: string
}
interface ModelResponse {
  statements?: Record<string, ModelNode>
  arguments?: Record<string, ModelNode>
  relations?: ModelRelation[]
  title?: string
  frontMatter?: unknown
  lexerErrors?: Array<{message: string; line?: number; column?: number}>
  parserErrors?: Array<{message: string; token?: {startLine?: number; startColumn?: number}}>
  exceptions?: Error[]
}

/** An id argmark accepts as written. */
export const argmarkId = /^[A-Za-z][\w-]*$/

/**
 * Annotated Markdown from an Argdown document, read by `@argdown/core` (an
 * optional peer dependency, loaded on first use; without it the result is an
 * empty draft and one `invalid-import` error). Each statement `[Title]` and argument `<Title>` becomes a node
 * (id: the title when it is a valid id, else one made from it; arguments get
 * the class `argument`), of the kind its data names under `argmark.kind`
 * (as `toArgdown` writes it) when the kit has that kind, else a claim; data
 * attributes the kind declares are kept. Relations: support → `supports`
 * (or the type the source's data names for that target, such as
 * `explains`), attack, contrary and undercut → `attacks`, contradiction →
 * `attacks` both ways, entailment → `supports`; a premise-conclusion
 * structure makes each premise support the argument and the argument its
 * conclusion. Headings become level-2 Markdown headings, and the `group` of
 * a kind that has one. The front matter (`===` … `===`) becomes the draft's
 * YAML front matter, every key kept. Citations the data lists (`citations`:
 * pandoc citation texts) are written at the end of the node's text; a list
 * attribute is written space-separated.
 *
 * Never throws. Each thing that cannot be carried over is an `invalid-import`
 * message at its line and column: parser errors, front matter or data that
 * is not YAML (the rest is imported without it), a kind, attribute, value,
 * relation target or citation in the data the draft cannot keep (see
 * `readCarried`), a data target of `+>` or `->` without that relation in the
 * map, a statement without text (an empty node). An empty document is one
 * error; `@argdown/core`'s own console output is silenced.
 */
export async function importArgdown(input: Input, options?: ArgdownImportOptions): Promise<ImportResult> {
  const file = typeof input === 'string' ? new VFile({value: input}) : input
  const kit = resolveKit(options?.kit)
  const text = String(file.value)
  if (text.trim() === '') {
    report(file, {ruleId: 'invalid-import', place: {line: 1, column: 1}, reason: 'Unexpected empty Argdown document, expected statements or arguments'})
    return {markdown: '', file}
  }
  let run: ArgdownRun
  try {
    run = await runArgdown(text)
  } catch (error) {
    // `@argdown/core` is an optional peer dependency: installed by those who import Argdown.
    report(file, {
      ruleId: 'invalid-import',
      place: undefined,
      reason:
        'Unexpected Argdown without `@argdown/core` (' + firstLine(error instanceof Error ? error.message : String(error)) +
        '), expected it installed beside argmark (`npm install @argdown/core`)'
    })
    return {markdown: '', file}
  }
  const response = run.response as ModelResponse
  for (const error of run.dataErrors) {
    report(file, {
      ruleId: 'invalid-import',
      severity: 'warning',
      place: {line: error.line, column: error.column},
      reason:
        'Unexpected ' + error.block + ' that is not YAML (' + error.reason + '), expected ' +
        (error.block === 'front matter' ? 'a YAML mapping between `===` lines; the map is imported without it' : '`{key: value, …}`; the statement is imported without it')
    })
  }
  const meta = frontMatter(response.frontMatter, file)

  for (const error of response.lexerErrors ?? []) {
    report(file, {ruleId: 'invalid-import', severity: 'warning', place: point(error.line, error.column), reason: 'Unexpected Argdown: ' + error.message})
  }
  for (const error of response.parserErrors ?? []) {
    report(file, {
      ruleId: 'invalid-import',
      severity: 'warning',
      place: point(error.token?.startLine, error.token?.startColumn),
      reason: 'Unexpected Argdown: ' + firstLine(error.message)
    })
  }
  for (const error of response.exceptions ?? []) {
    report(file, {ruleId: 'invalid-import', place: undefined, reason: 'Unexpected failure in the Argdown model: ' + firstLine(error.message)})
  }

  const elements = [...Object.values(response.statements ?? {}), ...Object.values(response.arguments ?? {})]
  // In document order: a statement is where it is first written other than as a relation's target.
  const first = (element: ModelNode) => element.members.find((member) => member.role !== 'relation-statement') ?? element.members[0] ?? element
  elements.sort((a, b) => (first(a).startLine ?? 0) - (first(b).startLine ?? 0) || (first(a).startColumn ?? 0) - (first(b).startColumn ?? 0))
  const used = new Set<string>()
  const ids = new Map<ModelNode, string>()
  const byTitle = new Map<string, string>()
  for (const element of elements) {
    const title = element.title ?? ''
    const id = argmarkId.test(title) && !used.has(title) ? (used.add(title), title) : idFromText(title, used, element.type === 'argument' ? 'argument' : 'statement')
    ids.set(element, id)
    byTitle.set(element.type + ' ' + title, id)
  }

  const relations = new Map<string, Map<string, Set<string>>>()
  const add = (from: string | undefined, type: string, to: string | undefined) => {
    if (from === undefined || to === undefined || from === to) return
    let byType = relations.get(from)
    if (!byType) relations.set(from, (byType = new Map()))
    let targets = byType.get(type)
    if (!targets) byType.set(type, (targets = new Set()))
    targets.add(to)
  }
  const placeOf = (element: ModelNode) => point(first(element).startLine, first(element).startColumn)
  const nameOf = (element: ModelNode) => (element.type === 'argument' ? 'argument `<' : 'statement `[') + (element.title ?? '') + (element.type === 'argument' ? '>`' : ']`')
  const formatTypes = new Set(Object.keys(argdownRelations))
  const own = new Map<string, CarriedNode>()
  for (const element of elements) {
    const context = {kit, file, place: placeOf(element), name: nameOf(element), ids: used, formatTypes}
    own.set(ids.get(element)!, readCarried(argmarkData(element), context))
  }
  const idOf = (node: ModelNode | undefined) => (node ? ids.get(node) ?? byTitle.get(node.type + ' ' + (node.title ?? '')) : undefined)
  // `from type to` of each relation the map writes with `+>` or `->`, to match the data's targets with.
  const written = new Set<string>()

  for (const relation of response.relations ?? []) {
    const from = idOf(relation.from)
    const to = idOf(relation.to)
    if (from === undefined || to === undefined) {
      report(file, {
        ruleId: 'invalid-import',
        severity: 'warning',
        place: undefined,
        reason: 'Unexpected ' + relation.relationType + ' relation to or from an inference, expected one between statements or arguments; left out'
      })
      continue
    }
    switch (relation.relationType) {
      case 'support':
      case 'entails': {
        written.add(from + ' +> ' + to)
        for (const type of namedTypes(own.get(from)!, to)) add(from, type, to)
        break
      }
      case 'contradictory': {
        add(from, 'attacks', to)
        add(to, 'attacks', from)
        break
      }
      default: {
        written.add(from + ' -> ' + to)
        add(from, 'attacks', to)
      }
    }
  }

  for (const element of elements) {
    const id = ids.get(element)!
    if (element.type === 'argument') {
      for (const statement of element.pcs ?? []) {
        const target = byTitle.get('equivalence-class ' + (statement.title ?? ''))
        if (statement.role === 'premise') add(target, 'supports', id)
        else if (statement.role === 'main-conclusion') add(id, 'supports', target)
      }
    }
    const carried = own.get(id)!
    // Relation types Argdown has no symbol for, kept in the data by `toArgdown`.
    for (const [type, targets] of carried.relations) for (const target of targets) add(id, type, target)
    // A target the data names for a type Argdown writes with a symbol comes with that relation, or not at all.
    for (const [type, targets] of carried.named) {
      const symbol = argdownRelations[type]!
      for (const target of targets) {
        if (written.has(id + ' ' + symbol + ' ' + target)) continue
        report(file, {
          ruleId: 'invalid-import',
          severity: 'warning',
          place: placeOf(element),
          reason: 'Unexpected `' + type + '` target `' + target + '` in the data of ' + nameOf(element) + ' without a `' + symbol + '` relation to it, expected the relation in the map; left out'
        })
      }
    }
  }

  const draft: DraftNode[] = []
  for (const element of elements) {
    const id = ids.get(element)!
    const {kind, attributes, citations} = own.get(id)!
    const info = kit.kind(kind)
    const text = canonicalText(element)
    if (text === '' && argmarkData(element) === undefined) {
      report(file, {
        ruleId: 'invalid-import',
        severity: 'warning',
        place: placeOf(element),
        reason: 'Unexpected ' + nameOf(element) + ' without text, expected text after its title (`[title]: text`); imported as an empty ' + kind + ' `' + id + '`'
      })
    }
    if (element.type === 'argument') {
      const classes = typeof attributes.class === 'string' ? attributes.class.split(' ').filter((name) => name !== '') : []
      if (!classes.includes('argument')) classes.push('argument')
      attributes.class = classes.join(' ')
    }
    const section = element.section?.title
    if (section !== undefined && attributes.group === undefined && info?.attributes.has('group')) attributes.group = section
    const byType = relations.get(id)
    draft.push({
      id,
      kind,
      text,
      attributes,
      relations: byType && new Map([...byType].map(([type, targets]) => [type, [...targets]])),
      section,
      citations
    })
  }
  return {markdown: writeDraft(draft, meta), file}
}

/** The relation types the source's data names for this target among those Argdown writes `+>` (`supports` when it names none). */
function namedTypes(data: CarriedNode, target: string): string[] {
  const types: string[] = []
  for (const [type, targets] of data.named) if (argdownRelations[type] === '+>' && targets.includes(target)) types.push(type)
  return types.length > 0 ? types : ['supports']
}

/** The element's `argmark` data, `undefined` when it has none. */
function argmarkData(element: ModelNode): unknown {
  const data = element.data as {argmark?: unknown} | undefined
  return typeof data === 'object' && data !== null ? data.argmark : undefined
}

/** The front matter as the draft's: a mapping, else (after a warning) none. */
function frontMatter(value: unknown, file: VFile): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  report(file, {
    ruleId: 'invalid-import',
    severity: 'warning',
    place: {line: 1, column: 1},
    reason: 'Unexpected front matter ' + JSON.stringify(value) + ' that is not a mapping, expected `key: value` lines; left out'
  })
  return undefined
}

// The text of the last member that defines one (Argdown's canonical member),
// trimmed of HTML's white space only: a non-breaking space at either end is text.
function canonicalText(element: ModelNode): string {
  for (let index = element.members.length - 1; index >= 0; index--) {
    const text = element.members[index]!.text
    if (typeof text === 'string' && !element.members[index]!.isReference) return collapseWhiteSpace(text, {style: 'html', trim: true})
  }
  return ''
}

function point(line: number | undefined, column: number | undefined) {
  return line === undefined ? undefined : {line, column: column ?? 1}
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
