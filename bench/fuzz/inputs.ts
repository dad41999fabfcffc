/**
 * The fuzz inputs of a seed: input i is a function of the seed and the draws of the inputs before it (two rng
 * streams, `pick` for workbooks and narratives, `pickShape` for PDFs and hostile shapes), so the run and the
 * replay (replay.ts) walk the same sequence. A step draws its numbers and returns the files to write lazily:
 * the replay skips the mutation work of the inputs it does not keep.
 */

import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { mutateNarrative, mutateWorkbook, rng } from './mutate';
import { fuzzShapes, mutatePdf, type FuzzShapes } from './pdf-mutate';

const CORPUS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus');

export interface FuzzInputPlan {
  index: number;
  /** The seed of the input's mutations. */
  seed: number;
  args: string[];
  /** The files the arguments name, built on demand (path → content). */
  files(): Map<string, Uint8Array | string>;
}

export interface FuzzInputSource {
  next(): FuzzInputPlan;
}

/** The input sequence of `seed`, its files in `dir` (eight slots reused, as the run always did). */
export async function fuzzInputs(seed: number, dir: string, pdfShare = 0): Promise<FuzzInputSource> {
  const workbooks = readdirSync(path.join(CORPUS, 'cases')).map((f) =>
    readFileSync(path.join(CORPUS, 'cases', f)),
  );
  const narratives = readdirSync(path.join(CORPUS, 'narratives')).map((f) =>
    readFileSync(path.join(CORPUS, 'narratives', f), 'utf8'),
  );
  const pick = rng(seed);
  const pickShape = rng(seed ^ 0x5eed);
  const shapes: FuzzShapes | null = pdfShare ? await fuzzShapes() : null;
  let i = 0;
  return {
    next(): FuzzInputPlan {
      const index = i++;
      const inputSeed = seed * 100003 + index;
      const wb = path.join(dir, `${index % 8}.xlsx`);
      const nar = path.join(dir, `${index % 8}.txt`);
      const out = path.join(dir, `${index % 8}-标注.xlsx`);
      const args = ['check'];
      const make: [string, () => Uint8Array | string][] = [];
      if (shapes && pickShape() < pdfShare) {
        const what = pickShape();
        if (what < 0.1) {
          // A hostile workbook shape, with or without --out.
          const shape = shapes.hostileWorkbooks[Math.floor(pickShape() * shapes.hostileWorkbooks.length)];
          make.push([wb, () => shape]);
          args.push(wb);
          if (pickShape() < 0.5) args.push('--out', out);
        } else {
          const pdf = path.join(dir, `${index % 8}.pdf`);
          const from =
            what < 0.3
              ? shapes.hostilePdfs[Math.floor(pickShape() * shapes.hostilePdfs.length)]
              : shapes.pdfs[Math.floor(pickShape() * shapes.pdfs.length)];
          make.push([pdf, what < 0.4 ? () => from : () => mutatePdf(from, inputSeed)]);
          args.push(pdf);
          if (pickShape() < 0.4) args.push('--out', path.join(dir, `${index % 8}-标注.pdf`));
        }
        if (pickShape() < 0.5) args.push('--format', 'json');
      } else {
        const kind = pick();
        if (kind < 0.75) {
          const book = workbooks[Math.floor(pick() * workbooks.length)];
          make.push([wb, () => mutateWorkbook(book, inputSeed)]);
          args.push(wb);
        }
        if (kind >= 0.5) {
          const text = narratives[Math.floor(pick() * narratives.length)];
          make.push([nar, () => mutateNarrative(text, inputSeed)]);
          args.push('--narrative', nar);
        }
        if (args.includes(wb) && pick() < 0.3) args.push('--out', out);
        if (pick() < 0.5) args.push('--format', 'json');
      }
      return {
        index,
        seed: inputSeed,
        args,
        files: () => new Map(make.map(([file, build]) => [file, build()])),
      };
    },
  };
}
