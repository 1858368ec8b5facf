// Deterministic benchmark drafts: the same bytes on every run and machine.
// Four shapes of argmark draft, the same argument in Argdown's syntax, and
// the CSL items the citation-heavy draft cites.

// Most of any report is plain prose; every generated section ends with some.
const prose = [
  'Plain prose follows, as most of any report is plain prose: the number of people living outside',
  'their country of birth has doubled in under fifty years, and states now treat the issue as central.'
]

/** The shapes `npm run bench` measures, by name: each a function of a size in bytes. */
export const shapes = {
  plain: plainDocument,
  annotated: annotatedDocument,
  'list-heavy': listHeavyDocument,
  'citation-heavy': citationHeavyDocument
}

/** Sections of prose with a claim, factors, evidence and an objection, ids unique per section. */
export function annotatedDocument(bytes) {
  return sections('---\ntitle: Generated benchmark draft\n---\n', bytes, (section, s) => [
    `## Section ${s}`,
    '',
    `:::claim{#claim-${s}}`,
    `Civil society has done little to shape policy area ${s} as a whole, at 10:30 on a 3:1 ratio.`,
    ':::',
    '',
    `Two factors explain it. :factor[Funding goes to services]{#funding-${s} explains=claim-${s} group=issue-area}`,
    `and :factor[regional talks exclude NGOs]{#regional-${s} explains=claim-${s} group=policy-network}.`,
    `In ${String(1990 + (section % 30))} :evidence[about ${String(100 + (section % 90))} million people lived abroad]{#stock-${s} type=statistic supports=funding-${s}} [@unpd2002, p. 1].`,
    '',
    `- A list item with *emphasis* and a [link](https://example.org/${s}).`,
    `- :objection[Regional talks coordinate restriction]{#critics-${s} attacks=regional-${s}}`,
    '',
    ...prose,
    ''
  ])
}

/** Paragraphs of prose, nothing else. */
export function plainDocument(bytes) {
  const paragraph =
    'The number of people living outside their country of birth has doubled in under fifty years, ' +
    'and states now treat migration as a central question of international politics.\n\n'
  return paragraph.repeat(Math.ceil(bytes / paragraph.length))
}

/** Short paragraphs with a list between each two: the shape micromark handles worst. */
export function listHeavyDocument(bytes) {
  return sections('', bytes, (section, s) => [
    `Point ${s} has three parts, each of which a reader may want to check on its own:`,
    '',
    `- the first part, with *emphasis*, about area ${s};`,
    `- the second part, with a [link](https://example.org/${s});`,
    `- the third part, with \`code\` and 10:30 in it.`,
    '',
    `1. Then a numbered step ${String(section % 9)},`,
    '2. and another one.',
    ''
  ])
}

/** Paragraphs of five sentences, each with a pandoc citation of one of `citationItems()` and a page. */
export function citationHeavyDocument(bytes) {
  const parts = ['---\ntitle: Generated citation draft\nbibliography: sources.json\n---\n']
  let size = parts[0].length
  let seed = 7
  for (let index = 0; size < bytes; index++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    const sentence =
      `Sentence ${index} reports a finding about policy networks [@k${seed % sourceCount}, p. ${1 + (seed % 300)}].` +
      (index % 5 === 4 ? '\n\n' : ' ')
    parts.push(sentence)
    size += sentence.length
  }
  return parts.join('')
}

const sourceCount = 200

/** The CSL items the citation-heavy draft cites (`k0` … `k199`). */
export function citationItems() {
  return Array.from({length: sourceCount}, (_, index) => ({
    id: 'k' + index,
    type: index % 2 ? 'book' : 'article-journal',
    title: 'A study of things number ' + index,
    author: [{family: 'Author' + (index % 37), given: 'Ann'}],
    issued: {'date-parts': [[1950 + (index % 60)]]},
    publisher: 'Press',
    'publisher-place': 'City',
    'container-title': 'Journal',
    volume: String(index)
  }))
}

/**
 * The annotated draft's argument in Argdown's syntax, section for section (a
 * claim, two arguments for it, evidence and an objection, and the same
 * prose), for the Argdown baseline.
 */
export function argdownDocument(bytes) {
  return sections('# Generated benchmark draft\n', bytes, (section, s) => [
    `## Section ${s}`,
    '',
    `[Claim ${s}]: Civil society has done little to shape policy area ${s} as a whole.`,
    `  <+ <Funding ${s}>: Funding goes to services rather than to advocacy.`,
    `    <+ [Stock ${s}]: About ${String(100 + (section % 90))} million people lived abroad.`,
    `  <+ <Regional ${s}>: Regional talks exclude NGOs from the dialogue between states.`,
    `    <- <Critics ${s}>: Regional talks coordinate restriction rather than protection.`,
    '',
    ...prose,
    ''
  ])
}

// A header, then numbered sections until the document reaches `bytes`.
function sections(header, bytes, section) {
  const parts = [header]
  let size = header.length
  for (let index = 0; size < bytes; index++) {
    const text = section(index, String(index)).join('\n')
    parts.push(text)
    size += text.length + 1
  }
  return parts.join('\n')
}
