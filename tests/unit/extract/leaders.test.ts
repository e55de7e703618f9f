import { expect, test } from "vitest";
import { extractLeaders } from "../../../src/lib/extract/leaders";

test("titles before names, roles from the verbs that follow", () => {
  const text =
    "当日上午,市委书记江凌、市长徐衣显分别带队开展观摩活动。在下午召开的推进会上,江凌出席并讲话,徐衣显主持会议,李保国、孙延文出席会议。";
  expect(extractLeaders(text).leaders).toEqual([
    { name: "江凌", title: "市委书记", role: "讲话" },
    { name: "徐衣显", title: "市长", role: "主持" },
    { name: "李保国", role: "出席" },
    { name: "孙延文", role: "出席" },
  ]);
});

test("several titles joined by 、 belong to one person; the verb after a list of titled names", () => {
  const text =
    "市长丁福浩,市委常委、宣传部长王少青,副市长王宏武,市政府秘书长孙鸿俊出席会议。王少青安排部署全市文明城市创建有关工作。";
  expect(extractLeaders(text).leaders).toEqual([
    { name: "丁福浩", title: "市长", role: "出席" },
    { name: "王少青", title: "市委常委、宣传部长", role: "部署" },
    { name: "王宏武", title: "副市长", role: "出席" },
    { name: "孙鸿俊", title: "市政府秘书长", role: "出席" },
  ]);
});

test("district titles, and a chair who also speaks is the chair", () => {
  const text =
    "区党工委书记张先彦强调:要时刻把老百姓放在心上。区党工委副书记、管委会主任陈磊主持会议。就贯彻落实本次会议精神,陈磊强调,一是凝心聚力。";
  expect(extractLeaders(text).leaders).toEqual([
    { name: "张先彦", title: "区党工委书记", role: "讲话" },
    { name: "陈磊", title: "区党工委副书记、管委会主任", role: "主持" },
  ]);
});

test("reporters and editors are not leaders", () => {
  expect(extractLeaders("本报讯(洛报融媒记者 郭学锋 通讯员 张向星)昨日,我市召开会议。责编:王玥").leaders).toEqual([]);
});
