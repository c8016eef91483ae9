/** An in-memory {@link Io} for running commands in-process: output is collected, today is fixed. */
import type {Io} from '../../src/cli/io.js';

/** An Io rooted at `cwd` whose stdout and stderr collect into `out` and `err`. */
export function memoryIo(cwd: string): Io & {out: string; err: string} {
  const io = {
    cwd,
    stdin: process.stdin,
    out: '',
    err: '',
    stdout: {
      write: (chunk: string) => {
        io.out += chunk;
        return true;
      }
    },
    stderr: {
      write: (chunk: string) => {
        io.err += chunk;
        return true;
      }
    },
    env: {},
    today: () => new Date('2026-01-01T00:00:00Z')
  };
  return io;
}
