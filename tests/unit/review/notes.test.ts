import { expect, test } from "vitest";
import { BODY_FIELD, explainNote, NO_DOUBT_REASON, reviewChecklist } from "../../../src/lib/review/notes";
import { reportFixture } from "../report-fixture";

const report = reportFixture;

/** Every wording src/lib/extract writes a note in, with the field it must point at. */
const NOTES: [note: string, field: string][] = [
  ["原文无标题，标题取自首句", "title"],
  ["未找到标题", "title"],
  ["标题由「检查」与落款单位组成，原文无完整标题", "title"],
  ["正文未写明城市，按记录中的行政区划代码 411200 定为三门峡市", "region.city"],
  ["正文未写明城市，按文中唯一的县级地名「龙泉市」定为丽水市龙泉市", "region"],
  ["本文未写明城市，按同一版面推定为洛阳市", "region.city"],
  ["原文未写明地区，地区留空", "region"],
  ["只写明「新华区」，所属城市不能确定", "region"],
  ["交通运输部是国务院部门，不按地区归属", "region"],
  ["原文没有任何日期，日期记为 unknown", "date"],
  ["「6月18日」未注明年份，全文也无年份可依", "date"],
  ["「11月15日」的年份出版日期不详，按数据库记录时间 2018-11-16 推定（记录时间可能晚于发布）", "date"],
  ["「昨日」无法换算：出版日期不详，按版面上最晚的日期 2024-09-19 推定，只取到月", "date"],
  ["「近日」只说明在出版日前不久，记到出版年", "date"],
  ["「3月5日」未注明年份，按标题或导语中的「2023年」推定", "date"],
  ["正文未写明日期，取来源的发布日期", "date"],
  ["正文未写明日期，按文件年度「2018年」记到年", "date"],
  ["正文与来源均未写明日期，按版面上最晚的日期 2024-09-19 推定到月", "date"],
  ["单位未能按地区规范：河上镇、局属各单位", "units"],
  [
    "「王主任」像职务加人名，但姓氏不在 content/taxonomy/surnames.json 中，未列为领导；如是人名，请补入姓氏表",
    "leaders",
  ],
  ["「县人民政府副县长泽登伦珠」已列为领导，但姓氏不在 content/taxonomy/surnames.json 中，请核对", "leaders"],
  ["原文提到市长、书记，但未写姓名，未列为领导", "leaders"],
  ["标题提到领导职务，但原文未写姓名", "leaders"],
  ["原文未注明来源", "source.name"],
  ["本文由同一版面拆分而来，请核对起止", BODY_FIELD],
  ["原文有乱码，无法复原：?xì)狻", BODY_FIELD],
];

test.each(NOTES)("%s → a plain Chinese reason and the field %s", (note, field) => {
  const item = explainNote(note, report());
  expect(item.note).toBe(note);
  expect(item.field.path).toBe(field);
  expect(item.field.label).toMatch(/^[\p{Script=Han}（）]+$/u);
  // No English and no `unknown` in what the reviewer reads (the garbled text is the source's own).
  expect(item.reason.replace(/：\?xì.*$/, "")).not.toMatch(/[A-Za-z]/);
});

test("dates inside a note read as Chinese dates, and an undated entry's date value is 不详", () => {
  expect(explainNote("原文没有任何日期，日期记为 unknown", report({ date: "unknown" }))).toMatchObject({
    reason: "原文没有任何日期，日期暂记为「不详」",
    field: { path: "date", label: "日期", value: "不详" },
  });
  expect(explainNote("正文与来源均未写明日期，按版面上最晚的日期 2024-09-19 推定到月", report()).reason).toBe(
    "日期是推定的：正文与来源均未写明日期，按版面上最晚的日期 2024年9月19日 推定到月",
  );
});

test("the field's value is shown as the site writes it", () => {
  expect(explainNote("原文未注明来源", report()).field).toEqual({
    path: "source.name",
    label: "来源",
    value: "未注明",
  });
  expect(explainNote("本文未写明城市，按同一版面推定为洛阳市", report()).field.value).toBe("河南省洛阳市");
  const leaders = report({ leaders: [{ name: "江凌", title: "市委书记", role: "讲话" }] });
  expect(explainNote("标题提到领导职务，但原文未写姓名", leaders).field.value).toBe("市委书记江凌");
  expect(explainNote("标题提到领导职务，但原文未写姓名", report()).field.value).toBe("（无）");
});

test("a note of a wording not known here is shown as written, English words made Chinese, against the whole entry", () => {
  expect(explainNote("某项新提示：日期 unknown", report())).toEqual({
    note: "某项新提示：日期 unknown",
    reason: "某项新提示：日期 不详",
    field: { path: BODY_FIELD, label: "全文" },
  });
});

test("the checklist lists open notes once each, checked ones left out", () => {
  const items = reviewChecklist(
    report({ review: ["原文未注明来源", "未找到标题", "原文未注明来源"], reviewChecked: ["未找到标题"] }),
  );
  expect(items.map((item) => item.note)).toEqual(["原文未注明来源"]);
});

test("an entry with nothing to doubt, or every note checked, has one line to confirm it as a whole", () => {
  for (const fields of [{}, { review: ["未找到标题"], reviewChecked: ["未找到标题"] }]) {
    const items = reviewChecklist(report(fields));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ note: "", reason: NO_DOUBT_REASON, field: { label: "全文" } });
  }
  expect(NO_DOUBT_REASON).toBe("无疑点，待人工确认");
});
