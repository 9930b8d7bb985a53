// The country a national news outlet writes from, as the adjective the
// engine names states with ("Xinhua" -> "Chinese"). A country's own outlet
// writing from home names its readers' ministry as they know it ("the
// Ministry of Commerce"); a foreign wire's dispatch from there names it for
// readers abroad (label conventions: "Japanese Ministry of Post and
// Telecommunications" in Reuters from Tokyo). Wires that write for the
// world (Reuters, AP, AFP) have no home here.

import { knownOutlet } from './outlets.ts'

const HOMES = new Map<string, string>([
  ['Xinhua', 'Chinese'], ['China Daily', 'Chinese'], ['Global Times', 'Chinese'], ["People's Daily", 'Chinese'], ['CGTN', 'Chinese'], ['CCTV', 'Chinese'],
  ['TASS', 'Russian'], ['RIA Novosti', 'Russian'], ['Interfax', 'Russian'], ['Sputnik', 'Russian'], ['RT', 'Russian'], ['Izvestia', 'Russian'],
  ['KCNA', 'North Korean'], ['Yonhap', 'South Korean'], ['Kyodo', 'Japanese'], ['Jiji Press', 'Japanese'], ['NHK', 'Japanese'],
  ['IRNA', 'Iranian'], ['Anadolu', 'Turkish'], ['Bernama', 'Malaysian'], ['Antara', 'Indonesian'], ['KUNA', 'Kuwaiti'],
  ['SPA', 'Saudi'], ['WAM', 'Emirati'], ['ANSA', 'Italian'], ['EFE', 'Spanish'], ['dpa', 'German'], ['BBC', 'British'],
])

// The adjective of the outlet's home country, or null.
export function homeOf(outlet: string | null): string | null {
  if (!outlet) return null
  return HOMES.get(knownOutlet(outlet) ?? outlet) ?? null
}
