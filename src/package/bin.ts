import { run } from './cli';

/* The `vpc-status-codes` executable: the command with the process's arguments, streams and environment. */

// `vpc-status-codes list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const code = await run(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin.isTTY ? undefined : process.stdin,
  stdoutIsTTY: process.stdout.isTTY === true,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
