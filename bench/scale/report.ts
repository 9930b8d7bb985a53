// Figures and the markdown tables they are printed in: per size, each figure
// beside its baseline from the same run and the ratio; then how each figure
// grows from size to size.

type Unit = 'ms' | 'MB' | 'KB'

export interface Figure {
  name: string
  unit: Unit
  // null: it did not finish within `cap` (then shown as "> cap").
  value: number | null
  cap?: number
  // Measured in the same run, or (reference: true) the target, when no
  // baseline exists in code.
  baseline?: { label: string; value: number | null; cap?: number; reference?: boolean }
  target: string
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

function format(value: number | null, unit: Unit, cap?: number): string {
  if (value === null) return cap === undefined ? 'n/a' : `> ${format(cap, unit)}`
  if (unit === 'ms') return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`
  if (unit === 'MB') return `${(value / 1e6).toFixed(value >= 1e8 ? 0 : 1)} MB`
  return `${(value / 1e3).toFixed(value >= 1e5 ? 0 : 1)} KB`
}

function ratio(f: Figure): string {
  const b = f.baseline
  if (!b || b.value === null || b.value === 0) return '–'
  if (f.value === null) return `> ${((f.cap ?? 0) / b.value).toFixed(2)}×`
  return `${(f.value / b.value).toFixed(2)}×`
}

export function sizeTable(documents: number, figures: readonly Figure[]): string {
  const lines = [
    `#### ${documents.toLocaleString('en-US')} documents`,
    '',
    '| figure | today | baseline (same run) | ratio | target |',
    '|---|---|---|---|---|',
  ]
  for (const f of figures) {
    const b = f.baseline
    const base = b ? `${format(b.value, f.unit, b.cap)} (${b.label}${b.reference ? ', the target as reference' : ''})` : '–'
    lines.push(`| ${f.name} | ${format(f.value, f.unit, f.cap)} | ${base} | ${ratio(f)} | ${f.target} |`)
  }
  return lines.join('\n')
}

export function growthTable(runs: readonly { documents: number; figures: readonly Figure[] }[]): string {
  const names = [...new Set(runs.flatMap((r) => r.figures.map((f) => f.name)))]
  const lines = [
    `| figure | ${runs.map((r) => `${r.documents.toLocaleString('en-US')} docs`).join(' | ')} | target |`,
    `|---|${runs.map(() => '---|').join('')}---|`,
  ]
  for (const name of names) {
    const cells = runs.map((r) => {
      const f = r.figures.find((x) => x.name === name)
      return f ? format(f.value, f.unit, f.cap) : '–'
    })
    const target = runs.map((r) => r.figures.find((x) => x.name === name)?.target).find(Boolean) ?? ''
    lines.push(`| ${name} | ${cells.join(' | ')} | ${target} |`)
  }
  return lines.join('\n')
}
