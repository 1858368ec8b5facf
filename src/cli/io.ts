/** Where a command writes, and where it runs; tests pass their own. */
export interface Io {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
  /** Whether stderr is a terminal (color, progress); `false` when not given. */
  isTTY?: boolean
}
