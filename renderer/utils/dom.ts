// A tiny element builder: the DOM panels are plain elements, no framework.
type Attributes = Record<string, string | number | boolean | undefined>;
export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = String(value);
    else if (name === 'text') element.textContent = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Renders `code` spans written with backticks, as level prompts and hints use them. */
export function richText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  text.split(/(`[^`]+`)/).forEach((piece) => {
    if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 1) fragment.append(el('code', { text: piece.slice(1, -1) }));
    else if (piece) fragment.append(piece);
  });
  return fragment;
}
