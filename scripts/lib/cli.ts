/** Process plumbing shared by the scripts. */

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `| head` closes the pipe early; that is the reader's choice, not an error worth a stack trace. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Runs a script's main; a thrown error (bad flag, unreadable file) is a usage error: message + exit 2. */
export function run(main: () => number | void | Promise<number | void>, usage: string): void {
  exitQuietlyOnClosedPipe();
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code ?? 0;
      },
      (error: unknown) => {
        console.error(`${errorMessage(error)}\n${usage}`);
        process.exitCode = 2;
      },
    );
}
