import type { Metafile } from 'esbuild'

export declare function staticChunks(metafile: Metafile, entry: string, outdir: string): string[]
export declare function withModulePreloads(html: string, chunks: string[]): string
