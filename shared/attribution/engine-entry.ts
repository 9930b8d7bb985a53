// The engine's two calls the speed benchmark times, in one module it can
// bundle as the app bundles its worker (bench/attribution.ts).
export { suggestAttributions } from './suggest.ts'
export { winkBaseline } from './nlp.ts'
