// Text and box metrics shared by the layout model (pure, so it can size nodes without a
// canvas) and the Pixi drawing code. The diagram uses a monospace font so a label's width is
// its length times one constant: layout stays deterministic and testable in Node.
export const FONT_FAMILY = 'DejaVu Sans Mono, Menlo, Consolas, monospace';
export const UI_FONT_FAMILY = 'DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif';
export const FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 10;
/** advance width of one monospace glyph as a fraction of the font size (DejaVu Sans Mono: 0.602) */
const ADVANCE = 0.602;

export const HEADER_HEIGHT = 22;
export const ROW_HEIGHT = 24;
export const SLOT_WIDTH = 30;
export const SLOT_HEIGHT = 30;
export const SLOTS_PER_ROW = 10;
export const CELL_WIDTH = 30;
export const PADDING = 8;
export const BADGE_WIDTH = 28;
export const MAX_LABEL_CHARS = 26;

export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * ADVANCE);
}

/** Cuts a label to `max` characters with an ellipsis, so one long repr cannot widen a column. */
export function clip(text: string, max = MAX_LABEL_CHARS): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
