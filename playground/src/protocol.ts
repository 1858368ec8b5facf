// The messages between the page and the worker that checks the draft.

/** The bibliography formats the bibliography pane takes. */
export type BibliographyFormat = 'bibtex' | 'csl-json' | 'csl-yaml'

/** The lint presets of argmark, as the preset picker offers them. */
export type Preset = 'core' | 'recommended' | 'strict'

/** Everything the page's state holds; what a shared URL carries. */
export interface PlaygroundState {
  /** The annotated Markdown draft. */
  readonly text: string
  /** The bibliography's text, in `format`. */
  readonly bibliography: string
  readonly format: BibliographyFormat
  readonly preset: Preset
  /** `notes` (argmark's default notes style), a bundled style's name, or `upload`. */
  readonly style: string
  /** The uploaded CSL style's XML, when `style` is `upload`. */
  readonly styleXml?: string | undefined
}

/** A request to check the draft; `version` names the editor's document it was made for. */
export interface CheckRequest {
  readonly version: number
  readonly text: string
  readonly bibliography: string
  readonly format: BibliographyFormat
  readonly preset: Preset
  /** The CSL style as XML; none for argmark's default notes style. */
  readonly style?: string | undefined
}

/**
 * One message, as the page shows it: on the draft (offsets 0-based into it,
 * UTF-16 code units) or on the bibliography pane's text.
 */
export interface LintMessage {
  readonly file: 'draft' | 'bibliography'
  readonly from: number
  readonly to: number
  /** 1-based line and column of the start, as argmark reports them. */
  readonly line: number
  readonly column: number
  readonly severity: 'error' | 'warning' | 'info'
  readonly reason: string
  readonly ruleId: string | undefined
  readonly url: string | undefined
  /** Replacements of `from`..`to` that fix the problem (argmark's `expected`). */
  readonly expected: readonly string[]
}

/** The worker's answers: messages (fast), the views (prose, graph, map), or a failure of either. */
export type CheckResponse =
  | {readonly type: 'failure'; readonly version: number; readonly reason: string}
  | {readonly type: 'messages'; readonly version: number; readonly messages: readonly LintMessage[]; readonly milliseconds: number}
  | {
      readonly type: 'views'
      readonly version: number
      readonly html: string
      readonly json: string
      readonly svg: string
      /** Why the map could not be laid out, if it could not. */
      readonly svgError?: string | undefined
    }
