// The nouns a company's results are counted in ("Revenue", "Earnings per
// share", "Net income"). A financial quantity is never a party: "Revenue for
// Comcast's cable unit" names the firm, not a body called "Revenue for
// Comcast", and "Revenue: $30 billion" is a data line, not a speaker's turn.

const MEASURES = new Set(['revenue', 'revenues', 'sales', 'earnings', 'profit', 'profits', 'income', 'loss', 'losses', 'ebitda',
  'ebit', 'eps', 'margin', 'margins', 'turnover', 'dividend', 'dividends', 'bookings', 'billings', 'subscribers', 'shipments',
  'deliveries', 'guidance', 'outlook', 'forecast', 'cash', 'capex', 'expenses', 'costs', 'orders', 'backlog'])

// Words that qualify a measure before it ("Net income", "Adjusted EBITDA", "Quarterly revenue").
const QUALIFIERS = new Set(['net', 'gross', 'operating', 'adjusted', 'total', 'core', 'quarterly', 'annual', 'underlying', 'comparable',
  'organic', 'diluted', 'free', 'pretax', 'pre-tax', 'full-year', 'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter'])

// Whether the words open with a measure, after at most two qualifiers.
export function opensWithMeasure(words: readonly string[]): boolean {
  for (let k = 0; k < words.length && k < 3; k++) {
    const w = words[k]!.toLowerCase()
    if (MEASURES.has(w)) return true
    if (!QUALIFIERS.has(w)) return false
  }
  return false
}

// Words of a reporting period before a measure ("second-quarter", "its Q2", "fiscal 2025").
const PERIOD = /^(?:-|its|their|the|half|quarterly|annual|half-year|full-year|fiscal|(?:first|second|third|fourth)(?:-quarter|-half)?|q[1-4]|h[12]|\d{4}|quarter|year)$/

// "reported second-quarter earnings before the bell", "reported its results on Tuesday": the words from k name
// only the period and the measure (no figure, no "of", no clause), so the report gives no content (GUIDE 2).
export function bareResults(words: readonly string[]): boolean {
  let k = 0
  while (k < words.length && k < 4 && (PERIOD.test(words[k]!) || QUALIFIERS.has(words[k]!))) k++
  if (k >= words.length || !MEASURES.has(words[k]!) && !/^(?:results|numbers)$/.test(words[k]!)) return false
  for (let n = k + 1; n < words.length; n++) if (/\d|^(?:of|that|:|"|“|showing|with|which|beating|topping|missing|above|below|ahead)$/.test(words[n]!)) return false
  return true
}
