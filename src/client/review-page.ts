import {
  buildReviewPatch,
  countMarks,
  keepPending,
  parseStoredMarks,
  reviewPatchFileName,
  reviewPatchText,
  setMark,
  syncListing,
  type EntryListing,
  type ReviewMarks,
} from "../lib/review/patch";
import { downloadText, localToday } from "./download";

/**
 * The 待审核 page in the browser: ticking a checklist line marks it checked, kept in localStorage
 * (per site: two sites on one server keep their own), so marks made on one page of the list, or
 * yesterday, are still there; 下载审核记录 hands all of them over as one file for
 * `npm run review:apply`. Nothing is sent anywhere: the site stays static.
 */

/** The localStorage key of a site's marks. */
export const marksKey = (base: string): string => `policy-kb:review-marks:${base}`;

/** localStorage, or null where the browser refuses it (storage off, some private windows). */
function openStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem("policy-kb");
    return storage;
  } catch {
    return null;
  }
}

interface ListedEntry {
  id: string;
  listing: EntryListing;
  boxes: HTMLInputElement[];
}

function listedEntries(doc: Document): ListedEntry[] {
  return [...doc.querySelectorAll<HTMLElement>("[data-entry-id]")].map((element) => {
    const boxes = [...element.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-note]")];
    return {
      id: element.dataset["entryId"] ?? "",
      listing: {
        file: element.dataset["file"] ?? "",
        source: element.dataset["source"] ?? "",
        notes: boxes.map((box) => box.dataset["note"] ?? ""),
      },
      boxes,
    };
  });
}

/** Wires the checklist, the status line and the download, print and clear buttons. */
export function startReviewPage(doc: Document): void {
  const tools = doc.querySelector<HTMLElement>("[data-testid=review-tools]");
  const status = doc.getElementById("review-marked");
  const download = doc.getElementById("review-download");
  const print = doc.getElementById("review-print");
  const clear = doc.getElementById("review-clear");
  if (!tools || !status || !(download instanceof HTMLButtonElement) || !(clear instanceof HTMLButtonElement)) return;
  const storage = openStorage();
  const key = marksKey(tools.dataset["base"] ?? "/");
  const entries = listedEntries(doc);

  let marks: ReviewMarks = parseStoredMarks(storage?.getItem(key) ?? null);
  const save = (): void => {
    try {
      if (Object.keys(marks).length > 0) storage?.setItem(key, JSON.stringify(marks));
      else storage?.removeItem(key);
    } catch {
      // A full or refused storage: the marks live on in this page until it is closed.
    }
  };
  const show = (): void => {
    for (const { id, boxes } of entries) {
      const checked = new Set(marks[id]?.checked ?? []);
      for (const box of boxes) {
        box.checked = checked.has(box.dataset["note"] ?? "");
        box.closest("li")?.classList.toggle("is-checked", box.checked);
      }
    }
    const { lines, entries: marked } = countMarks(marks);
    const kept = storage ? "保存在本机浏览器中" : "本浏览器不能保存勾选，关闭或翻页前请先下载";
    status.textContent =
      lines === 0 ? "尚未勾选。核对无误的项目，勾选即可。" : `已勾选 ${lines} 项，涉及 ${marked} 篇报告（${kept}）。`;
    status.dataset["lines"] = String(lines);
    download.disabled = lines === 0;
    clear.disabled = lines === 0;
  };

  // What this page lists now decides: a mark on a note rebuilt away since is dropped.
  for (const { id, listing } of entries) marks = syncListing(marks, id, listing);
  save();
  for (const { id, listing, boxes } of entries) {
    for (const box of boxes) {
      box.disabled = false;
      box.addEventListener("change", () => {
        marks = setMark(marks, id, listing, box.dataset["note"] ?? "", box.checked);
        save();
        show();
      });
    }
  }
  // Another tab of the list ticked something: show it here too.
  window.addEventListener("storage", (event) => {
    if (event.key !== key) return;
    marks = parseStoredMarks(event.newValue);
    show();
  });
  download.addEventListener("click", () => {
    const patch = buildReviewPatch(marks, { made: new Date().toISOString(), page: window.location.href });
    downloadText(reviewPatchFileName(localToday()), reviewPatchText(patch), "application/json;charset=utf-8");
  });
  clear.addEventListener("click", () => {
    if (!window.confirm("清除这台电脑上保存的全部勾选（所有页）？已下载的审核记录不受影响。")) return;
    marks = {};
    save();
    show();
  });
  // Entries reviewed since the marks were made (applied and rebuilt) are listed on no page: drop them.
  const pendingUrl = tools.dataset["pending"];
  if (pendingUrl) {
    fetch(pendingUrl)
      .then(async (response) => (response.ok ? ((await response.json()) as unknown) : null))
      .then((ids) => {
        if (!Array.isArray(ids)) return;
        marks = keepPending(marks, new Set(ids.filter((id): id is string => typeof id === "string")));
        save();
        show();
      })
      .catch(() => {
        // Without the list, marks of reviewed entries stay; review:apply skips them.
      });
  }
  if (print) {
    print.hidden = false;
    print.addEventListener("click", () => {
      window.print();
    });
  }
  show();
}
