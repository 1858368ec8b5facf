/** Where a command writes, and where it runs; tests pass their own. */
export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
  /** Whether stderr is a terminal (color, progress); `false` when not given. */
  isTTY?: boolean
  /**
   * Standard input. `piped` reads it when something is piped or redirected
   * in, resolving to `undefined` when nothing is (a terminal, `/dev/null`, or
   * an empty pipe: a script that leaves standard input open); a file
   * redirected in is read even when empty. `read` reads it in any case
   * (`-`). Without it, there is no standard input.
   */
  stdin?: {piped(): Promise<string | undefined>; read(): Promise<string>}
  /** `--debug`: show the stack of an unexpected failure. */
  debug?: boolean
}
