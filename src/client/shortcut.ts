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

/** "/" (outside text fields) and Ctrl+K / ⌘K focus the search box, as on most sites. */
export function installSearchShortcut(doc: ShortcutDocument, inputId: string): void {
  doc.addEventListener("keydown", (event) => {
    const isSlash = event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const isCtrlK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
    if (!isSlash && !isCtrlK) return;
    const input = doc.getElementById(inputId);
    if (!(input instanceof HTMLInputElement)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
