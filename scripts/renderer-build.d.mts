import type { BuildOptions } from 'esbuild'

export declare const RENDERER_APP: BuildOptions & { entryPoints: Record<string, string>; outdir: string }
