import {BibLatexParser, CSLExporter} from 'biblatex-csl-converter'
const text = process.argv[2]
const r = new BibLatexParser(text, {processUnexpected: true, processUnknown: true, includeLocation: true}).parse()
console.log(JSON.stringify(r.errors), JSON.stringify(r.warnings))
for (const [k, e] of Object.entries(r.entries)) console.log(JSON.stringify(e.fields))
const ex = new CSLExporter(r.entries, false, {escapeText: false})
for (const k of Object.keys(r.entries)) console.log(JSON.stringify(ex.getCSLEntry(k)))
