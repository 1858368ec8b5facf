import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'

/**
 * Where Debian's `citation-style-language-locales` package puts the CSL
 * locales (`locales-fr-FR.xml`): the folder `argmark render` reads a
 * language's locale from when `--locales` names none.
 */
export const systemLocalesFolder = '/usr/share/citation-style-language/locales'

/** A CSL locale name as its files are named: letters, digits and `-` (`fr-FR`, `de-DE`). */
export const localeNamePattern = /^[A-Za-z]{2,3}(?:-[A-Za-z\d]{1,8})*$/u

/**
 * The locales of a folder of CSL locale files (`locales-<lang>.xml`, as
 * the CSL project and Debian name them), read when citeproc-js first asks
 * for a language and kept: a function of the language (`fr-FR`) returning
 * the locale's XML, or `undefined` when the folder lacks it. `undefined`
 * when the folder does not exist.
 */
export function folderLocales(folder: string): ((lang: string) => string | undefined) | undefined {
  if (!existsSync(folder)) return undefined
  const read = new Map<string, string | undefined>()
  return (lang) => {
    if (!localeNamePattern.test(lang)) return undefined
    if (read.has(lang)) return read.get(lang)
    let text: string | undefined
    try {
      text = readFileSync(path.join(folder, 'locales-' + lang + '.xml'), 'utf8')
    } catch {
      text = undefined
    }
    read.set(lang, text)
    return text
  }
}
