// The page's state as a URL hash: JSON, compressed with the browser's own
// CompressionStream (deflate-raw), in base64url. No library needed.
import type {PlaygroundState} from './protocol.js'

const prefix = '#state='
const fields: readonly string[] = ['text', 'bibliography', 'format', 'preset', 'style', 'styleXml'] satisfies ReadonlyArray<keyof PlaygroundState>

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(body).arrayBuffer())
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** The hash (`#state=…`) that carries `state`. */
export async function encodeState(state: PlaygroundState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state))
  return prefix + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))
}

/** The state a hash carries; `undefined` when it carries none or cannot be read. */
export async function decodeState(hash: string): Promise<Partial<PlaygroundState> | undefined> {
  if (!hash.startsWith(prefix)) return undefined
  try {
    const bytes = await pipe(fromBase64Url(hash.slice(prefix.length)), new DecompressionStream('deflate-raw'))
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes))
    if (typeof value !== 'object' || value === null) return undefined
    // Only the fields of the right type: a hand-edited link loses what does not read.
    const state: Record<string, string> = {}
    for (const [key, field] of Object.entries(value)) {
      if (fields.includes(key) && typeof field === 'string') state[key] = field
    }
    return state as Partial<PlaygroundState>
  } catch {
    return undefined
  }
}
