// Types for esbuild-supported.mjs, read by bench/attribution.ts.
export declare const SUPPORTED: Record<string, boolean>
