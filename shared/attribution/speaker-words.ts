// Word lists speakers.ts reads a speaker phrase with ("the Kremlin's
// website", "people familiar with", "a spokesperson for", "an Iowa Republican").

export const OWN_CHANNELS = new Set(['website', 'site', 'account', 'page', 'channel', 'blog', 'feed'])
export const BODY_DESCRIPTIONS = new Set(['site', 'website', 'tracker', 'platform', 'consultancy', 'provider', 'think-tank', 'tank', 'nonprofit', 'charity', 'lobby'])
export const HEDGES = new Set(['familiar', 'close', 'briefed', 'polled', 'surveyed', 'involved'])
export const MISSIONS = new Set(['mission', 'delegation', 'embassy', 'representation'])
export const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative'])
export const FIRM_STAFF = /^(?:analysts|economists|strategists)$/
export const PARTISANS = /^(?:Republican|Democrat|Conservative|Liberal|Tory|Socialist|Labourite|Independent)$/
// Things named like agent nouns that carry words but speak for no one ('"Open up," the banner demanded').
export const THING_NOUNS = /^(?:banner|letter|paper|poster|flyer|sticker|marker|placard|sign|monitor|indicator|computer|recorder|counter|register|ledger|cover|headline|caption|slogan)$/
