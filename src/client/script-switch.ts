/**
 * The 简体阅读 switch on traditional-script reports: converts the report's zh-Hant parts to
 * simplified in place (opencc-js, phrase-aware), and back. The converter (about 100 KB) loads
 * only when a reader first asks for it.
 */
export function installScriptSwitch(button: HTMLButtonElement, root: HTMLElement): void {
  let handler: { convert(): void; restore(): void } | undefined;
  let simplified = false;
  button.hidden = false;
  button.addEventListener("click", () => {
    void (async () => {
      if (!handler) {
        const { Converter, HTMLConverter } = await import("opencc-js/t2cn");
        handler = HTMLConverter(Converter({ from: "t", to: "cn" }), root, "zh-Hant", "zh-CN");
      }
      if (simplified) handler.restore();
      else handler.convert();
      simplified = !simplified;
      button.textContent = simplified ? "显示原文（繁体）" : "简体阅读";
      button.setAttribute("aria-pressed", String(simplified));
    })();
  });
}
