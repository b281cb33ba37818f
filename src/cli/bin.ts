/** Process entry of the `saisaat` command: wires main() to stdout/stderr and the exit code. */
import { main } from './main';

main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not a user mistake: say so plainly; the stack only when asked for.
    process.stderr.write(`เกิดข้อผิดพลาดภายในโปรแกรม (internal error): ${(e as Error)?.message ?? e}\n`);
    if (process.env.SAISAAT_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    process.exitCode = 2;
  },
);
