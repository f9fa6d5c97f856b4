import { run } from './cli';

/* The `vpc-status-codes` executable: the command with the process's arguments, streams and environment. */
const code = await run(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin.isTTY ? undefined : process.stdin,
  stdoutIsTTY: process.stdout.isTTY === true,
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
