// Most of any report is plain prose; every generated section ends with some.
const prose = [
  'Plain prose follows, as most of any report is plain prose: the number of people living outside',
  'their country of birth has doubled in under fifty years, and states now treat the issue as central.'
]

// Deterministic argmark documents for benchmarks: sections of prose with a
// claim, factors, evidence and an objection, ids unique per section.
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

export function plainDocument(bytes) {
  const paragraph =
    'The number of people living outside their country of birth has doubled in under fifty years, ' +
    'and states now treat migration as a central question of international politics.\n\n'
  return paragraph.repeat(Math.ceil(bytes / paragraph.length))
}

// The same argument per section in Argdown's syntax, for the Argdown baseline:
// a claim, two arguments for it, evidence and an objection.
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
