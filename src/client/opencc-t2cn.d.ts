// opencc-js ships types for its full build only; the t2cn entry has the same API.
declare module "opencc-js/t2cn" {
  export { Converter, HTMLConverter } from "opencc-js";
}
