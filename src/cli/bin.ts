/**
 * The CLI with the real process: the entry of each command's bundle
 * (dist/cli-<command>.cjs, started by src/cli/launch.ts). CommonJS, so no
 * top-level await: the exit code is set when `main` settles.
 */
import {main} from './main.js';
import {processIo} from './io.js';
import {cleanupSync, setPublishPause} from '../util/publish.js';

// Ctrl-C or a kill while files are being written: finish a commit that has begun, remove temporaries, stop.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129]
] as const) {
  process.on(signal, () => {
    cleanupSync();
    process.exit(code);
  });
}
// Output piped into a program that stops reading (`| head`): stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// The fault test (test/faults.test.ts) slows commits down to kill a build in the middle of one.
if (process.env['CCM_TEST_PUBLISH_PAUSE']) setPublishPause(Number(process.env['CCM_TEST_PUBLISH_PAUSE']));

void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
