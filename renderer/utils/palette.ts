// The game's colours, shared by the PixiJS scenes (numbers) and the DOM (CSS variables mirror them).
export const PALETTE = {
  night: 0x131a3a,
  ink: 0x1d2550,
  text: 0xf5f3ff,
  gold: 0xffc83d,
  goldDeep: 0xe08e0b,
  open: 0xff8a3d,
  openDeep: 0xd9531e,
  done: 0x35c48a,
  doneDeep: 0x1b8a5c,
  locked: 0x7b8198,
  lockedDeep: 0x4b5066,
  path: 0xfff3d6,
  starOff: 0x3d4466,
} as const;

/** One colour theme per world, in campaign order (wraps around for more worlds). */
export const WORLD_THEMES = [
  { top: 0x2e8b6e, bottom: 0x17594f, accent: 0x9df2c8, name: 'meadow' },
  { top: 0x2f6fb7, bottom: 0x1d3f7c, accent: 0x9ed4ff, name: 'lagoon' },
  { top: 0x7a3fb0, bottom: 0x45206e, accent: 0xf0b4ff, name: 'dusk' },
] as const;

export function worldTheme(index: number): (typeof WORLD_THEMES)[number] {
  return WORLD_THEMES[index % WORLD_THEMES.length]!;
}
