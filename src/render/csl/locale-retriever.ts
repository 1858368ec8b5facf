import {localeEnUs} from './locale-en-us.js'
import type {LocaleSource} from './locale-source.js'

/**
 * citeproc-js's `retrieveLocale` over `locales`: the language's locale, else
 * the first of the same language (`fr` for `fr-CA`), else en-US.
 */
export function localeRetriever(locales: LocaleSource | undefined): (lang: string) => string {
  if (locales === undefined) return () => localeEnUs
  const find =
    typeof locales === 'function'
      ? locales
      : (lang: string) => {
          if (Object.hasOwn(locales, lang)) return locales[lang]
          const language = lang.split('-')[0]?.toLowerCase()
          const key = Object.keys(locales).find((name) => name.split('-')[0]?.toLowerCase() === language)
          return key === undefined ? undefined : locales[key]
        }
  return (lang) => find(lang) ?? localeEnUs
}
