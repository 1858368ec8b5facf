/**
 * GFM footnote calls written after `!` (`![^a]`), found in constant time.
 *
 * `![` starts an image label, so micromark-extension-gfm-footnote reads such a
 * call at its `]`, after micromark's label end has found no image there: its
 * `gfmPotentialFootnoteCall` walks back over all the events of the text so far
 * to find the image label start, at every `]`. A line of n `]` cost n × n
 * (40,000: about 10 s a parse).
 *
 * Label ends keep the label starts that are still open on a stack
 * (`_labelStarts`): at a `]`, micromark's label end first drops the starts
 * that an earlier `]` found balanced, takes the last one left, and marks it
 * balanced when it closes nothing. The construct here runs after it at the
 * same `]` and takes that start from the stack: the last entry, if balanced,
 * is the one this `]` closed. It reads that start as the walk does (an
 * image label start, balanced, then `^` and a defined label up to here) and
 * resolves with the original's resolver, so the tokens are the same.
 *
 * Where the two starts differ, neither gives a call: the walk reaches an older
 * image start only across the `]` that balanced it, and stops at a link,
 * image, call or label start after this one only across its `[`; a defined
 * label holds neither unescaped (`test/syntax/footnote-calls.test.ts`
 * compares the two, seeded).
 */
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import {codes, types} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import {gfmConstruct} from './gfm-construct.js'

/** The name of micromark-extension-gfm-footnote's construct this one stands for. */
const replaced = 'gfmPotentialFootnoteCall'

/**
 * A micromark extension, to add after GFM's (`gfm()`), that turns off its
 * call-after-`!` construct and adds one that finds the label start in
 * constant time, with the same tokens.
 */
export function gfmFootnoteCalls(): Extension {
  return {
    disable: {null: [replaced]},
    text: {[codes.rightSquareBracket]: {...gfmConstruct(codes.rightSquareBracket, replaced), name: 'gfmFootnoteCallAfterImageStart', tokenize: tokenizeCall}}
  }
}

function tokenizeCall(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  const starts = self._labelStarts
  const labelStart = starts?.[starts.length - 1]
  const defined = (self.parser.gfmFootnotes ||= [])
  return start

  function start(code: Code): State | undefined {
    if (!labelStart || labelStart.type !== types.labelImage || !labelStart._balanced) return nok(code)
    const id = normalizeIdentifier(self.sliceSerialize({start: labelStart.end, end: self.now()}))
    if (id.codePointAt(0) !== codes.caret || !defined.includes(id.slice(1))) return nok(code)
    effects.enter('gfmFootnoteCallLabelMarker')
    effects.consume(code)
    effects.exit('gfmFootnoteCallLabelMarker')
    return ok(code)
  }
}
