/**
 * Everything a command touches outside the library, injected so tests run
 * commands in-process without a terminal.
 */

/** A writable text stream (process.stdout, or a buffer in tests). */
export interface TextOut {
  write(chunk: string): unknown;
  /** Whether the stream is a terminal (colour, progress). */
  isTTY?: boolean | undefined;
}

/** The command's world. */
export interface Io {
  /** Working folder that relative paths resolve against. */
  cwd: string;
  stdin: NodeJS.ReadableStream & {isTTY?: boolean | undefined};
  stdout: TextOut;
  stderr: TextOut;
  /** Environment variables (`CI`, `NO_COLOR`). */
  env: Record<string, string | undefined>;
  /** Today's date for deadlines in reports (injected for determinism). */
  today: () => Date;
}

/**
 * The real process. The standard streams are read when first used: Node
 * makes each on first access (a terminal, pipe or file stream, 1–3 ms
 * each), and most commands never read stdin.
 */
export function processIo(): Io {
  return {
    cwd: process.cwd(),
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return process.stdout;
    },
    get stderr() {
      return process.stderr;
    },
    env: process.env,
    today: () => new Date()
  };
}

/** Whether a person can answer prompts: stdin and stdout are terminals and `CI` is not set. */
export function isInteractive(io: Io): boolean {
  return Boolean(io.stdin.isTTY) && Boolean(io.stdout.isTTY) && !io.env['CI'];
}
