import { run } from './run';

/** The bundled entry of `parindex` (lib/parindex.cjs, started by bin/parindex.js). */
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    // For the benchmark: the whole process's peak memory, in kB, where no /usr/bin/time is at hand.
    if (process.env.PARINDEX_REPORT_RSS)
      process.stderr.write(`parindex.maxRSS ${process.resourceUsage().maxRSS}\n`);
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not a user's mistake: show everything a maintainer needs.
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 3;
  },
);
