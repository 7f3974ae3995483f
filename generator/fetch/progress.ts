/** Progress: a bar that redraws itself on a terminal, plain lines anywhere else (CI, logs). */

export interface Progress {
  done(name: string, outcome: string): void;
  finish(): void;
}

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0;
  const tty = stream.isTTY === true && !process.env['CI'];
  return {
    done(name, outcome) {
      count++;
      if (tty) {
        const width = 30;
        const filled = Math.round((count / Math.max(total, 1)) * width);
        stream.write(
          `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${name.slice(0, 40).padEnd(40)}`,
        );
      } else stream.write(`${count}/${total} ${name} ${outcome}\n`);
    },
    finish() {
      if (tty) stream.write('\n');
    },
  };
}
