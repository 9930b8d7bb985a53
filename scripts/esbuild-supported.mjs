// What esbuild may leave as written for our targets (node20, chrome120).
// esbuild 0.28 counts regular expressions with Unicode property escapes
// (/^\p{Lu}/u) as unsupported there and rewrites each literal as
// `new RegExp("^\\p{Lu}", "u")`, built afresh at every call of the function
// it sits in: the attribution engine has ~180 of them in rules run per
// token and per cue. Node 20 and Chromium 120 read these escapes natively
// (ES2018), so they are kept as literals.
export const SUPPORTED = { 'regexp-unicode-property-escapes': true }
