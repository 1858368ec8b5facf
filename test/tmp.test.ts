import {test} from 'vitest'
import {render} from '../src/index.js'
test('x', () => {
  console.log(JSON.stringify(render('A claim <!-- argmark-disable-line unsupported-claim --> here :factor[]{#f explains=c} and :claim[c]{#c} end.\n\n<!-- argmark-disable -->\n\nNext.\n')))
  console.log(render('---\ntitle: "A \\"T\\""\nauthor: [Ann, Bo]\ndate: 2020-01-02\nlang: fr-FR\n---\n\nText.\n', {to: 'html', standalone: true}))
  console.log(render('---\ntitle: T\nauthor: Ann\nsmart: false\n---\n\nIt\'s -- "x".\n', {standalone: true}))
})
