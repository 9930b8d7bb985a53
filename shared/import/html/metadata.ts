// What a web page says about its article: title, publisher, author, date,
// address and language (JSON-LD inLanguage, <html lang>, og:locale). Each field takes the first source that has it, most
// deliberate first: the JSON-LD Article block (written for search engines,
// so usually clean), then Open Graph and other <meta> tags, then what the
// page shows (<title>, the h1, the byline, a <time>). Broken JSON-LD is
// ignored. Values are plain text with spaces collapsed, cut to the
// DocumentMeta limits; addresses are kept only as absolute http(s) URLs.

import type { DocumentMeta } from '../../model/document.ts'
import { keptPageUrl } from '../../links/policy.ts'
import { attr, collapseSpaces, findAll, findFirst, textOf, type Element, type MainContent, type Page } from './main-content.ts'
import { languageTag } from '../../text/detect-language.ts'

const MAX_TEXT = 1000
const MAX_DATE = 100

export function readMetadata(page: Page, content: MainContent, headline: string | undefined): Partial<DocumentMeta> {
  const tags = collectTags(page)
  const ld = jsonLdArticle(tags.jsonLd)
  const meta = (key: string) => metaContent(tags.metas, key)
  const publisher = text(firstOf(nameOf(ld?.['publisher'], 'first'), meta('og:site_name'), meta('application-name')))
  const title = text(firstOf(
    string(ld?.['headline']),
    withoutSiteName(meta('og:title'), publisher),
    withoutSiteName(tags.title && textOf(tags.title, () => true), publisher),
    headline ?? (tags.h1 && textOf(tags.h1)),
  ))
  const author = text(firstOf(nameOf(ld?.['author'], 'all'), meta('author'), bylineText(content.byline)))
  const published = date(firstOf(
    string(ld?.['datePublished']),
    meta('article:published_time'),
    datetimeOf(findFirst(content.root, isDatedTime, notForeign)),
    datetimeOf(tags.time),
  ))
  const url = firstOf(
    httpUrl(string(ld?.['url'])),
    httpUrl(entityUrl(ld?.['mainEntityOfPage'])),
    httpUrl(meta('og:url')),
    httpUrl(tags.canonical && attr(tags.canonical, 'href')),
  )
  const language = languageTag(firstOf(string(ld?.['inLanguage']), tags.html && attr(tags.html, 'lang'), meta('content-language'), httpEquiv(tags.metas, 'content-language'), meta('og:locale')))
  const found: Partial<DocumentMeta> = {}
  if (language) found.language = language
  if (title) found.title = title
  if (publisher) found.publisher = publisher
  if (author) found.author = author
  if (published) found.published = published
  if (url) found.url = url
  return found
}

// The story's text as the page's JSON-LD gives it (articleBody), if any.
export function jsonLdArticleBody(page: Page): string | undefined {
  return string(jsonLdArticle(collectTags(page).jsonLd)?.['articleBody'])
}

// An absolute http: or https: URL with a host, or nothing (the link policy).
// Relative URLs are not resolved: a saved page's <base> may point anywhere.
function httpUrl(value: string | undefined): string | undefined {
  return keptPageUrl(value) ?? undefined
}

function firstOf(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && collapseSpaces(v) !== '')
}

function text(value: string | undefined): string | undefined {
  return value === undefined ? undefined : collapseSpaces(value).slice(0, MAX_TEXT) || undefined
}

// A date cut short would be wrong, so an over-long one is dropped instead.
function date(value: string | undefined): string | undefined {
  const trimmed = value === undefined ? undefined : collapseSpaces(value)
  return trimmed && trimmed.length <= MAX_DATE ? trimmed : undefined
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

// ---- JSON-LD ----------------------------------------------------------------

type LdObject = Record<string, unknown>

function isObject(value: unknown): value is LdObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// The first Article-like object in any JSON-LD block (top level, arrays and
// @graph), else the first object with a headline.
function jsonLdArticle(scripts: Element[]): LdObject | undefined {
  const objects = scripts.flatMap((script) => flatten(parseJson(textOf(script, () => true))))
  return objects.find((o) => isArticleType(o['@type'])) ?? objects.find((o) => typeof o['headline'] === 'string')
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source)
  } catch {
    return undefined
  }
}

function flatten(value: unknown, depth = 0): LdObject[] {
  if (depth > 4) return []
  if (Array.isArray(value)) return value.flatMap((v) => flatten(v, depth + 1))
  if (!isObject(value)) return []
  return [value, ...flatten(value['@graph'], depth + 1)]
}

// "NewsArticle", "ReportageNewsArticle", "BlogPosting", also written as
// "schema:NewsArticle" or "https://schema.org/NewsArticle".
function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type]
  return types.some((t) => typeof t === 'string' && /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/.test(t.split(/[/:#]/).pop() ?? ''))
}

// A person or organisation as a string, {name}, or a list of them.
function nameOf(value: unknown, which: 'first' | 'all'): string | undefined {
  const list = Array.isArray(value) ? value : [value]
  const found = list
    .map((v) => (typeof v === 'string' ? v : isObject(v) ? string(v['name']) : undefined))
    .filter((v): v is string => v !== undefined && collapseSpaces(v) !== '')
    .map(collapseSpaces)
  const unique = [...new Set(found)]
  if (unique.length === 0) return undefined
  return which === 'first' ? unique[0] : unique.join(', ')
}

function entityUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (!isObject(value)) return undefined
  return string(value['@id']) ?? string(value['url'])
}

// ---- Tags -------------------------------------------------------------------

// The elements metadata is read from, found in one pass over the page.
interface Tags {
  html: Element | undefined
  metas: Element[]
  jsonLd: Element[]
  title: Element | undefined
  canonical: Element | undefined
  h1: Element | undefined
  time: Element | undefined
}

function collectTags(page: Page): Tags {
  const tags: Tags = { html: undefined, metas: [], jsonLd: [], title: undefined, canonical: undefined, h1: undefined, time: undefined }
  for (const el of findAll(page, () => true, notForeign)) {
    if (el.tagName === 'html') tags.html ??= el
    else if (el.tagName === 'meta') tags.metas.push(el)
    else if (el.tagName === 'script' && attr(el, 'type')?.trim().toLowerCase() === 'application/ld+json') tags.jsonLd.push(el)
    else if (el.tagName === 'title') tags.title ??= el
    else if (el.tagName === 'link' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) tags.canonical ??= el
    else if (el.tagName === 'h1') tags.h1 ??= el
    else if (isDatedTime(el)) tags.time ??= el
  }
  return tags
}

// svg and math have their own <title> and <script>, which are not the page's.
function notForeign(el: Element): boolean {
  return el.tagName !== 'svg' && el.tagName !== 'math' && el.tagName !== 'template'
}

// <meta http-equiv="Content-Language" content="zh-CN">
function httpEquiv(metas: Element[], key: string): string | undefined {
  const found = metas.find((el) => attr(el, 'http-equiv')?.trim().toLowerCase() === key)
  return found && attr(found, 'content')
}

// <meta property=og:title> or <meta name=og:title>, whichever the page uses.
function metaContent(metas: Element[], key: string): string | undefined {
  const found = metas.find((el) => [attr(el, 'property'), attr(el, 'name')].some((v) => v?.trim().toLowerCase() === key)
    && collapseSpaces(attr(el, 'content') ?? '') !== '')
  return found && attr(found, 'content')
}

// "Headline | Site" -> "Headline", only when "Site" is the publisher's name.
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (title === undefined || site === undefined) return title
  const clean = collapseSpaces(title)
  for (const separator of [' | ', ' - ', ' – ', ' — ']) {
    const suffix = `${separator}${site}`
    if (clean.length > suffix.length && clean.toLowerCase().endsWith(suffix.toLowerCase())) return clean.slice(0, -suffix.length)
  }
  return clean
}

// "By Jane Doe and Li Wei" -> "Jane Doe and Li Wei"; a date inside the
// byline is not part of the name.
function bylineText(byline: Element | undefined): string | undefined {
  if (!byline) return undefined
  const words = collapseSpaces(textOf(byline, (el) => el.tagName !== 'time' && el.tagName !== 'script' && el.tagName !== 'style'))
  return words.replace(/^by\s+/i, '').replace(/[\s|·•,–—-]+$/u, '') || undefined
}

function isDatedTime(el: Element): boolean {
  return el.tagName === 'time' && collapseSpaces(attr(el, 'datetime') ?? '') !== ''
}

function datetimeOf(time: Element | undefined): string | undefined {
  return time && attr(time, 'datetime')
}
