/**
 * CSL locales as XML by language: a record (`{'fr-FR': xml}`) or a function
 * of the language citeproc-js asks for (`fr-FR`, `de-DE`; `undefined` when
 * there is none).
 *
 * Kept apart from the engine so that the public types never reach
 * citeproc-js, which ships no declarations.
 */
export type LocaleSource = Readonly<Record<string, string>> | ((lang: string) => string | undefined)
