// The channel names alone, free of zod, so the sandboxed preload stays a few lines of code.
// electron/api.ts checks that its map has exactly these keys.
export const CHANNEL_NAMES = [
  'levels:list',
  'levels:open',
  'levels:answer',
  'levels:trace',
  'levels:hint',
  'profiles:list',
  'profiles:create',
  'profiles:select',
  'progress:get',
  'classroom:packs',
  'classroom:import-pack',
  'classroom:remove-pack',
  'classroom:export-pack',
  'classroom:start',
  'classroom:current',
  'classroom:answer',
  'classroom:hint',
  'classroom:trace',
  'classroom:finish',
  'classroom:save-result',
  'classroom:grade',
  'classroom:export-csv',
  'editor:check',
  'editor:trace',
  'editor:solve',
  'dialog:open-files',
  'dialog:save-file',
  'app:menu-command',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
