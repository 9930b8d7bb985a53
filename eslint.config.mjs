// The configuration lives with the linter's own dependencies (see there).
export { default } from './tools/lint/eslint.config.mjs'
