export {scriptsFromMarkdown} from './from-markdown.js'
export {scriptsSyntax} from './syntax.js'
export {scriptsToMarkdown} from './to-markdown.js'
export type {Subscript, Superscript} from './types.js'
