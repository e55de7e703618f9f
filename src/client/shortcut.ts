/** Minimal DOM surface the shortcut needs, so it can be tested without a browser. */
interface ShortcutDocument {
  addEventListener(type: "keydown", listener: (event: KeyboardEvent) => void): void;
  getElementById(id: string): HTMLElement | null;
  activeElement: Element | null;
}

/** True when the key event comes from a place where "/" is text, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * "/" (outside text fields) and Ctrl+K / ⌘K focus the search box, as on most sites: the first of
 * `inputIds` the page has, so a page with its own search box (/search/) focuses that one.
 */
export function installSearchShortcut(doc: ShortcutDocument, inputIds: string | readonly string[]): void {
  const ids = typeof inputIds === "string" ? [inputIds] : inputIds;
  doc.addEventListener("keydown", (event) => {
    const isSlash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const isCtrlK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
    if (!isSlash && !isCtrlK) return;
    const input = ids.map((id) => doc.getElementById(id)).find((found) => found instanceof HTMLInputElement);
    if (!(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
