// Where things go on the level map: pure geometry over counts, so the display classes only draw.
// Worlds are stacked top to bottom; the path winds left and right through each world's levels.

export interface WorldBand {
  readonly top: number;
  readonly height: number;
  /** centre of the world's title banner */
  readonly bannerY: number;
}

export interface NodePlace {
  readonly world: number;
  readonly level: number;
  /** position in campaign order */
  readonly order: number;
  readonly x: number;
  readonly y: number;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  readonly bands: readonly WorldBand[];
  readonly nodes: readonly NodePlace[];
}

const BAND_PADDING_TOP = 36;
const BANNER_HEIGHT = 86;
const LEVEL_SPACING = 128;
const BAND_PADDING_BOTTOM = 40;

export function layoutMap(levelCounts: readonly number[], width: number): MapLayout {
  const swing = Math.min(260, Math.max(80, width * 0.2));
  const centre = width / 2;
  const bands: WorldBand[] = [];
  const nodes: NodePlace[] = [];
  let top = 0;
  let order = 0;
  levelCounts.forEach((count, world) => {
    const bannerY = top + BAND_PADDING_TOP + BANNER_HEIGHT / 2;
    const firstY = top + BAND_PADDING_TOP + BANNER_HEIGHT + LEVEL_SPACING / 2;
    for (let level = 0; level < count; level++) {
      nodes.push({ world, level, order, x: centre + Math.sin(order * 1.15 + 0.6) * swing, y: firstY + level * LEVEL_SPACING });
      order++;
    }
    const height = BAND_PADDING_TOP + BANNER_HEIGHT + Math.max(1, count) * LEVEL_SPACING + BAND_PADDING_BOTTOM;
    bands.push({ top, height, bannerY });
    top += height;
  });
  return { width, height: top, bands, nodes };
}

/** The node to focus when an arrow key is pressed: previous or next in campaign order. */
export function neighbourOrder(current: number, key: string, total: number): number | null {
  const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : 0;
  if (step === 0 || total === 0) return null;
  return Math.min(total - 1, Math.max(0, current + step));
}
