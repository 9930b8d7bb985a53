// Initialisms that name things, not parties: "AI processors", "GDP growth",
// "the IPO", "EV sales". Written in capitals like NATO or the IMF, they are
// still common nouns, so none is a body that "the company" or "it" may stand for.

const THINGS = new Set(['AI', 'GDP', 'GNP', 'IPO', 'IPOs', 'EV', 'EVs', 'ETF', 'ETFs', 'LNG', 'LPG', 'GPU', 'GPUs', 'CPU', 'CPUs', 'PC', 'PCs',
  'IT', 'HR', 'VAT', 'ESG', 'CPI', 'PPI', 'PMI', 'API', 'APIs', 'AGM', 'EBITDA', 'EPS', 'R&D', 'M&A', 'IoT', 'UAV', 'UAVs', 'SUV', 'SUVs',
  'CEO', 'CFO', 'COO', 'CTO', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'YoY', 'DNA', 'RNA', 'HIV', 'COVID', 'GMT', 'UTC', 'FX', 'OTC', 'P/E'])

export const namesAThing = (name: string): boolean => THINGS.has(name)
