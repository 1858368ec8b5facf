// Types of the benchmark drafts (bench/generate.js), for the tests that read them.

/** A draft of about `bytes` UTF-16 code units. */
export type Generator = (bytes: number) => string

export declare const shapes: Readonly<Record<'plain' | 'annotated' | 'list-heavy' | 'citation-heavy', Generator>>
export declare function annotatedDocument(bytes: number): string
export declare function plainDocument(bytes: number): string
export declare function listHeavyDocument(bytes: number): string
export declare function citationHeavyDocument(bytes: number): string
export declare function argdownDocument(bytes: number): string
export declare function citationItems(): Array<Record<string, unknown> & {id: string}>
