import fs from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * The fonts a PDF is set in, from npm packages (no network, no system fonts): Noto Sans
 * for Latin and Vietnamese (fontsource ships it in subsets by script), Vazirmatn for
 * Persian. A character is set in the first face that has it (src/main/reports/pdf/runs.ts),
 * so no glyph is dropped.
 */
export type Weight = 'regular' | 'bold';

export interface Face {
  /** The name the PDF document knows the face by. */
  name: string;
  /** The face, read and parsed once a process (WOFF is inflated as its tables are read). */
  font: fontkit.Font;
  has: (codePoint: number) => boolean;
}

const NOTO = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic'];

const files = (weight: Weight): string[] => {
  const resolve = createRequire(__filename).resolve;
  const noto = weight === 'bold' ? '700' : '400';
  return [
    ...NOTO.map((subset) =>
      resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${noto}-normal.woff`),
    ),
    resolve(`vazirmatn/fonts/ttf/Vazirmatn-${weight === 'bold' ? 'Bold' : 'Regular'}.ttf`),
  ];
};

const loaded = new Map<Weight, Face[]>();

/** The faces of a weight in the order they are tried, each read once per process. */
export function facesOf(weight: Weight): Face[] {
  let faces = loaded.get(weight);
  if (!faces) {
    faces = files(weight).map((file, i) => {
      const font = fontkit.create(fs.readFileSync(file)) as fontkit.Font;
      const known = new Map<number, boolean>();
      return {
        name: `${weight}-${i}`,
        font,
        has: (codePoint: number) => {
          let has = known.get(codePoint);
          if (has === undefined) {
            has = font.hasGlyphForCodePoint(codePoint);
            known.set(codePoint, has);
          }
          return has;
        },
      };
    });
    loaded.set(weight, faces);
  }
  return faces;
}
