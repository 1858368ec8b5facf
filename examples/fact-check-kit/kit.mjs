// A kit for fact-checkers: every claim can carry a `rating`, and a rated
// claim must cite the source the rating rests on. Named in .argmarkrc.json,
// it is what every `argmark` command (and the language server) reads drafts
// here with.
import {defaultKit, defineGraphRule} from 'argmark'
import {z} from 'zod'

export const ratings = ['true', 'mostly-true', 'half-true', 'mostly-false', 'false', 'unproven']

/** A rated claim cites a source: the rating is only as good as what it rests on. */
export const ratedClaimCites = defineGraphRule({
  id: 'factcheck:rated-claim-cites',
  url: 'https://github.com/argmark/argmark/blob/main/examples/fact-check-kit/README.md#rated-claim-cites',
  presets: {core: 'error'},
  check(graph, report, _options, {index}) {
    for (const node of graph.nodes) {
      if (node.kind !== 'claim' || node.rating === undefined || index.cited.has(node.id)) continue
      report(
        node,
        'Unexpected claim `' + node.id + '` rated `' + node.rating + '` without a citation, expected the source of the rating right after it, such as `[@key, p. N]`'
      )
    }
  }
})

const {claim} = defaultKit.kinds

export const kit = defaultKit.extend({
  kinds: {
    claim: {
      ...claim,
      attributes: {...claim.attributes, rating: z.enum(ratings).optional()}
    }
  },
  rules: [ratedClaimCites]
})

export default kit
