// Customer-written text may carry Unicode's explicit direction controls: U+202E (right-to-left
// override) makes "\u202Egnp.exe\u202C" read "exe.png". Wherever Atiende shows customer text
// (the console, the CLI, OS notifications) those controls are removed, and the text is set in
// an isolate of its own, so it cannot reorder what surrounds it. The marks LRM, RLM and ALM stay:
// right-to-left writers use them, and inside an isolate they move only neutral characters.

/** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) and LRI, RLI, FSI, PDI (U+2066–U+2069), as a class body. */
export const BIDI_CONTROL_RANGES = '\\u202a-\\u202e\\u2066-\\u2069';

const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL_RANGES}]`, 'g');

/** The text without explicit embedding, override and isolate controls; everything else as written. */
export const neutraliseBidi = (text: string): string => text.replace(BIDI_CONTROLS, '');

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * For customer text placed inside a sentence of ours (a notification, a label): neutralised and
 * wrapped in First Strong Isolate … Pop Directional Isolate, the plain-text twin of
 * `<bdi dir="auto">`, so Arabic or Hebrew reads right to left without turning the sentence.
 */
export const isolateBidi = (text: string): string => `${FIRST_STRONG_ISOLATE}${neutraliseBidi(text)}${POP_DIRECTIONAL_ISOLATE}`;
