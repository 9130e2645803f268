// npm run --silent check -- [--format text|json|markdown] <file...>   (logic in src/cli/)
import { main } from '../cli/main';
import { nodeIo } from '../cli/io';

// A reader closing the pipe early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2), nodeIo());
