// `argmark/render`: the stages behind `render`, for pipelines of your own.
export type {RemarkNotesOptions} from './plugin.js'
export {remarkArgmarkNotes} from './plugin.js'
export type {LocaleSource} from './csl/locale-source.js'
export type {NotesOptions, RenderFormat, Renderer} from './render.js'
export {renderers, renderTree} from './render.js'
