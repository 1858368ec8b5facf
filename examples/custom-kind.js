// A tool builder's kit: the default vocabulary plus a `hypothesis` kind with a
// numeric attribute and a relation type of its own. Run: node examples/custom-kind.js
import {check, defaultKit, parse} from 'argmark'
import {z} from 'zod'

const kit = defaultKit.extend({
  relationTypes: {tests: {description: 'The source is a way to test the target.'}},
  kinds: {
    hypothesis: {
      description: 'A claim offered for testing, with a prior confidence.',
      attributes: {confidence: z.number().min(0).max(1)},
      relations: {tests: ['claim'], supports: ['claim']}
    }
  }
})

const draft = `
:::claim{#dearth}
International NGOs have done little to shape migration policy as a whole.
:::

:hypothesis[Donors prefer funding services to funding advocacy]{#donors confidence=0.7 tests=dearth}

:hypothesis[States keep NGOs out of regional talks]{#closed confidence=high tests=dearth}
`

const {graph} = parse(draft, {kit})
for (const node of graph.nodes) {
  if (node.kind === 'hypothesis') {
    // In TypeScript, `node.confidence` is typed `number` here, inferred from the zod schema.
    console.log(`${node.id}: ${node.text} (confidence ${node.confidence ?? 'invalid'})`)
  }
}

for (const message of check(draft, {kit})) {
  console.log(`${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)
}

console.log(Object.keys(kit.toJSONSchema()).join(' '))
