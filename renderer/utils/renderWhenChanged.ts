// The game's main Pixi application draws only frames in which something changed. Its ticker
// keeps running (screens animate and poll in update()), but Pixi's own per-frame render is
// replaced by one that first asks the stage's render groups whether anything changed since the
// last render: Pixi records every change there (a child added or removed, a transform, alpha or
// visibility change, a redrawn Graphics or Text), and clears the records when it renders. A
// still screen then costs a cheap check per frame instead of a full redraw (on software GL, a
// full-window redraw took hundreds of milliseconds).
import { UPDATE_PRIORITY, type Application, type Container } from 'pixi.js';

/** The parts of Pixi's RenderGroup (pixi.js 8, scene/container/RenderGroup) read here. */
interface RenderGroupRecords {
  readonly structureDidChange: boolean;
  readonly childrenRenderablesToUpdate: { readonly index: number };
  readonly childrenToUpdate: Record<number, { readonly index: number }>;
  readonly renderGroupChildren: readonly RenderGroupRecords[];
  readonly isCachedAsTexture: boolean;
  readonly textureNeedsUpdate: boolean;
  readonly _onRenderContainers: readonly unknown[];
}

function groupChanged(group: RenderGroupRecords): boolean {
  if (group.structureDidChange || group.childrenRenderablesToUpdate.index > 0) return true;
  if (group.isCachedAsTexture && group.textureNeedsUpdate) return true;
  // containers with an onRender callback expect it every frame
  if (group._onRenderContainers.length > 0) return true;
  for (const depth in group.childrenToUpdate) if (group.childrenToUpdate[depth]!.index > 0) return true;
  return group.renderGroupChildren.some(groupChanged);
}

/** Whether rendering `root` now would draw anything different from the last render. */
export function sceneChanged(root: Container): boolean {
  const group = (root as unknown as { renderGroup: RenderGroupRecords | null }).renderGroup;
  // not yet a render group: it has never been rendered
  return group === null || group === undefined || groupChanged(group);
}

export function renderWhenChanged(app: Application): void {
  app.ticker.remove(app.render, app);
  let resized = true;
  app.renderer.on('resize', () => (resized = true));
  app.ticker.add(() => {
    if (!resized && !sceneChanged(app.stage)) return;
    resized = false;
    app.render();
  }, undefined, UPDATE_PRIORITY.LOW);
}
