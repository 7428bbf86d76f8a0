import bidiFactory from 'bidi-js';
import type { Face } from './fonts';

/**
 * A line of text as pieces to set left to right (DESIGN §7): the Unicode bidi algorithm
 * (bidi-js) orders it for the eye, and each piece is in the first face that has its
 * characters. pdfkit's shaper (fontkit) joins Persian letters, and reverses any piece
 * whose first letter or digit is in the Arabic script, digits too; so a piece is handed
 * to it in the order that its reversal puts right.
 */
export interface Piece {
  face: Face;
  /** The characters as pdfkit is to be given them. */
  text: string;
  /** A space between words: it is measured, not drawn. */
  space: boolean;
}

const bidi = bidiFactory();

/** The script fontkit lays a piece out in: that of its first character with a script of its own. */
const SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const shaperReverses = (text: string) => {
  const first = SCRIPTED.exec(text);
  return first !== null && RIGHT_TO_LEFT.test(first[0]);
};

/** Characters that need no bidi work: Latin, its accents, punctuation, currency signs (no bidi controls). */
const SIMPLE = /^[\u0020-\u036f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*$/;

/** The face for a character: the current one if it has it (accents stay on their letter), else the first that does. */
const faceFor = (faces: readonly Face[], current: Face | null, codePoint: number): Face => {
  if (current?.has(codePoint)) return current;
  return faces.find((f) => f.has(codePoint)) ?? faces[0]!;
};

/**
 * The pieces of `text` in visual order. Each text runs in the direction of its first
 * letter (as a browser's `dir="auto"`): a Persian name right to left, a phone number or
 * a Latin name left to right, whatever the report's language.
 */
export function piecesOf(text: string, faces: readonly Face[]): Piece[] {
  if (SIMPLE.test(text)) return split([...text], faces, [], false);
  const levels = bidi.getEmbeddingLevels(text, 'auto');
  const order = bidi.getReorderedIndices(text, levels);
  const chars: string[] = [];
  const odd: boolean[] = [];
  for (const i of order) {
    const isOdd = (levels.levels[i]! & 1) === 1;
    const char = text[i]!;
    chars.push(isOdd ? (bidi.getMirroredCharacter(char) ?? char) : char);
    odd.push(isOdd);
  }
  return split(chars, faces, odd, true);
}

/**
 * Visual characters cut into pieces at spaces, at a change of face and of direction: a
 * word at a time, as pdfkit lays text out, so that the shaper's reversal of a word puts
 * its letters in place.
 */
function split(
  chars: readonly string[],
  faces: readonly Face[],
  odd: readonly boolean[],
  bidiDone: boolean,
): Piece[] {
  const pieces: Piece[] = [];
  let run: string[] = [];
  let face: Face | null = null;
  let runOdd = false;
  const close = () => {
    if (run.length === 0) return;
    const reversed = [...run].reverse().join('');
    pieces.push({
      face: face!,
      text: bidiDone && shaperReverses(reversed) ? reversed : run.join(''),
      space: false,
    });
    run = [];
  };
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === ' ') {
      close();
      pieces.push({ face: face ?? faces[0]!, text: ' ', space: true });
      continue;
    }
    const next: Face = faceFor(faces, face, char.codePointAt(0)!);
    const isOdd = odd[i] ?? false;
    if (run.length > 0 && (next !== face || isOdd !== runOdd)) close();
    face = next;
    runOdd = isOdd;
    run.push(char);
  }
  close();
  return pieces;
}
