import type {VFile} from 'vfile'
import {report} from '../util/report.js'
import type {CslEngine} from './csl/engine.js'

/** A CSL style's `<title>` (exported for the ReDoS test). */
export const styleTitle = /<title>([^<]{1,200})<\/title>/u

/** citeproc-js's prefix of the errors it throws (exported for the ReDoS test). */
export const errorPrefix = /^citeproc-js error: /u

/** How a message names a style: its `<title>`, or argmark's default style. */
export function styleName(style: string | undefined): string {
  if (style === undefined) return 'argmark\'s default style'
  const title = styleTitle.exec(style)?.[1]?.trim()
  return title ? '`' + title + '`' : 'the given style (it has no `<title>`)'
}

/**
 * A style (or locale) citeproc-js cannot use: an `invalid-style` error
 * naming it. The document is then formatted with argmark's default style,
 * so the rest of the output can still be read, but never silently.
 */
export function reportStyleError(file: VFile, error: unknown, style: string | undefined, withLocale: boolean): void {
  const detail = error instanceof Error ? error.message : String(error)
  report(file, {
    ruleId: 'invalid-style',
    place: undefined,
    reason:
      'Unexpected failure of CSL style ' + styleName(style) + (withLocale ? ' (or its locale)' : '') + ': ' +
      detail.replace(errorPrefix, '') + ', expected a CSL 1.0 style citeproc-js can read; ' +
      'citations were formatted with argmark\'s default style instead'
  })
}

/**
 * What citeproc-js warned about while formatting (flaws of the style, such
 * as an undefined attribute or macro): one `citeproc-warning` warning each,
 * never text in the output. Clears the engine's list. A language the
 * document or style asked for with no locale given is one more warning.
 */
export function reportEngineProblems(file: VFile, engine: CslEngine, style: string | undefined): void {
  for (const warning of engine.warnings) {
    report(file, {
      ruleId: 'citeproc-warning',
      place: undefined,
      severity: 'warning',
      reason: 'Unexpected problem in CSL style ' + styleName(style) + ': ' + warning + ', expected a style citeproc-js reads without warnings'
    })
  }
  engine.warnings.length = 0
  if (engine.missingLocale !== undefined) {
    report(file, {
      ruleId: 'citeproc-warning',
      place: undefined,
      severity: 'warning',
      reason:
        'Unexpected language `' + engine.missingLocale + '` with no CSL locale, expected a locale for it ' +
        '(`--locales <folder>`, Debian\'s citation-style-language-locales, or `render`\'s `locales` option); ' +
        'en-US terms, dates and punctuation were used'
    })
  }
}
