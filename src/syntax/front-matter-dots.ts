import {frontmatter} from 'micromark-extension-frontmatter'
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import type {Code, Construct, Extension, State, TokenizeContext, Tokenizer, TokenType} from 'micromark-util-types'

/*
 * Front matter as pandoc reads it: YAML opened by `---` on the first line and
 * closed by the first line that is `---` or `...` (YAML's end of document
 * marker), whichever comes first. micromark-extension-frontmatter closes a
 * block with one fence only, so this extension adds a `...`-closed block,
 * tried before its `---`-closed one (micromark tries the constructs of a
 * later extension first: use it after `frontmatter('yaml')`), and lets it
 * start only when a probe finds a `...` line before any `---` line. Both make the same `yaml` tokens, which
 * mdast-util-frontmatter turns into one `yaml` node; `format` writes the
 * block back closed by `---`.
 */

const probeType = 'argmarkFrontMatterProbe' as TokenType
const dash = 45

/** What a line of the block is: a `---` or `...` fence (with trailing spaces), or other text. */
function fenceOf(line: string): 'dashes' | 'dots' | undefined {
  const trimmed = line.trimEnd()
  return trimmed === '---' ? 'dashes' : trimmed === '...' ? 'dots' : undefined
}

/** Succeeds when the block opened by `---` here reaches a `...` line before any `---` line. */
const tokenizeProbe: Tokenizer = function (effects, ok, nok) {
  // The first characters of the current line (at most 8: longer is no fence).
  let line = ''
  let opening = true

  const inside: State = (code: Code) => {
    if (code === null || markdownLineEnding(code)) {
      const fence = fenceOf(line)
      if (opening ? fence !== 'dashes' : fence === 'dashes') {
        effects.exit(probeType)
        return nok(code)
      }
      if (!opening && fence === 'dots') {
        effects.exit(probeType)
        return ok(code)
      }
      if (code === null) {
        effects.exit(probeType)
        return nok(code)
      }
      opening = false
      line = ''
      effects.consume(code)
      return inside
    }
    if (line.length <= 8) line += markdownSpace(code) ? ' ' : String.fromCodePoint(code)
    effects.consume(code)
    return inside
  }

  return (code: Code) => {
    effects.enter(probeType)
    return inside(code)
  }
}

const probe: Construct = {tokenize: tokenizeProbe, partial: true}

/**
 * A micromark extension for YAML front matter closed by `...`; list it after
 * `frontmatter('yaml')` (which reads the blocks closed by `---`), so it is
 * tried first.
 */
export function frontMatterDots(): Extension {
  const constructs = frontmatter({type: 'yaml', fence: {open: '---', close: '...'}}).flow?.[dash]
  const dots = (Array.isArray(constructs) ? constructs[0] : constructs) as Construct
  const construct: Construct = {
    concrete: true,
    tokenize(this: TokenizeContext, effects, ok, nok) {
      // Front matter opens on the document's first line only: anywhere else,
      // fail before the probe reads on (it would read to the end of the
      // document at every `---` line).
      const start = this.now()
      if (start.line !== 1 || start.column !== 1) return nok
      return effects.check(probe, dots.tokenize.call(this, effects, ok, nok), nok)
    }
  }
  return {flow: {[dash]: [construct]}}
}
