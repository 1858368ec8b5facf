import {VFile} from 'vfile'
import type {Input} from '../extract/parse.js'
import type {AnyKit} from '../kit/define-kit.js'
import {resolveKit} from '../kit/default-kit.js'
import {report} from '../util/report.js'
import {argdownRelations} from './argdown.js'
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

let application: Promise<{run(request: {input: string; process: string[]}): unknown}> | undefined

async function argdownApplication() {
  application ??= import('@argdown/core').then(({ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin}) => {
    const app = new ArgdownApplication()
    app.addPlugin(new ParserPlugin(), 'parse-input')
    app.addPlugin(new DataPlugin(), 'build-model')
    app.addPlugin(new ModelPlugin(), 'build-model')
    return app
  })
  return application
}

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
 * a kind that has one. Parser errors become messages at their line and
 * column; the draft keeps what the model has.
 */
export async function importArgdown(input: Input, options?: ArgdownImportOptions): Promise<ImportResult> {
  const file = typeof input === 'string' ? new VFile({value: input}) : input
  const kit = resolveKit(options?.kit)
  let app: Awaited<ReturnType<typeof argdownApplication>>
  try {
    app = await argdownApplication()
  } catch (error) {
    // `@argdown/core` is an optional peer dependency: installed by those who import Argdown.
    application = undefined
    report(file, {
      ruleId: 'invalid-import',
      place: undefined,
      reason:
        'Unexpected Argdown without `@argdown/core` (' + firstLine(error instanceof Error ? error.message : String(error)) +
        '), expected it installed beside argmark (`npm install @argdown/core`)'
    })
    return {markdown: '', file}
  }
  const response = app.run({input: String(file.value), process: ['parse-input', 'build-model']}) as ModelResponse

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
  const own = new Map<string, Record<string, unknown>>()
  for (const element of elements) own.set(ids.get(element)!, argmarkData(element))
  const idOf = (node: ModelNode | undefined) => (node ? ids.get(node) ?? byTitle.get(node.type + ' ' + (node.title ?? '')) : undefined)

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
        for (const type of namedTypes(own.get(from), to, kit)) add(from, type, to)
        break
      }
      case 'contradictory': {
        add(from, 'attacks', to)
        add(to, 'attacks', from)
        break
      }
      default: {
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
    // Relation types Argdown has no symbol for, kept in the data by `toArgdown`.
    for (const [type, targets] of Object.entries(own.get(id)!)) {
      if (type === 'kind' || type === 'supports' || type === 'attacks' || type === 'explains' || !Object.hasOwn(kit.relationTypes, type)) continue
      // Types Argdown writes as support came with the support relation above.
      if (Array.isArray(targets)) for (const target of targets) if (typeof target === 'string' && used.has(target)) add(id, type, target)
    }
  }

  const draft: DraftNode[] = []
  for (const element of elements) {
    const id = ids.get(element)!
    const data = own.get(id)!
    const kind = typeof data.kind === 'string' && kit.kind(data.kind) ? data.kind : kit.kind('claim') ? 'claim' : kit.kindNames[0]!
    const info = kit.kind(kind)
    const attributes: Record<string, string | number | boolean> = {}
    for (const [key, value] of Object.entries(data)) {
      if (key === 'kind' || Object.hasOwn(kit.relationTypes, key) || !info?.attributes.has(key)) continue
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') attributes[key] = value
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
      text: canonicalText(element),
      attributes,
      relations: byType && new Map([...byType].map(([type, targets]) => [type, [...targets]])),
      section
    })
  }
  return {markdown: writeDraft(draft, typeof response.title === 'string' ? response.title : undefined), file}
}

/** The relation types the source's data names for this target (`supports` when it names none). */
function namedTypes(data: Record<string, unknown> | undefined, target: string, kit: AnyKit): string[] {
  const types: string[] = []
  for (const [type, targets] of Object.entries(data ?? {})) {
    if (Object.hasOwn(argdownRelations, type) && argdownRelations[type] === '+>' && Object.hasOwn(kit.relationTypes, type) && Array.isArray(targets) && targets.includes(target)) types.push(type)
  }
  return types.length > 0 ? types : ['supports']
}

function argmarkData(element: ModelNode): Record<string, unknown> {
  const data = element.data as {argmark?: unknown} | undefined
  return typeof data?.argmark === 'object' && data.argmark !== null && !Array.isArray(data.argmark) ? (data.argmark as Record<string, unknown>) : {}
}

// The text of the last member that defines one (Argdown's canonical member).
function canonicalText(element: ModelNode): string {
  for (let index = element.members.length - 1; index >= 0; index--) {
    const text = element.members[index]!.text
    if (typeof text === 'string' && !element.members[index]!.isReference) return text.trim()
  }
  return ''
}

function point(line: number | undefined, column: number | undefined) {
  return line === undefined ? undefined : {line, column: column ?? 1}
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}
