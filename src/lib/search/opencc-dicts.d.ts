// opencc-js ships its dictionaries as untyped ES modules: "TRAD SIMP|TRAD SIMP|…".
declare module "opencc-js/dict/TSCharacters" {
  const dict: string;
  export default dict;
}
declare module "opencc-js/dict/TWVariantsRev" {
  const dict: string;
  export default dict;
}
declare module "opencc-js/dict/HKVariantsRev" {
  const dict: string;
  export default dict;
}
declare module "opencc-js/dict/STCharacters" {
  const dict: string;
  export default dict;
}
