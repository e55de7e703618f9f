import path from "node:path";
import {
  describeIssues,
  isTopicComponent,
  SOURCE_PROP,
  TOPIC_COMPONENT_PROPS,
  TOPICS_DIR,
} from "../topics/component-props";

/**
 * Checks a 专题 page's live components while MDX compiles it: each use of <Measures>, <Timeline>,
 * <Chart>, <UnitTasks> must have valid props (component-props.ts), and a capitalised name that is
 * none of them is an error too, so a typo fails the build with the file and line instead of
 * rendering nothing. Each use also gets its place (file:line:column) as a prop, so a component
 * that finds a problem only at render time can say where it was written.
 */

/** The parts of an MDX JSX node this plugin reads (mdast-util-mdx-jsx), without depending on its types. */
interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface Node {
  type: string;
  name?: string | null;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface File {
  path?: string;
  cwd?: string;
}

/** Only hand-written 专题 pages are checked: other MDX may use other components. */
const isTopicFile = (file: string): boolean =>
  file.endsWith(".mdx") && path.dirname(path.resolve(file)) === path.resolve(TOPICS_DIR);

/** The value of an attribute as written: a string, true for a bare name, or a literal in braces (limit={10}). */
function attributeValue(attribute: JsxAttribute): unknown {
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value;
  try {
    return JSON.parse(value.value) as unknown;
  } catch {
    // An expression the compiler cannot read (a variable): the component checks it when it renders.
    return undefined;
  }
}

/** A topic-checking error: the file and line first, as compilers write them. */
export class TopicComponentError extends Error {
  constructor(
    readonly location: string,
    message: string,
  ) {
    super(`${location}: ${message}`);
    this.name = "TopicComponentError";
  }
}

/** Every JSX element of a tree, depth first. */
function* jsxElements(node: Node): Generator<Node> {
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") yield node;
  for (const child of node.children ?? []) yield* jsxElements(child);
}

/** The remark plugin: checks a topic file's components and records where each is used. */
export default function remarkTopicComponents() {
  return (tree: Node, file: File): void => {
    if (!file.path || !isTopicFile(file.path)) return;
    const where = (node: Node): string => {
      const start = node.position?.start;
      const name = path.relative(file.cwd ?? process.cwd(), file.path ?? "");
      return start ? `${name}:${start.line}:${start.column}` : name;
    };
    for (const node of jsxElements(tree)) {
      const name = node.name ?? "";
      if (!/^[A-Z]/.test(name)) continue;
      if (!isTopicComponent(name))
        throw new TopicComponentError(
          where(node),
          `<${name}> is not a 专题 component; use ${Object.keys(TOPIC_COMPONENT_PROPS)
            .map((known) => `<${known}>`)
            .join(", ")}`,
        );
      const props: Record<string, unknown> = {};
      let readable = true;
      for (const attribute of node.attributes ?? []) {
        // {...spread} or a variable: only the component, when it renders, can check those.
        if (attribute.type !== "mdxJsxAttribute" || !attribute.name) readable = false;
        else {
          const value = attributeValue(attribute);
          if (value === undefined) readable = false;
          else props[attribute.name] = value;
        }
      }
      const result = TOPIC_COMPONENT_PROPS[name].safeParse(props);
      if (readable && !result.success)
        throw new TopicComponentError(where(node), `<${name}> ${describeIssues(result.error)}`);
      node.attributes = [
        ...(node.attributes ?? []),
        { type: "mdxJsxAttribute", name: SOURCE_PROP, value: where(node) },
      ];
    }
  };
}
