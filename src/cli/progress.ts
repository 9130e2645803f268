// Progress on the terminal for long inputs (cli-progress, on stderr so stdout stays the report).
// Silent when stderr is not a terminal, with --quiet, or for inputs too short to need it.
import { SingleBar } from 'cli-progress';

/** Inputs shorter than this finish in well under a second: no bar. */
export const PROGRESS_MIN_CHARS = 200_000;

export interface Progress {
  update(done: number): void;
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

export function progressFor(
  label: string,
  total: number,
  show: boolean,
  stream: NodeJS.WritableStream = process.stderr,
): Progress {
  if (!show || total < PROGRESS_MIN_CHARS) return NONE;
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {doneKB}/{totalKB} KB | {eta_formatted} left`,
    stream,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 20,
  });
  const kb = (n: number) => Math.round(n / 1000);
  bar.start(total, 0, { doneKB: 0, totalKB: kb(total) });
  return {
    update: (done) => bar.update(done, { doneKB: kb(done) }),
    stop: () => bar.stop(),
  };
}
