/** The progress line on stderr ("已检查 37/300 个文件…"), rewritten in place; only on a terminal. */
import { BATCH_TEXT } from "../strings/report";

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the line, so that what follows starts on a clean line. */
  end(): void;
}

const SILENT: Progress = { update: () => undefined, end: () => undefined };

/**
 * A progress line on `stream` when it is a terminal and the run is not --json; otherwise nothing at
 * all (a pipe or a log file gets no carriage returns). One file alone gets no line either.
 */
export function progressOn(stream: NodeJS.WriteStream, options: { json: boolean; files: number }): Progress {
  if (options.json || !stream.isTTY || options.files < 2) return SILENT;
  let shown = false;
  return {
    update(done, total) {
      stream.write(`\r\x1b[2K${BATCH_TEXT.progress(done, total)}`);
      shown = true;
    },
    end() {
      if (shown) stream.write("\r\x1b[2K");
      shown = false;
    },
  };
}
