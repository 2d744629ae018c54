/**
 * How the editors' commands end (npm run new, npm run import): a mistake on the command line is one
 * line in Chinese and exit 2; any other fault is still one line, for the editor to pass on, exit 1;
 * never a stack trace.
 */

/** Runs a command's `main` (its exit code), answering every error as above; `isUsage` tells a mistake in the command. */
export async function runCommand(main: () => Promise<number>, isUsage: (error: unknown) => error is Error): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (isUsage(error)) {
      console.error(error.message);
      process.exitCode = 2;
    } else {
      // A fault of the file system or of the script: still one line, for the editor to pass on.
      console.error(`未能完成：${error instanceof Error ? error.message : String(error)}（请把这一行告知维护人员）`);
      process.exitCode = 1;
    }
  }
}
