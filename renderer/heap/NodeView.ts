// One box of the diagram (a frame, or an object in whatever shape the model gave it), drawn
// from its DiagramNode. Redrawn whole when the node changes: boxes are small and change rarely.
// Text is BitmapText: every label shares a few glyph atlases (rendered large, so they stay sharp
// when zoomed), where a canvas Text per label cost a texture upload each; together with plain
// Graphics the whole diagram draws in a handful of batches.
import { BitmapText, Container, Graphics, type TextStyleOptions } from 'pixi.js';
import { CELL_WIDTH, FONT_FAMILY, FONT_SIZE, HEADER_HEIGHT, PADDING, ROW_HEIGHT, SLOT_HEIGHT, SLOT_WIDTH, SMALL_FONT_SIZE, UI_FONT_FAMILY } from './metrics';
import { slotOrigin, type DiagramNode, type Row } from './model';
import { familyOf, palette } from './palette';
import { dashedRect, ghost } from './shapes';

const RADIUS = 7;
/** the faded look of an object freed during the shown step */
export const FREED_ALPHA = 0.38;

function label(text: string, style: TextStyleOptions): BitmapText {
  return new BitmapText({ text, style: { fontFamily: FONT_FAMILY, fontSize: FONT_SIZE, fill: palette.text, ...style } });
}

export class NodeView extends Container {
  /** the box itself (redrawn whole on change), under the marks */
  private readonly body = new Container();
  private readonly ring = new Graphics();
  private highlighted = false;
  private pulse = 0;

  constructor(public node: DiagramNode) {
    super();
    super.addChild(this.body);
    super.addChild(this.ring);
    this.draw(node);
  }

  /** Children drawn by the draw* methods go into the cached body. */
  override addChild<U extends Container[]>(...children: U): U[0] {
    return this.body.addChild(...children);
  }

  draw(node: DiagramNode): void {
    this.node = node;
    for (const child of this.body.removeChildren()) child.destroy({ children: true });
    if (node.body.kind === 'frame') this.drawFrame(node);
    else if (node.cached && node.body.kind === 'atom') this.drawCachedChip(node, node.body.text);
    else this.drawObject(node);
    this.hitArea = { contains: (x: number, y: number) => x >= 0 && y >= 0 && x <= node.width && y <= node.height };
  }

  /** Selection ring (picked by the player) and highlight glow (feedback), redrawn on change. */
  setMarks(selected: boolean, highlighted: boolean, hovering: boolean): void {
    this.highlighted = highlighted;
    const { width, height } = this.node;
    this.ring.clear();
    if (highlighted) this.ring.roundRect(-5, -5, width + 10, height + 10, RADIUS + 4).stroke({ width: 4, color: palette.highlight, alpha: 0.9 });
    if (selected) this.ring.roundRect(-3, -3, width + 6, height + 6, RADIUS + 2).stroke({ width: 3, color: palette.select });
    else if (hovering) this.ring.roundRect(-2, -2, width + 4, height + 4, RADIUS + 1).stroke({ width: 2, color: palette.pickHover, alpha: 0.7 });
  }

  /** Called every frame while highlighted: the glow breathes. */
  tickPulse(ms: number): void {
    if (!this.highlighted) {
      this.ring.alpha = 1;
      return;
    }
    this.pulse += ms;
    this.ring.alpha = 0.55 + 0.45 * Math.sin(this.pulse / 180);
  }

  private drawFrame(node: DiagramNode): void {
    if (node.body.kind !== 'frame') return;
    const { width, height } = node;
    const g = new Graphics();
    g.roundRect(0, 0, width, height, RADIUS).fill({ color: palette.frame.body }).stroke({ width: 1.5, color: palette.frame.rule });
    g.roundRect(0, 0, width, HEADER_HEIGHT, RADIUS).fill({ color: palette.frame.header });
    g.rect(0, HEADER_HEIGHT - RADIUS, width, RADIUS).fill({ color: palette.frame.header });
    this.addChild(g);
    const title = label(node.title, { fontFamily: UI_FONT_FAMILY, fontWeight: 'bold', fill: palette.textDark, fontSize: 13 });
    title.position.set(PADDING, 4);
    const line = label(`line ${node.body.line}`, { fontSize: SMALL_FONT_SIZE, fill: palette.textDark });
    line.anchor.set(1, 0);
    line.position.set(width - PADDING, 6);
    this.addChild(title, line);
    this.drawRows(g, node.body.rows, node.body.labelWidth, HEADER_HEIGHT + 4, true);
  }

  private drawObject(node: DiagramNode): void {
    const { width, height, body } = node;
    if (body.kind === 'frame') return;
    const fam = palette.families[familyOf(node.title, body.kind)];
    const zombie = node.state === 'unreachable';
    const bodyColor = zombie ? palette.zombie.body : node.cached ? palette.cached.fill : fam.body;
    const headerColor = zombie ? palette.zombie.header : node.cached ? palette.cached.stroke : fam.header;
    const g = new Graphics();
    g.roundRect(0, 0, width, height, RADIUS).fill({ color: bodyColor });
    g.roundRect(0, 0, width, HEADER_HEIGHT, RADIUS).fill({ color: headerColor });
    g.rect(0, HEADER_HEIGHT - RADIUS, width, RADIUS).fill({ color: headerColor });
    if (zombie) {
      dashedRect(g, -3, -3, width + 6, height + 6);
      g.stroke({ width: 2, color: palette.zombie.outline });
    }
    this.addChild(g);

    let titleX = PADDING;
    if (zombie) {
      const icon = new Graphics();
      ghost(icon, PADDING + 6, 3, 15, palette.zombie.ghost, palette.zombie.body);
      this.addChild(icon);
      titleX += 16;
    }
    const title = label(node.cached ? `${node.title} · cached` : node.title, { fontWeight: 'bold', fill: palette.textDark });
    title.position.set(titleX, 4);
    this.addChild(title);
    if (node.refcount !== null) this.drawBadge(width, node.refcount, node.state === 'freed');

    switch (body.kind) {
      case 'atom': {
        const value = label(body.text, { fontSize: FONT_SIZE + 1 });
        value.anchor.set(0.5);
        value.position.set(width / 2, HEADER_HEIGHT + (height - HEADER_HEIGHT) / 2);
        this.addChild(value);
        break;
      }
      case 'sequence':
        this.drawSlots(g, node, body.indexed, body.slots.length);
        break;
      case 'rows':
        this.drawRows(g, body.rows, body.labelWidth, HEADER_HEIGHT + 2, false);
        break;
    }
    if (node.state === 'freed') this.drawFreedMark(width, height);
  }

  private drawCachedChip(node: DiagramNode, text: string): void {
    const { width, height } = node;
    const g = new Graphics();
    g.roundRect(0, 0, width, height, height / 2).fill({ color: palette.cached.fill }).stroke({ width: 1.5, color: palette.cached.stroke });
    this.addChild(g);
    const value = label(text, { fill: palette.cached.text });
    value.anchor.set(0.5);
    value.position.set(width / 2, height / 2 + 3);
    const caption = label('cached', { fontFamily: UI_FONT_FAMILY, fontSize: 8, fill: palette.cached.caption });
    caption.anchor.set(0.5, 0);
    caption.position.set(width / 2, 1);
    this.addChild(value, caption);
  }

  private drawBadge(width: number, refcount: number, freed: boolean): void {
    const g = new Graphics();
    const cx = width - 16;
    g.circle(cx, HEADER_HEIGHT / 2, 10).fill({ color: freed ? palette.freed.cross : palette.badge.fill }).stroke({ width: 2, color: 0xffffff, alpha: 0.85 });
    const n = label(String(refcount), { fontFamily: UI_FONT_FAMILY, fontWeight: 'bold', fontSize: 11, fill: palette.badge.text });
    n.anchor.set(0.5);
    n.position.set(cx, HEADER_HEIGHT / 2);
    this.addChild(g, n);
  }

  private drawSlots(g: Graphics, node: DiagramNode, indexed: boolean, count: number): void {
    if (count === 0) {
      const empty = label('empty', { fontSize: SMALL_FONT_SIZE, fill: palette.textDim, fontStyle: 'italic' });
      empty.position.set(PADDING, HEADER_HEIGHT + 6);
      this.addChild(empty);
      return;
    }
    for (let i = 0; i < count; i++) {
      const o = slotOrigin(node, i);
      g.rect(o.x, o.y, SLOT_WIDTH, SLOT_HEIGHT).fill({ color: palette.cell }).stroke({ width: 1, color: palette.cellStroke });
      const inline = node.body.kind === 'sequence' ? node.body.inline?.[i] : null;
      if (inline !== null && inline !== undefined) this.inlineValue(inline, o.x + SLOT_WIDTH / 2, o.y + SLOT_HEIGHT / 2);
      else g.circle(o.x + SLOT_WIDTH / 2, o.y + SLOT_HEIGHT / 2, 3.5).fill({ color: palette.port });
      if (indexed) {
        const idx = label(String(i), { fontSize: 9, fill: palette.textDim });
        idx.anchor.set(0.5, 1);
        idx.position.set(o.x + SLOT_WIDTH / 2, o.y - 1);
        this.addChild(idx);
      }
    }
  }

  private drawRows(g: Graphics, rows: readonly Row[], labelWidth: number, top: number, frame: boolean): void {
    rows.forEach((row, i) => {
      const y = top + i * ROW_HEIGHT;
      const cy = y + ROW_HEIGHT / 2;
      if (i > 0) g.rect(PADDING / 2, y, labelWidth + CELL_WIDTH, 1).fill({ color: 0xffffff, alpha: 0.08 });
      const cellX = labelWidth;
      g.rect(cellX, y + 3, CELL_WIDTH, ROW_HEIGHT - 6).fill({ color: row.hidden ? palette.hidden.cell : palette.cell }).stroke({ width: 1, color: palette.cellStroke });
      if (row.port) g.circle(cellX + CELL_WIDTH / 2, cy, 3.5).fill({ color: palette.port });
      if (row.inline !== undefined) this.inlineValue(row.inline, cellX + CELL_WIDTH / 2, cy);
      if (row.keyPort) g.circle(labelWidth - 6, cy, 3).fill({ color: palette.port });
      const text = label(row.label, row.hidden
        ? { fontSize: SMALL_FONT_SIZE, fill: palette.hidden.text, fontStyle: 'italic' }
        : { fill: frame ? palette.text : palette.text });
      text.anchor.set(1, 0.5);
      text.position.set(labelWidth - (row.keyPort ? 12 : PADDING), cy);
      this.addChild(text);
    });
  }

  /** A cached value written in its cell (cached objects switched off). */
  private inlineValue(text: string, cx: number, cy: number): void {
    const t = label(text, { fontSize: SMALL_FONT_SIZE, fill: palette.cached.text });
    t.anchor.set(0.5);
    t.position.set(cx, cy);
    this.addChild(t);
  }

  private drawFreedMark(width: number, height: number): void {
    const g = new Graphics();
    g.moveTo(6, 6).lineTo(width - 6, height - 6).moveTo(width - 6, 6).lineTo(6, height - 6);
    g.stroke({ width: 3, color: palette.freed.cross, alpha: 0.8 });
    const tag = label('freed', { fontFamily: UI_FONT_FAMILY, fontWeight: 'bold', fontSize: 11, fill: palette.freed.cross });
    tag.anchor.set(0.5, 0);
    tag.position.set(width / 2, height + 2);
    this.addChild(g, tag);
  }
}
