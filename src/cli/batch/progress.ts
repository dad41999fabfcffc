/** A one-line progress bar on a terminal; nothing at all when stderr is not a TTY (pipes, CI, logs). */

import { forTerminal } from '../../core/format/terminal';

export interface Progress {
  update(done: number, current: string): void;
  end(): void;
}

const WIDTH = 30;

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total === 0) return { update: () => undefined, end: () => undefined };
  const started = Date.now();
  let last = 0;
  const draw = (done: number, current: string) => {
    const filled = Math.round((done / total) * WIDTH);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round((done / seconds) * 60) : 0;
    const safe = forTerminal(current);
    const name = safe.length > 24 ? `…${safe.slice(-23)}` : safe;
    stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}  ${rate} 个/分钟  ${name}\u001b[K`,
    );
  };
  return {
    update(done, current) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      draw(done, current);
    },
    end() {
      stream.write('\n');
    },
  };
}
