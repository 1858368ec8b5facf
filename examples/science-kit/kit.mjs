// A kit for lab reports and study protocols: hypotheses, the methods that test
// them, and the results those methods gave. Named in .argmarkrc.json, it is
// what every `argmark` command (and the language server) reads drafts here with.
import {defaultKit, defineGraphRule} from 'argmark'
import {z} from 'zod'

/** Every hypothesis is put to a test: some method `tests` it. */
export const untestedHypothesis = defineGraphRule({
  id: 'science:untested-hypothesis',
  url: 'https://github.com/argmark/argmark/blob/main/examples/science-kit/README.md#untested-hypothesis',
  presets: {recommended: 'warn'},
  check(graph, report, _options, {index}) {
    for (const node of graph.nodes) {
      if (node.kind !== 'hypothesis') continue
      const tested = (index.incoming.get(node.id) ?? []).some((relation) => relation.type === 'tests')
      if (!tested) {
        report(node, 'Unexpected hypothesis `' + node.id + '` that no method tests, expected a method with `tests=' + node.id + '`')
      }
    }
  }
})

export const kit = defaultKit.extend({
  relationTypes: {
    tests: {description: 'The method puts the hypothesis to a test.'}
  },
  kinds: {
    hypothesis: {
      description: 'A claim put forward to be tested.',
      attributes: {confidence: z.number().min(0).max(1).optional()}
    },
    method: {
      description: 'How a hypothesis is tested: a design, a sample, a measure.',
      attributes: {sample: z.number().int().positive().optional()},
      relations: {tests: {to: ['hypothesis'], required: true}}
    },
    result: {
      description: 'What a method found.',
      attributes: {significant: z.boolean().optional()},
      relations: {supports: ['hypothesis', 'claim'], attacks: ['hypothesis', 'claim']}
    }
  },
  rules: [untestedHypothesis]
})

export default kit
