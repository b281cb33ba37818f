/** Process entry of the `saisaat` command: wires main() to stdout/stderr and the exit code. */
import { main } from './main';

/**
 * What reaches the terminal: control characters from a file (a sheet name, a cell) shown as "�"
 * instead of driving the terminal (ESC sequences, BEL); line breaks and tabs stay.
 */
const terminalSafe = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
const line = (text: string) => terminalSafe(text.endsWith('\n') ? text : text + '\n');

main(process.argv.slice(2), {
  out: (text) => process.stdout.write(line(text)),
  err: (text) => process.stderr.write(line(text)),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not a user mistake: say so plainly; the stack only when asked for.
    process.stderr.write(line(`เกิดข้อผิดพลาดภายในโปรแกรม (internal error): ${(e as Error)?.message ?? e}`));
    if (process.env.SAISAAT_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    process.exitCode = 2;
  },
);
