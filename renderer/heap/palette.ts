// The diagram's colours: a dark board with saturated, game-like cards. One family per kind
// of box so a learner tells a list from a dict at a glance; states (zombie, freed, cached)
// override the family.
export const palette = {
  board: 0x161a33,
  boardDots: 0x262c52,
  text: 0xf4f1ff,
  textDim: 0xa9acd0,
  textDark: 0x1c1d33,

  frame: { body: 0x24294d, header: 0xffb347, headerIdle: 0x8c7a5c, rule: 0x363d6e },
  hidden: { text: 0xc6a4ff, cell: 0x3a2d63 },
  families: {
    list: { body: 0x2b4f8c, header: 0x4d8df2 },
    tuple: { body: 0x1f5d63, header: 0x33b3b0 },
    set: { body: 0x3d4f2a, header: 0x8bc34a },
    dict: { body: 0x4d2f73, header: 0xa66cff },
    instance: { body: 0x6a3b2a, header: 0xff7a45 },
    function: { body: 0x3a3a55, header: 0x9fa8da },
    atom: { body: 0x33395e, header: 0x5c6596 },
  },
  cell: 0x151935,
  cellStroke: 0x5d6699,
  port: 0xffe066,
  badge: { fill: 0xff5277, text: 0xffffff },
  cached: { fill: 0x4a4e66, stroke: 0x6d7290, text: 0xd8dae8, caption: 0x9a9eb8 },
  zombie: { body: 0x2f5e3f, header: 0x55c27a, outline: 0x8dffb0, ghost: 0xe9fff0 },
  freed: { cross: 0xff4d6d },
  select: 0xffe066,
  highlight: 0x5cf2ff,
  pickHover: 0xffffff,
  edges: {
    name: 0xffc46b,
    slot: 0x8ec5ff,
    hidden: 0xc6a4ff,
    cached: 0x7d82a3,
    meta: 0x7d82a3,
  },
} as const;

export type Family = keyof typeof palette.families;

/** The colour family of an object's Python type. */
export function familyOf(type: string, bodyKind: 'sequence' | 'rows' | 'atom'): Family {
  switch (type) {
    case 'list': return 'list';
    case 'tuple': return 'tuple';
    case 'set': case 'frozenset': return 'set';
    case 'dict': return 'dict';
    case 'function': case 'method': case 'builtin_function_or_method': case 'type': return 'function';
    default: return bodyKind === 'rows' ? 'instance' : 'atom';
  }
}
