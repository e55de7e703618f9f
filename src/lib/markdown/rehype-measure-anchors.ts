import type { Element, ElementContent, Root, Text } from "hast";

/**
 * A rehype plugin: marks each measure of an entry where it stands in the text, so the measures
 * table and the text link both ways without JavaScript. The measures come from the entry's
 * frontmatter, which Astro hands to rehype plugins as file.data.astro.frontmatter.
 */

interface MeasureLike {
  text?: unknown;
}
interface FileLike {
  data: { astro?: { frontmatter?: { measures?: MeasureLike[] } } };
}

function wrap(node: Text, at: number, length: number, position: number): ElementContent[] {
  const matched = node.value.slice(at, at + length);
  const mark: Element = {
    type: "element",
    tagName: "mark",
    properties: { id: `measure-text-${position}`, className: ["measure-in-text"] },
    children: [{ type: "text", value: matched }],
  };
  const reference: Element = {
    type: "element",
    tagName: "a",
    properties: { href: `#measure-${position}`, className: ["measure-ref"], title: `举措 ${position}（见举措表）` },
    children: [{ type: "text", value: `[${position}]` }],
  };
  const parts: ElementContent[] = [];
  if (at > 0) parts.push({ type: "text", value: node.value.slice(0, at) });
  parts.push(mark, { type: "element", tagName: "sup", properties: {}, children: [reference] });
  if (at + length < node.value.length) parts.push({ type: "text", value: node.value.slice(at + length) });
  return parts;
}

/** Finds a measure's text in the first text node holding it and wraps it; false when absent. */
function markMeasure(parent: Root | Element, text: string, position: number): boolean {
  for (let index = 0; index < parent.children.length; index += 1) {
    const child = parent.children[index];
    if (!child) continue;
    if (child.type === "text") {
      const at = child.value.indexOf(text);
      if (at === -1) continue;
      parent.children.splice(index, 1, ...wrap(child, at, text.length, position));
      return true;
    }
    if (child.type === "element" && child.tagName !== "mark" && markMeasure(child, text, position)) return true;
  }
  return false;
}

/** The shortest opening of a measure that still finds it where inline markup splits its text. */
const MIN_PREFIX = 8;

/**
 * Marks a measure: its whole text, else its longest opening found within one text node (inline
 * markup such as a link or an escaped tag can split a sentence); when even that fails, an empty
 * anchor at the top of the text keeps the measures table's link from pointing nowhere.
 */
function anchorMeasure(tree: Root, text: string, position: number): void {
  for (let length = text.length; length >= MIN_PREFIX; length = length === text.length ? 40 : length - 8) {
    if (length > text.length) continue;
    if (markMeasure(tree, text.slice(0, length), position)) return;
  }
  tree.children.unshift({
    type: "element",
    tagName: "span",
    properties: { id: `measure-text-${position}`, className: ["measure-in-text"] },
    children: [],
  });
}

export default function rehypeMeasureAnchors() {
  return (tree: Root, file: FileLike): void => {
    const measures = file.data.astro?.frontmatter?.measures ?? [];
    measures.forEach((measure, index) => {
      if (typeof measure.text === "string" && measure.text.trim()) anchorMeasure(tree, measure.text.trim(), index + 1);
    });
  };
}
