// Mermaid's own parser, in Node: mermaid needs a DOM (DOMPurify), which jsdom
// gives. happy-dom was tried first: its DOMPurify path drops label text.
import {JSDOM} from 'jsdom'

const {window} = new JSDOM('')
Object.assign(globalThis, {window, document: window.document})
const {default: mermaid} = await import('mermaid')
// The first parse registers the diagram types `getDiagramFromText` needs.
await mermaid.parse('flowchart TD\n  a')

export interface ParsedFlowchart {
  /** Vertex id → its label lines, as the browser shows them (entities decoded, `<br>` splitting lines). */
  vertices: Map<string, {lines: string[]; type: string; classes: string[]}>
  edges: Array<{start: string; end: string; text: string; type: string}>
  subgraphs: Array<{title: string; nodes: string[]}>
}

interface FlowDb {
  getVertices(): Map<string, {text?: string; type: string; classes: string[]}>
  getEdges(): Array<{start: string; end: string; text: string; type: string}>
  getSubGraphs(): Array<{title: string; nodes: string[]}>
}

/** Parse a flowchart with Mermaid; throws Mermaid's parse error. */
export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  await mermaid.parse(text)
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
  const db = diagram.db as unknown as FlowDb
  const vertices = new Map<string, {lines: string[]; type: string; classes: string[]}>()
  for (const [id, vertex] of db.getVertices()) {
    vertices.set(id, {lines: shown(vertex.text ?? ''), type: vertex.type, classes: vertex.classes})
  }
  return {
    vertices,
    edges: db.getEdges().map((edge) => ({start: edge.start, end: edge.end, text: shown(edge.text).join('\n'), type: edge.type})),
    subgraphs: db.getSubGraphs().map((subgraph) => ({title: shown(subgraph.title).join('\n'), nodes: subgraph.nodes}))
  }
}

// What a label shows: Mermaid's entity placeholders back to HTML entities (as
// its renderer does), lines split at `<br/>`, then the HTML decoded.
function shown(label: string): string[] {
  const html = label.replaceAll('ﬂ°°', '&#').replaceAll('ﬂ°', '&').replaceAll('¶ß', ';')
  return html.split(/<br\s*\/?>/).map((line) => {
    const element = window.document.createElement('textarea')
    element.innerHTML = line
    return element.value
  })
}
