import { expect, test } from "vitest";
import { catalogEntry } from "../../support/catalog-entry";
import { ledgerRows } from "../../../src/lib/catalog/catalog";
import { demandingLeaders, taskGroups, taskSummary, unitFollowUps } from "../../../src/lib/followup/task-sheet";
import { TASK_SHEET_COLUMNS, taskSheetCsv } from "../../../src/lib/view/csv";

const entry = catalogEntry;

const entries = [
  entry("meeting", {
    date: "2024-03-01",
    meeting: "全市城市提质工作推进会",
    leaders: [
      { name: "江凌", title: "市委书记", role: "讲话" },
      { name: "徐衣显", title: "市长", role: "主持" },
      { name: "李保国", role: "出席" },
    ],
    measures: [
      { text: "确保年底前完成改造", units: ["市城管局"], deadline: { text: "年底前", date: "2024-12-31" } },
      { text: "每月通报一次进展", units: ["市城管局"] },
      {
        text: '=HYPERLINK("http://x")加快拆违',
        units: ["市城管局"],
        deadline: { text: "9月底前", date: "2024-09-30" },
      },
      { text: "另一单位的任务", units: ["市住建局"] },
    ],
  }),
  entry("circular", {
    date: "--06-18",
    leaders: [{ name: "王少青", title: "市委常委、宣传部长", role: "主持" }],
    measures: [{ text: "限期整改到位", units: ["市城管局"], deadline: { text: "限期" } }],
  }),
];
const byId = new Map(entries.map((item) => [item.id, item]));
const mine = ledgerRows(entries).filter((row) => row.measure.units.includes("市城管局"));

test("the demanding leader is who spoke or assigned the work, else who chaired; attendees never", () => {
  expect(demandingLeaders(entries[0]?.data ?? { leaders: [] })).toEqual(["市委书记江凌"]);
  expect(demandingLeaders(entries[1]?.data ?? { leaders: [] })).toEqual(["市委常委、宣传部长王少青"]);
  expect(demandingLeaders({ leaders: [{ name: "李保国", role: "出席" }] })).toEqual([]);
});

test("a unit's measures in status groups, in follow-up order, soonest deadline first", () => {
  const groups = taskGroups(mine, byId, "2024-09-15");
  expect(groups.map((group) => [group.status, group.items.map((item) => item.row.measure.text.slice(0, 6))])).toEqual([
    ["overdue", []],
    ["due-soon", ["=HYPER"]],
    ["in-progress", ["确保年底前完"]],
    ["undated", ["限期整改到位"]],
    ["recurring", ["每月通报一次"]],
    ["none", []],
  ]);
  const later = taskGroups(mine, byId, "2025-01-01");
  expect(later[0]?.items.map((item) => item.deadline.due)).toEqual(["2024-09-30", "2024-12-31"]);
  const [first] = later[0]?.items ?? [];
  expect(first?.meeting).toBe("全市城市提质工作推进会");
  expect(first?.leaders).toEqual(["市委书记江凌"]);
  // A report without a meeting name is known by its title.
  expect(later[3]?.items[0]?.meeting).toBe("circular");
  expect(taskSummary(later.map((group) => ({ status: group.status, count: group.items.length })))).toBe(
    "逾期 2 项，时限不详 1 项，长期 1 项",
  );
  expect(taskSummary([])).toBe("无");
});

test("the task sheet CSV, a unit's one export: BOM, a status column with its day, the ledger's columns, formulas disarmed, CRLF", () => {
  const csv = taskSheetCsv(
    taskGroups(mine, byId, "2024-09-15"),
    "2024-09-15",
    ({ row }) => `/r/${row.reportId}#${row.position}`,
  );
  expect(csv.startsWith("\ufeff")).toBe(true);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe(TASK_SHEET_COLUMNS.join(","));
  expect(lines).toHaveLength(5);
  expect(lines[1]).toBe(
    '即将到期,2024-09-15,"\'=HYPERLINK(""http://x"")加快拆违",,市城管局,9月底前,2024-09-30,,全市城市提质工作推进会,meeting,2024年3月1日,2024-03-01,市委书记江凌,地区不详,会议报道,/r/meeting#3',
  );
  expect(lines[3]).toMatch(
    /^时限不明,2024-09-15,限期整改到位,[^,]*,市城管局,限期,,,circular,circular,6月18日（年份不详）,'--06-18,市委常委、宣传部长王少青,/,
  );
  expect(lines[4]).toMatch(/^长期,2024-09-15,每月通报一次进展,[^,]*,[^,]*,每月,,/);
});

test("the index of task sheets counts each unit's measures by status, the units owing most first", () => {
  const rows = ledgerRows(entries);
  const byUnit = new Map([
    ["市住建局", rows.filter((row) => row.measure.units.includes("市住建局"))],
    ["市城管局", mine],
  ]);
  const [first, second] = unitFollowUps(byUnit, "2024-10-15");
  expect(first?.unit).toBe("市城管局");
  expect(first?.counts).toEqual({ overdue: 1, "due-soon": 0, "in-progress": 1, undated: 1, recurring: 1, none: 0 });
  expect(first?.dues.sort()).toEqual(["2024-09-30", "2024-12-31"]);
  expect(first?.total).toBe(4);
  expect(second).toMatchObject({ unit: "市住建局", total: 1, dues: [] });
  expect(second?.counts.none).toBe(1);
});
