import type {CslName} from '../kit/csl.js'

/** A problem found while reading a value: a reason, and where inside the value (a path of keys and indices). */
export interface ReadProblem {
  readonly path: ReadonlyArray<string | number>
  /** “Unexpected X, expected Y”, without the item's name. */
  readonly reason: string
}

/** CSL's name variables, as pandoc's citeproc reads them (pandoc's list and CSL 1.0.2's). */
export const nameVariables: ReadonlySet<string> = new Set([
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor', 'curator',
  'director', 'editor', 'editorial-director', 'executive-producer', 'guest', 'host', 'illustrator', 'interviewer',
  'narrator', 'organizer', 'original-author', 'performer', 'producer', 'recipient', 'reviewed-author',
  'script-writer', 'series-creator', 'translator'
])

/** How a name written as one string is read: CSL-YAML (pandoc's metadata) or CSL-JSON (pandoc's citeproc). */
export type NameSyntax = 'yaml' | 'json'

/** A run of whitespace, between the words of a name (exported for the ReDoS test). */
export const whitespaceRun = /\s+/u

const nameParts = ['family', 'given', 'dropping-particle', 'non-dropping-particle', 'suffix', 'literal'] as const

/**
 * A name variable as pandoc's citeproc reads it: a list of names or one
 * name; each a map (`family`, `given`, particles, `suffix`, `literal`) or a
 * string. A string is the whole name as written (`John Smith` →
 * `{literal}`) in CSL-YAML, as pandoc reads metadata; in CSL-JSON it is
 * citeproc's "cheater" syntax (`Thompson || Hunter S.` → family and given,
 * else the family name). Particles are taken out of `family` and `given`
 * as pandoc's citeproc takes them (`van Gogh` → `non-dropping-particle:
 * van`; `Alexander von` → `dropping-particle: von`; `John, III` → `suffix`;
 * `"…"` keeps a part whole), and `'` in names becomes ’. A part that is a
 * number is read as text; a list as its items joined by spaces. Anything
 * else is left out, with a problem at its path.
 */
export function readNames(value: unknown, syntax: NameSyntax, problems: ReadProblem[]): CslName[] | undefined {
  const list = Array.isArray(value) ? value : [value]
  const names: CslName[] = []
  list.forEach((entry, index) => {
    const path = Array.isArray(value) ? [index] : []
    const name = readName(entry, syntax, path, problems)
    if (name) names.push(name)
  })
  return names.length > 0 ? names : undefined
}

function readName(value: unknown, syntax: NameSyntax, path: Array<string | number>, problems: ReadProblem[]): CslName | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value).trim()
    if (text === '') return undefined
    if (syntax === 'yaml') return {literal: fixApostrophes(text)}
    const [family = '', given] = text.split('||').map((part) => part.trim())
    return extractParticles(given === undefined ? {family: fixApostrophes(family)} : {family: fixApostrophes(family), given: fixApostrophes(given)})
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({path, reason: 'Unexpected ' + describe(value) + ' as a name, expected a name (`family` and `given`, or `literal`) or a string'})
    return undefined
  }
  const record = value as Record<string, unknown>
  const name: Record<string, unknown> = {}
  for (const [key, part] of Object.entries(record)) {
    if ((nameParts as readonly string[]).includes(key)) {
      const text = partText(part)
      if (text === undefined) {
        if (part !== null && part !== undefined) problems.push({path: [...path, key], reason: 'Unexpected ' + describe(part) + ' as the name’s `' + key + '`, expected text'})
        continue
      }
      if (text !== '') name[key] = fixApostrophes(text)
    } else if (key === 'comma-suffix' || key === 'static-ordering' || key === 'parse-names') {
      name[key] = part === true || part === 'true' || part === 1
    } else {
      name[key] = part
    }
  }
  if (typeof name.family !== 'string' && typeof name.given !== 'string' && typeof name.literal !== 'string') {
    problems.push({path, reason: 'Unexpected name without `family`, `given` or `literal`, expected a name'})
    return undefined
  }
  return extractParticles(name as CslName)
}

/** A name part: text, a number as text, a list of them joined by spaces (`given: [Ann]`). */
function partText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(' ')
  return undefined
}

/** pandoc's citeproc writes the apostrophe in names as ’. */
function fixApostrophes(value: string): string {
  return value.replaceAll("'", '\u2019')
}

function isParticlePunctuation(character: string): boolean {
  return character === "'" || character === '\u2019' || character === '-' || character === '\u2013' || character === '.'
}

function isParticleCharacter(character: string): boolean {
  return isParticlePunctuation(character) || (character.toLowerCase() === character && character.toUpperCase() !== character)
}

function isParticleWord(word: string): boolean {
  return [...word].every((character) => isParticleCharacter(character))
}

function quoted(value: string): boolean {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
}

/**
 * Take particles and a suffix out of a name's parts, as pandoc's citeproc
 * does ("lowercase elements before the family name are treated as
 * non-dropping particles, and lowercase elements following the given name
 * as dropping particles"). A name that names its particles or suffix keeps them.
 */
export function extractParticles(input: CslName): CslName {
  const name = {...input} as Record<string, unknown>
  const given = typeof name.given === 'string' ? name.given : undefined
  // The suffix: `John, III` → given `John`, suffix `III`; `,!` marks a comma suffix.
  if (name.suffix === undefined && given !== undefined) {
    if (quoted(given)) {
      name.given = given.slice(1, -1)
    } else {
      const comma = given.indexOf(',')
      if (comma > 0 && comma < given.length - 1) {
        name.given = given.slice(0, comma)
        if (given.charAt(comma + 1) === '!') {
          name.suffix = given.slice(comma + 2).trim()
          name['comma-suffix'] = true
        } else {
          name.suffix = given.slice(comma + 1).trim()
        }
      }
    }
  }
  // The dropping particle: lowercase words after the given name (`Alexander von`).
  const givenNow = typeof name.given === 'string' ? name.given : undefined
  if (name['dropping-particle'] === undefined && givenNow !== undefined && input.given === givenNow) {
    const words = givenNow.split(whitespaceRun).filter((word) => word !== '')
    const at = words.findIndex((word) => isParticleWord(word))
    if (at > 0 && words.slice(at).every((word) => isParticleWord(word))) {
      name.given = words.slice(0, at).join(' ')
      name['dropping-particle'] = words.slice(at).join(' ')
    }
  }
  // The non-dropping particle: lowercase words before the family name (`van Gogh`, `al-Udhrī`).
  const family = typeof name.family === 'string' ? name.family : undefined
  if (name['non-dropping-particle'] === undefined && family !== undefined) {
    if (quoted(family)) {
      name.family = family.slice(1, -1)
    } else {
      const words = family.split(whitespaceRun).filter((word) => word !== '')
      let count = 0
      while (count < words.length && isParticleWord(words[count] as string)) count++
      if (count > 0 && count < words.length) {
        name['non-dropping-particle'] = words.slice(0, count).join(' ')
        name.family = words.slice(count).join(' ')
      } else if (count === 0) {
        // `al-Udhrī`, `d’Alembert`: a lowercase part joined to the family name by punctuation.
        const parts = splitAtParticlePunctuation(family)
        if (parts && isParticleWord(parts[0])) {
          name['non-dropping-particle'] = parts[0] + parts[1]
          name.family = parts[2]
        }
      }
    }
  }
  return name as CslName
}

/** `al-Udhrī` → [`al`, `-`, `Udhrī`] when the text splits in exactly two at particle punctuation. */
function splitAtParticlePunctuation(value: string): [string, string, string] | undefined {
  let at = -1
  for (let index = 0; index < value.length; index++) {
    if (!isParticlePunctuation(value.charAt(index))) continue
    if (at !== -1) return undefined
    at = index
  }
  if (at <= 0) return undefined
  return [value.slice(0, at), value.charAt(at), value.slice(at + 1)]
}

/** A value as a reason names it, without an article (`list`, `text `x``, `number `3``). */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (value instanceof Date) return 'date'
  if (typeof value === 'object') return 'mapping'
  if (typeof value === 'string') return 'text `' + (value.length > 40 ? value.slice(0, 40) + '…' : value) + '`'
  return typeof value === 'boolean' ? 'boolean `' + String(value) + '`' : 'number `' + String(value) + '`'
}
