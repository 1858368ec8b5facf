// Types of the CommonMark spec's examples (npm `commonmark-spec`), for the block parsing test.
declare module 'commonmark-spec' {
  interface Example {
    readonly markdown: string
    readonly html: string
    readonly section: string
    readonly number: number
  }
  const spec: {readonly text: string; readonly tests: readonly Example[]}
  export default spec
}
