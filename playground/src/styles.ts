// The CSL styles the style picker offers besides argmark's default notes
// style: a few of the styles the tests use, loaded when picked.
const files = import.meta.glob<string>(
  [
    '../../test/fixtures/styles/chicago-fullnote-bibliography.csl',
    '../../test/fixtures/styles/apa.csl',
    '../../test/fixtures/styles/modern-language-association.csl'
  ],
  {query: '?raw', import: 'default'}
)

/** The bundled styles by name, with their titles for the picker. */
export const bundledStyles: ReadonlyArray<{readonly name: string; readonly title: string}> = [
  {name: 'chicago-fullnote-bibliography', title: 'Chicago (full note)'},
  {name: 'apa', title: 'APA (author-date)'},
  {name: 'modern-language-association', title: 'MLA'}
]

/** A bundled style's XML by name, or `undefined` for an unknown name. */
export async function loadStyle(name: string): Promise<string | undefined> {
  const load = files['../../test/fixtures/styles/' + name + '.csl']
  return load ? load() : undefined
}
