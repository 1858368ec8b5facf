import type {BlockContent, DefinitionContent, RootContent} from 'mdast'
import type {VFile} from 'vfile'
import {abstractTrees} from '../extract/abstract-blocks.js'
import {readInlineMarkdown} from './affixes.js'

/**
 * The title over an abstract by language, as pandoc 2.17's translations give
 * it (recorded with `pandoc -s -t html -M lang=<tag>`; a language pandoc
 * has no translation for gets an empty title, as there).
 */
const abstractTitles: Readonly<Record<string, string>> = {
  am: 'አኅጽተሮ ጽሁፍ',
  ar: 'ﻢﻠﺨﺻ',
  bg: 'Абстракт',
  bn: 'সারসংক্ষেপ',
  ca: 'Resum',
  da: 'Resumé',
  de: 'Zusammenfassung',
  el: 'Περίληψη',
  en: 'Abstract',
  eo: 'Resumo',
  es: 'Resumen',
  et: 'Kokkuvõte',
  eu: 'Laburpena',
  fa: 'چکیﺪﻫ',
  fi: 'Tiivistelmä',
  fr: 'Résumé',
  hr: 'Sažetak',
  hu: 'Kivonat',
  it: 'Sommario',
  km: 'សង្ខេប',
  lo: 'ບົດຫຍໍ້ຄວາມ',
  lt: 'Santrauka',
  lv: 'Anotācija',
  nl: 'Samenvatting',
  no: 'Sammendrag',
  pt: 'Resumo',
  rm: 'Recapitulaziun',
  ro: 'Rezumat',
  ru: 'Аннотация',
  sk: 'Abstrakt',
  sl: 'Povzetek',
  sq: 'Përmbledhja',
  sr: 'Sažetak',
  sv: 'Sammanfattning',
  th: 'บทคัดย่อ',
  uk: 'Анотація',
  'zh-Hans': '摘要',
  'zh-Hant': '摘要'
}

/**
 * The title pandoc's standalone HTML puts over the abstract: the front
 * matter's `abstract-title` if it is a string, else the translation of
 * `Abstract` for `lang` (a BCP 47 tag; its language alone when the whole tag
 * has none: `de-AT` → `de`), `Abstract` without a language, and `''` for a
 * language pandoc 2.17 has no translation for (it writes an empty title).
 */
export function abstractTitle(lang: string | undefined, given: unknown): string {
  if (typeof given === 'string') return given
  if (lang === undefined || lang === '') return 'Abstract'
  return abstractTitles[lang] ?? abstractTitles[lang.split('-')[0]!] ?? ''
}

/**
 * The front matter's abstract as pandoc's standalone HTML writes it in the
 * page's header: `<div class="abstract">` holding `<div
 * class="abstract-title">` (its title read as inline Markdown, as pandoc
 * reads metadata) and the abstract's blocks, read as Markdown (see
 * `abstractTrees`; a copy, so the tree the lint rules read stays as it was).
 * The last metadata block's abstract, the one pandoc keeps. `undefined` when
 * the front matter has none.
 */
export function abstractBlock(file: VFile, title: string): RootContent | undefined {
  const last = abstractTrees(file).at(-1)
  if (!last) return undefined
  const blocks = structuredClone(last.children) as Array<BlockContent | DefinitionContent>
  return {
    type: 'blockquote',
    data: {hName: 'div', hProperties: {className: ['abstract']}},
    children: [{type: 'paragraph', data: {hName: 'div', hProperties: {className: ['abstract-title']}}, children: title === '' ? [] : readInlineMarkdown(title)}, ...blocks]
  }
}
