import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {expect, test} from 'vitest'
import {remarkArgmark} from '../../src/extract/plugin.js'
import {remarkArgmarkNotes} from '../../src/render/plugin.js'
import {sources} from './helpers.js'

test('remarkArgmarkNotes renders notes inside a unified pipeline', async () => {
  const file = await unified()
    .use(remarkParse)
    .use(remarkArgmark)
    .use(remarkArgmarkNotes, {sources})
    .use(remarkStringify)
    .use(remarkGfm)
    .process(':claim[A claim]{#c} [@doe99, p. 2]. Again [@doe99, p. 2].\n')
  expect(String(file)).toBe(
    'A claim.[^1] Again.[^2]\n\n[^1]: John Doe, *The Book of Things: A Study* (New York: Acme Press, 1999), 2.\n\n[^2]: Ibid.\n'
  )
})
