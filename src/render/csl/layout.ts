import type {Engine} from 'citeproc'

/** The citation layout's affixes and delimiter, as citeproc-js read them. */
export function layoutOf(engine: Engine): {readonly prefix: string; readonly suffix: string; readonly delimiter: string} {
  const layout = engine.citation.opt as {layout_prefix?: unknown; layout_suffix?: unknown; layout_delimiter?: unknown}
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback)
  return {prefix: text(layout.layout_prefix, ''), suffix: text(layout.layout_suffix, ''), delimiter: text(layout.layout_delimiter, '; ')}
}
