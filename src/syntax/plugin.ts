import {directiveFromMarkdown} from 'mdast-util-directive'
import {frontmatterFromMarkdown, frontmatterToMarkdown} from 'mdast-util-frontmatter'
import {gfmFromMarkdown, gfmToMarkdown} from 'mdast-util-gfm'
import {directive} from 'micromark-extension-directive'
import {frontmatter} from 'micromark-extension-frontmatter'
import {gfm} from 'micromark-extension-gfm'
import type {Processor} from 'unified'
import {citationFromMarkdown} from './citation/from-markdown.js'
import {citationSyntax} from './citation/syntax.js'
import {mergeDataRunsIn, mergeDataRunsInCore} from './data-runs.js'
import {emphasisDepth} from './emphasis-depth.js'
import {escapedSpaceSyntax, escapedSpaceToMarkdown} from './escaped-space.js'
import {escapesFromMarkdown} from './escapes.js'
import {gfmFootnoteCalls} from './footnote-calls.js'
import {frontMatterDots} from './front-matter-dots.js'
import {headingAttributesFromMarkdown, headingAttributesToMarkdown} from './heading-attributes.js'
import {inlineNotesFromMarkdown, inlineNotesToMarkdown} from './inline-notes.js'
import {mathSyntax} from './math/syntax.js'
import {mathFromMarkdown} from './math/from-markdown.js'
import {mathToMarkdown} from './math/to-markdown.js'
import {scriptsFromMarkdown} from './scripts/from-markdown.js'
import {scriptsSyntax} from './scripts/syntax.js'
import {scriptsToMarkdown} from './scripts/to-markdown.js'
import {gfmOptions, strikethroughLimit} from './strikethrough-limit.js'
import {argmarkToMarkdown} from './to-markdown.js'

/**
 * Add argmark's syntax to a processor: GFM (footnotes, tables), YAML front
 * matter, generic directives, pandoc citations, pandoc's TeX math and its
 * superscript and subscript (`^…^`, `~…~`; GFM's strikethrough only as `~~…~~`)
 * and its escaped space (`Dr.\\ Smith`, a non-breaking space).
 *
 * The parts are added here, in this order, rather than with `this.use` (which
 * would run them after this plugin): argmark's serializer handlers come last
 * so they win. Directives are registered directly rather than through
 * remark-directive so the parser records attribute positions (`verbose`) for
 * diagnostics and the serializer writes attributes and prose as authors do.
 * It reads with the extensions `parse` reads with (`addParseSyntax`), so
 * runs of text are joined as constructs match (`mergeDataRunsInCore`,
 * `mergeDataRunsIn`) and no paragraph costs its constructs × its events.
 */
export function remarkArgmarkSyntax(this: Processor): undefined {
  addParseSyntax(this, true)
  ;(this.data().toMarkdownExtensions ||= []).push(gfmToMarkdown(), frontmatterToMarkdown('yaml'), headingAttributesToMarkdown(), inlineNotesToMarkdown(), mathToMarkdown(), scriptsToMarkdown(), escapedSpaceToMarkdown(), argmarkToMarkdown())
}

/**
 * The reading half of `remarkArgmarkSyntax`: the same micromark and
 * mdast-util-from-markdown extensions, in the same order, without the
 * serializer's. What `parse` uses, so that a program that only parses does
 * not carry mdast-util-to-markdown.
 */
export function remarkArgmarkParseSyntax(this: Processor): undefined {
  addParseSyntax(this, true)
}

/**
 * `remarkArgmarkParseSyntax` without front matter: for the blocks of a
 * document after its first (see `parseBlocks`), which micromark would
 * otherwise read as front matter when they start with a `---` line (it allows
 * front matter on line 1 of what it parses).
 */
export function remarkArgmarkBlockSyntax(this: Processor): undefined {
  addParseSyntax(this, false)
}

function addParseSyntax(processor: Processor, frontMatter: boolean): void {
  const data = processor.data()
  // Text constructs that join data runs in one pass (see `mergeDataRunsIn`).
  ;(data.micromarkExtensions ||= []).push(mergeDataRunsInCore(), mergeDataRunsIn(gfm(gfmOptions)), mergeDataRunsIn(gfmFootnoteCalls()), mergeDataRunsIn(strikethroughLimit()), ...(frontMatter ? [frontmatter('yaml'), frontMatterDots()] : []), mergeDataRunsIn(directive()), mergeDataRunsIn(citationSyntax()), mergeDataRunsIn(mathSyntax()), mergeDataRunsIn(scriptsSyntax()), mergeDataRunsIn(escapedSpaceSyntax()), mergeDataRunsIn(emphasisDepth()))
  // GFM's autolink literals are found by a transform that splits text into
  // nodes with no position, whose brackets inline notes cannot count: it runs
  // after the notes are read (`a^[see https://x.org/p]` is a note holding a link).
  const gfmParts = gfmFromMarkdown()
  const gfmExtensions = gfmParts.map(({transforms: _, ...extension}) => extension)
  const gfmTransforms = gfmParts.flatMap((extension) => extension.transforms ?? [])
  ;(data.fromMarkdownExtensions ||= []).push(
    gfmExtensions,
    ...(frontMatter ? [frontmatterFromMarkdown('yaml')] : []),
    directiveFromMarkdown({verbose: true}),
    citationFromMarkdown(),
    mathFromMarkdown(),
    scriptsFromMarkdown(),
    headingAttributesFromMarkdown(),
    inlineNotesFromMarkdown(),
    escapesFromMarkdown(),
    {transforms: gfmTransforms}
  )
}
