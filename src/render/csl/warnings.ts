import CSL from 'citeproc'

/**
 * citeproc-js prints its warnings (`CSL.debug`) to standard output, where
 * they would end up in a rendered document: while `run` runs they are
 * collected into `warnings` instead.
 */
export function withWarnings<T>(warnings: string[], run: () => T): T {
  const debug = CSL.debug
  CSL.debug = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message)
  }
  try {
    return run()
  } finally {
    CSL.debug = debug
  }
}
