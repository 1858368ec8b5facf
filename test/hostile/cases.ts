// Hostile inputs, each of one kind, with the outcome it must show. Sizes are
// kept to what a 2-core machine runs in a test; the kinds are those of
// issue 15 (see docs/security.md). Generated, so the repository holds no
// megabyte fixtures.

/** One hostile input and what it must show. */
export interface HostileCase {
  readonly name: string
  /** The document (built when the case runs). */
  readonly document: () => string
  /** Rule ids that must be reported (by `check`), e.g. for malformed input. */
  readonly reports?: readonly string[]
  /** When given: exactly these rule ids are reported (by every verb the case runs), no other. */
  readonly reportsOnly?: readonly string[]
  /** Words the prose checker may not find in the outputs, because a reported message says why (its id). */
  readonly lossExplainedBy?: string
  /** A BibTeX bibliography to load and use. */
  readonly bibtex?: () => string
  /** A CSL style to render with. */
  readonly style?: string
  /** The verbs to run (default: all); the largest inputs run fewer. */
  readonly verbs?: readonly string[]
  /** The hang guard, in seconds (default 60): generous, not a benchmark. */
  readonly budget?: number
}

const repeat = (count: number, make: (index: number) => string): string => {
  let text = ''
  for (let index = 0; index < count; index++) text += make(index)
  return text
}

const xss = [
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  "x onerror=alert(1) y='",
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '&#106;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)'
]

export const hostileCases: readonly HostileCase[] = [
  // Size.
  // Sentences in lower case are one sentence to parse-latin, which joined its full stops by splicing it once each (src/util/latin.ts): 38 s CPU a text render of 1.3 MB before.
  {name: 'a 1 MB single line of prose', document: () => repeat(42_000, (index) => 'word' + String(index % 97) + ' prose text here. '), reportsOnly: [], budget: 180},
  // The 10 MB line: every verb is measured in docs/security.md (scripts/line-timings.js, about 10× the 1 MB times); parse, check and format run here.
  {name: 'a 10 MB single line of prose', document: () => repeat(420_000, (index) => 'word' + String(index % 97) + ' prose text here. '), verbs: ['parse', 'check', 'format'], reportsOnly: [], budget: 240},
  {name: 'a 1 MB single line without a space', document: () => repeat(100_000, (index) => 'wordword' + String(index % 97)) + '\n', reportsOnly: [], budget: 180},
  // GFM strikethrough walked back over the paragraph from each closer (src/syntax/strikethrough-limit.ts): 40,000 lone closers took 47 s a parse.
  {name: '100,000 lone strikethrough closers in one paragraph (400 KB)', document: () => 'a~~ '.repeat(100_000) + '\n', verbs: ['parse', 'check', 'format', 'render'], reportsOnly: [], budget: 180},
  {name: '20,000 strikethrough pairs in one paragraph', document: () => '~~a~~ '.repeat(20_000) + '\n', verbs: ['parse', 'check', 'format', 'render'], reportsOnly: ['format-skipped', 'nesting-too-deep'], budget: 180},
  // pandoc's superscript and subscript: each marker reads on to the next marker or space only (src/syntax/scripts/syntax.ts).
  {name: 'a 600 KB line of carets, tildes and note brackets without a space', document: () => repeat(60_000, (index) => ['x^a', '~b', '[^c', 'H~e~O', '^'][index % 5]! + String(index % 7)) + '\n', verbs: ['parse', 'check', 'format', 'render'], budget: 180},
  {name: 'a 1 MB word after one caret and one tilde', document: () => 'x^~' + repeat(100_000, (index) => 'wordword' + String(index % 97)) + '\n', verbs: ['parse', 'check', 'format', 'render'], budget: 180},
  // pandoc's escaped space (src/syntax/escaped-space.ts), written back by the escape stand-ins (src/syntax/to-markdown.ts).
  {name: 'a 120 KB paragraph of escaped spaces, escaped backslashes and escaped dollars', document: () => repeat(30_000, (index) => ['a\\ ', 'b\\\\ ', 'c\\\\\\ ', '\\$', 'p.\\ 3 '][index % 5]!) + '\n', verbs: ['parse', 'check', 'format', 'render'], budget: 180},
  {name: '20,000 annotated nodes', document: () => repeat(20_000, (index) => ':claim[Point ' + String(index) + ']{#c' + String(index) + '}\n\n'), verbs: ['parse', 'check', 'render'], budget: 180},
  {name: '100,000 short paragraphs', document: () => repeat(100_000, (index) => 'p' + String(index % 50) + '\n\n'), verbs: ['parse', 'check'], budget: 180},
  // Nesting.
  {name: '10,000-deep block quotes', document: () => '> '.repeat(10_000) + 'Deepest quoted words.\n', reports: ['nesting-too-deep']},
  // The guard read everything after a fenced code block closed inside a block quote as code: 5,000-deep block quotes after it took 3.3 s a parse.
  {name: 'a fence closed in a block quote, then 10,000-deep block quotes', document: () => '> ```\n> code\n> ```\n\n' + '> '.repeat(10_000) + 'Deepest quoted words.\n', reports: ['nesting-too-deep']},
  {name: '500-deep nested list (250 KB)', document: () => repeat(500, (index) => ' '.repeat(2 * index) + '- item' + String(index) + '\n'), reports: ['nesting-too-deep']},
  {name: '2,000-deep unclosed directive containers', document: () => ':::claim\n'.repeat(2000) + 'Innermost words.\n', reports: ['nesting-too-deep'], budget: 120},
  {name: '10,000-deep unclosed directive containers', document: () => ':::claim\n'.repeat(10000) + 'Innermost words.\n', reports: ['nesting-too-deep', 'unclosed-container'], budget: 240},
  {name: '200-deep closed directive containers', document: () => repeat(200, (level) => ':'.repeat(203 - level) + 'claim\n') + 'Core words.\n' + repeat(200, (level) => ':'.repeat(4 + level) + '\n'), reports: ['nesting-too-deep']},
  {name: 'block quotes and lists interleaved 5,000 deep', document: () => '> - '.repeat(5000) + 'Interleaved words.\n', reports: ['nesting-too-deep']},
  {name: '50,000 brackets around one citation', document: () => 'See ' + '['.repeat(50_000) + '@doe' + ']'.repeat(50_000) + ' here.\n', reports: ['nesting-too-deep']},
  {name: '50,000 unclosed brackets', document: () => 'Open ' + '['.repeat(50_000) + ' words.\n'},
  {name: '1,000-deep emphasis', document: () => repeat(1000, (index) => (index % 2 ? '_' : '*') + 'w' + String(index) + ' ') + 'core' + repeat(1000, (index) => ' e' + String(999 - index) + ((999 - index) % 2 ? '_' : '*')) + '\n', reports: ['nesting-too-deep'], budget: 120},
  // Emphasis nested across runs grew with the depth squared in micromark's resolveAllAttention (3,000 levels: 6.9 s a parse, 9.4 s a render); read as text beyond 100 levels now.
  {name: '3,000-deep emphasis', document: () => repeat(3000, (index) => (index % 2 ? '_' : '*') + 'w' + String(index) + ' ') + 'core' + repeat(3000, (index) => ' e' + String(2999 - index) + ((2999 - index) % 2 ? '_' : '*')) + '\n', reportsOnly: ['format-skipped', 'nesting-too-deep']},
  {name: 'a run of 6,000 asterisks on each side of a word', document: () => 'Starred ' + '*'.repeat(6000) + 'word' + '*'.repeat(6000) + ' here.\n', reportsOnly: ['format-skipped', 'nesting-too-deep']},
  // micromark splices a paragraph's events once per matched emphasis pair, and walks back over the paragraph for each closer without an opener:
  // 60,000 pairs in one paragraph took 47 s a parse, 20,000 lone closers 29 s (3.7 s and 0.7 s CPU now: sequences beyond 5,000 in a paragraph are text; lone closers join data runs in one pass).
  {name: '60,000 emphasis pairs in one paragraph', document: () => '*a* **b** _c_ '.repeat(20_000) + '\n', reports: ['nesting-too-deep'], budget: 120},
  {name: '20,000 emphasis closers without an opener', document: () => 'a* '.repeat(20_000) + '\n', reportsOnly: ['format-skipped', 'nesting-too-deep'], budget: 120},
  {name: 'a run of 20,000 alternating emphasis markers', document: () => '*_'.repeat(10_000) + 'inside' + '_*'.repeat(10_000) + '\n', reports: ['nesting-too-deep']},
  {name: '20,000 lazy lines in a block quote', document: () => '> Quoted start\n' + 'lazy continuation words\n'.repeat(20_000), reports: ['nesting-too-deep']},
  // Colons that cannot start a directive, which micromark still tries (see src/syntax/colons.ts): about 26 s a parse before;
  // and inner-word symbols, which parse-latin joined by splicing the sentence once each (src/util/latin.ts): 14 s CPU a text render before.
  {name: '50,000 clock times in one paragraph', document: () => 'The talks ran at ' + '10:30 '.repeat(50_000) + '"and" ended.\n', reportsOnly: []},
  // Inline constructs in one paragraph, each ending a run of data tokens that micromark joined with one splice each (src/syntax/data-runs.ts): 4.7 s a parse for 25,000 before (16 s for 50,000).
  {name: '25,000 text directives in one paragraph', document: () => 'At ' + 'a:b '.repeat(25_000) + 'end.\n', reportsOnly: [], budget: 120},
  {name: '20,000 lazy lines in a list item', document: () => '- Item start\n' + 'lazy item words\n'.repeat(20_000), reports: ['nesting-too-deep']},
  {name: 'nested images and links 5,000 deep', document: () => '![a '.repeat(5000) + 'x' + '](y)'.repeat(5000) + ' tail words\n', reports: ['nesting-too-deep']},
  // Citations and notes.
  {name: '10,000 citations in one cluster', document: () => 'Many sources [' + repeat(10_000, (index) => (index ? '; ' : '') + '@k' + String(index)) + '].\n', reports: ['missing-bibliography'], budget: 120},
  // Support standing in a later clause's named study (src/lint/prose/coverage-named.ts) read the whole sentence once per vague source in it: 4,000 sources took 99 s to lint before each sentence was read once.
  {name: '6,000 vague sources before one named study and its citation, in one sentence', document: () => 'Residents say the road floods' + ', and growers say the road floods'.repeat(6_000) + ', and the council survey found it dry [@survey].\n', verbs: ['lint'], reports: ['vague-attribution']},
  // Hearsay beside the writer's own data (src/lint/prose/coverage-clause.ts) read the sentence's references once per impersonal passive in it: 4,000 took 94 s to lint before each sentence was read once.
  {name: '6,000 impersonal passives before a pointer into the document, in one sentence', document: () => 'It is said that the road floods' + ', and it is said that the road floods'.repeat(6_000) + ', yet the counts show it dry (Figure 5).\n', verbs: ['lint'], reports: ['vague-attribution']},
  {name: '10,000 sentences with a citation each', document: () => repeat(10_000, (index) => 'Sentence ' + String(index) + ' says [@k' + String(index % 100) + ', p. 3]. '), reports: ['missing-bibliography'], budget: 120},
  {name: '10,000 footnotes', document: () => repeat(10_000, (index) => 'Note ' + String(index) + '[^n' + String(index) + ']. ') + '\n\n' + repeat(10_000, (index) => '[^n' + String(index) + ']: Footnote text ' + String(index) + '.\n'), budget: 120},
  // citeproc with a bibliography (scripts/citeproc-timings.js measures 10,000 against 10,000: linear, about 3.5 ms CPU a citation with a note style).
  {
    name: '2,000 citations against a 2,000-entry bibliography',
    document: () => repeat(2000, (index) => 'Sentence ' + String(index) + ' says this [@k' + String(index) + ', p. ' + String((index % 300) + 1) + ']. ') + '\n',
    bibtex: () => repeat(2000, (index) => '@book{k' + String(index) + ', title={A book title number ' + String(index) + '}, author={Author' + String(index % 600) + ', Jane}, year=' + String(1950 + (index % 70)) + ', publisher={Press}}\n'),
    verbs: ['check', 'render'],
    reportsOnly: [],
    budget: 300
  },
  // micromark-extension-gfm-footnote walked back over the text's events at every `]` to find a `![` before it (src/syntax/footnote-calls.ts): 40,000 took about 10 s a parse.
  {name: '50,000 closing brackets after a word', document: () => 'Closed' + ']'.repeat(50_000) + ' words.\n', reportsOnly: []},
  // A run of data tokens ended by one of micromark's own constructs (here `a`, then a `]` that closes nothing, then a label start `[`) was joined with one splice of the paragraph each (src/syntax/data-runs.ts): 80,000 took 27 s a parse, 2.5 s now.
  {name: '100,000 bracketed words in one paragraph', document: () => 'See ' + '[a]'.repeat(100_000) + ' words.\n', verbs: ['parse', 'check'], reportsOnly: []},
  {name: 'a self-referencing footnote', document: () => 'Text[^a].\n\n[^a]: See note[^a] again.\n'},
  {name: 'footnotes referring to each other in a ring', document: () => 'Text[^a].\n\n[^a]: To b[^b].\n\n[^b]: To a[^a].\n'},
  // About 40 s of every verb on an idle machine (37.6 s in one clean run; parse, lint, format and render
  // 3.4 to 4.4 s each): over the default 60 s when other work shares the CPU, so it has the
  // footnotes' budget. A hang still shows.
  {name: '10,000 link reference definitions and uses', document: () => repeat(10_000, (index) => '[r' + String(index) + '] ') + '\n\n' + repeat(10_000, (index) => '[r' + String(index) + ']: https://example.org/' + String(index) + '\n'), budget: 120},
  // Tables and lines.
  {name: 'a table of 2,000 rows by 20 columns', document: () => '| ' + repeat(20, (c) => 'h' + String(c) + ' | ') + '\n|' + '---|'.repeat(20) + '\n' + repeat(2000, (r) => '| ' + repeat(20, (c) => 'r' + String(r) + 'c' + String(c) + ' | ') + '\n'), budget: 120},
  {name: 'a table 5,000 columns wide', document: () => '|' + repeat(5000, (c) => ' col' + String(c) + ' |') + '\n|' + '-|'.repeat(5000) + '\n|' + repeat(5000, (c) => ' v' + String(c) + ' |') + '\n'},
  {name: 'an unclosed code fence over 1 MB', document: () => '```\n' + 'code line words\n'.repeat(70_000), verbs: ['parse', 'check', 'render'], budget: 120},
  {name: '100,000 colons', document: () => 'Ratio ' + ':'.repeat(100_000) + ' words\n\n' + ':'.repeat(100_000) + 'claim\n'},
  {name: 'a directive name 100,000 characters long', document: () => 'Text :' + 'a'.repeat(100_000) + '[label words] end\n'},
  {name: '10,000 times of day read as prose', document: () => repeat(10_000, (index) => 'At 10:' + String(10 + (index % 50)) + ' ') + '\n', budget: 120},
  {name: '10,000 malformed attribute blocks', document: () => repeat(10_000, (index) => ':claim[x' + String(index) + ']{#a' + String(index) + ' title="oops} tail\n\n'), reports: ['malformed-directive'], budget: 120},
  // Characters.
  {name: 'every C0 and C1 control character in prose', document: () => 'Before ' + repeat(32, (code) => String.fromCharCode(code) + 'c' + String(code) + ' ') + repeat(32, (code) => String.fromCharCode(128 + code) + 'd' + String(code) + ' ') + ' after\n'},
  {name: 'lone surrogates in prose, ids and attributes', document: () => 'Lone \uD800 high and \uDC00 low :claim[x\uD800y]{#a title="\uDFFF"} end.\n'},
  {name: 'byte order marks at the start and inside', document: () => '\uFEFF:claim[First words]{#first}\n\nMiddle\uFEFFword and \uFEFF:claim[second]{#second}.\n'},
  {name: 'NUL characters everywhere', document: () => 'Nul\u0000word :claim[a\u0000b]{#n\u0000 supports=\u0000} [@k\u0000]\n\n---\u0000\n'},
  {name: 'invalid UTF-8 decoded with replacement characters', document: () => new TextDecoder().decode(new Uint8Array([0x48, 0x69, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x20, 0xe2, 0x82, 0x20, 0x6f, 0x6b, 0x0a]))},
  {name: 'CRLF, lone CR and LF mixed', document: () => ':::claim{#a}\r\nLine one\rLine two\nLine three\r\n:::\r\rTail words\n'},
  {name: 'tabs as indentation 200 deep', document: () => repeat(200, (index) => '\t'.repeat(index) + '- tab' + String(index) + '\n'), reports: ['nesting-too-deep']},
  // 1,000 levels of tab-indented list items (500 KB, the tabs growing line by line): more than a minute before the nesting limits; about 2.5 s a verb now.
  {name: 'tabs as indentation 1,000 deep (500 KB)', document: () => repeat(1000, (index) => '\t'.repeat(index) + '- tab' + String(index) + '\n'), reportsOnly: ['nesting-too-deep'], verbs: ['parse', 'lint', 'render'], budget: 180},
  // Ids and graphs.
  {name: 'ids __proto__, constructor, toString and hasOwnProperty', document: () => ':claim[A]{#__proto__}\n\n:claim[B]{#constructor supports=__proto__}\n\n:claim[C]{#toString supports=constructor}\n\n:evidence[D]{#hasOwnProperty supports=toString}\n', reports: ['malformed-id']},
  {name: 'a reference cycle of length 1', document: () => ':claim[Self supporting words]{#self supports=self}\n', reports: ['circular-support']},
  {name: 'a reference cycle of length 10,000', document: () => repeat(10_000, (index) => ':claim[c' + String(index) + ']{#c' + String(index) + ' supports=c' + String((index + 1) % 10_000) + '}\n\n'), reports: ['circular-support'], budget: 120},
  // Front matter.
  {name: 'a YAML alias bomb in front matter', document: () => '---\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\n\nBody words.\n', reports: ['invalid-front-matter']},
  {name: 'custom and language-specific YAML tags in front matter', document: () => '---\ntitle: !!js/function "function () { return 1 }"\nbad: !custom thing\nbin: !!binary aGVsbG8=\n---\n\nBody words.\n', reports: ['invalid-front-matter']},
  {name: 'a 1 MB title in front matter', document: () => '---\ntitle: "' + 'long '.repeat(200_000) + '"\n---\n\nBody words.\n'},
  {name: 'inline references with script in every field', document: () => '---\nreferences:\n  - id: x\n    type: book\n    title: "' + xss[0] + '"\n    URL: "javascript:alert(1)"\n    author: [{family: "<img src=x onerror=alert(1)>"}]\n---\n\nCited [@x].\n'},
  // Markup that reaches HTML.
  {name: 'attribute values carrying HTML and scripts', document: () => ':claim[Safe words]{#a title="' + xss[0]!.replaceAll('"', '&quot;') + '" note=\'javascript:alert(1)\' onerror="alert(1)"}\n', reports: ['unknown-attribute']},
  {name: 'links and images with executable URLs', document: () => xss.map((vector, index) => '[link' + String(index) + '](' + vector.replaceAll(' ', '%20').replaceAll(')', '%29') + ') ![img' + String(index) + '](' + vector.replaceAll(' ', '%20').replaceAll(')', '%29') + ')').join('\n\n') + '\n\n<javascript:alert(1)>\n'},
  {name: 'raw HTML script, style, iframe and event handlers', document: () => 'Before words.\n\n<script>alert(1)</script>\n\n<div onclick="alert(1)">Div words</div>\n\nInline <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">anchor</a> words.\n\n<iframe src="javascript:alert(1)"></iframe><style>*{}</style>\n\n<svg><script>alert(1)</script></svg>\n'},
  {name: 'citation prefixes and suffixes carrying HTML', document: () => 'Claimed [<script>alert(1)</script> see @doe, p. 4 <img src=x onerror=alert(1)>].\n\n---\n', bibtex: () => '@book{doe, title={A <script>alert(1)</script> title}, author={Doe, Jane}, url={javascript:alert(1)}, year=2001}\n'},
  // Bibliographies and styles.
  {name: 'BibTeX with unbalanced braces', document: () => 'Cited [@a].\n', bibtex: () => '@book{a, title={Open {brace, author={Doe, J}, year=2000\n@article{b, title={x}}}}}, year=1}\n'},
  {name: 'BibTeX with a 1 MB field', document: () => 'Cited [@big].\n', bibtex: () => '@book{big, title={' + 'longword '.repeat(110_000) + '}, author={Doe, Jane}, year=2001}\n', budget: 120},
  {name: 'a CSL style that is not XML', document: () => 'Cited [@x] words.\n\n---\n', style: 'this is { not xml <', bibtex: () => '@book{x, title={T}, author={Doe, Jane}, year=2001}\n', reports: ['invalid-style']},
  {name: 'a CSL style whose macros call each other in a loop', document: () => 'Cited [@x] words.\n', bibtex: () => '@book{x, title={T}, author={Doe, Jane}, year=2001}\n', style: '<?xml version="1.0" encoding="utf-8"?><style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"><info><title>Loop</title><id>loop</id><updated>2020-01-01T00:00:00+00:00</updated></info><macro name="a"><text macro="b"/></macro><macro name="b"><text macro="a"/></macro><citation><layout><text macro="a"/></layout></citation></style>', reports: ['invalid-style']}
]
