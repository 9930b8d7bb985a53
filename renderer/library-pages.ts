// The library as the view holds it: the documents fetched so far, a page at
// a time, at their places in the whole list (the services sort and filter
// it: listLibrary), how many there are, and the stamp of the library they
// came from. The view asks for the rows it reaches; a page that comes back
// with another stamp means the library changed, so the pages held are
// dropped and fetched again as the view reaches them.

import type { Api, DocumentSummary } from '../shared/api/contract.ts'
import type { LibraryPage } from '../shared/api/library-page.ts'
import { fromColumns } from '../shared/api/summary-columns.ts'
import type { LibrarySort } from '../shared/library/library-order.ts'

// A page is about 23 KB of columns; a screen shows 5-10 documents.
const LIBRARY_PAGE = 100

// A page come in: its documents, from this place in the list on.
export interface Page { offset: number; documents: DocumentSummary[] }

export class LibraryPages {
  sort: LibrarySort = 'added'
  filter = ''
  // Documents that pass the filter, and all in the library (null until
  // the first answer).
  total = 0
  all: number | null = null
  #rows: (DocumentSummary | undefined)[] = []
  #stamp: string | null = null
  // Pages asked for and not yet in, for this generation of questions.
  #asked = new Set<number>()
  // Bumped when the question changes (reload) or the library did: answers
  // to earlier questions are dropped.
  #generation = 0
  // The next answer starts the list afresh (a new sort or filter).
  #fresh = true
  #api: Pick<Api, 'listLibrary'>
  #changed: (page: Page | null) => void
  #failed: (error: unknown) => void
  #size: number

  // changed: told a page that came in, or null when the whole list is new.
  constructor(api: Pick<Api, 'listLibrary'>, changed: (page: Page | null) => void, failed: (error: unknown) => void, size = LIBRARY_PAGE) {
    this.#api = api
    this.#changed = changed
    this.#failed = failed
    this.#size = size
  }

  // The document at a place in the list, when its page is in.
  at(index: number): DocumentSummary | undefined {
    return this.#rows[index]
  }

  // Asks again from the first page (the library changed, or the sort or
  // filter did); done once that page is in.
  async reload(): Promise<void> {
    this.#generation++
    this.#asked.clear()
    this.#fresh = true
    await this.#ask(0, true)
  }

  // The view shows these rows (in order): fetches the pages they are on,
  // and the next or previous page when they are within half a page of it.
  want(rows: readonly number[]): void {
    if (rows.length === 0 || this.total === 0) return
    const half = Math.floor(this.#size / 2)
    const from = Math.max(0, rows[0]! - half)
    const to = Math.min(this.total - 1, rows.at(-1)! + half)
    for (let page = Math.floor(from / this.#size); page <= Math.floor(to / this.#size); page++) {
      if (this.#rows[page * this.#size] === undefined && !this.#asked.has(page)) void this.#ask(page)
    }
  }

  // early: the first page may come from the library's entries before they
  // are checked against the files after the start; such an answer is shown,
  // and the page asked again, which waits for the check (a changed library
  // comes back with another stamp).
  async #ask(page: number, early = false): Promise<void> {
    const generation = this.#generation
    this.#asked.add(page)
    let answer: LibraryPage
    try {
      answer = await this.#api.listLibrary({ sort: this.sort, filter: this.filter, offset: page * this.#size, limit: this.#size, ...(early ? { early } : {}) })
    } catch (error) {
      if (generation !== this.#generation) return
      this.#asked.delete(page)
      this.#failed(error)
      return
    }
    if (generation !== this.#generation) return
    this.#take(answer)
    if (answer.checking) void this.#ask(page)
  }

  #take(answer: LibraryPage): void {
    const fresh = this.#fresh || answer.stamp !== this.#stamp
    if (fresh) {
      // Answers already asked for are of the old library: dropped.
      if (!this.#fresh) {
        this.#generation++
        this.#asked.clear()
      }
      this.#fresh = false
      this.#stamp = answer.stamp
      this.#rows = []
    }
    this.total = answer.total
    this.all = answer.all
    this.#rows.length = answer.total
    const documents = fromColumns(answer.columns)
    documents.forEach((document, i) => { this.#rows[answer.offset + i] = document })
    this.#changed(fresh ? null : { offset: answer.offset, documents })
  }
}
