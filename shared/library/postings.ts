// One word's postings in one field of the search index (search-index.ts):
// one 32-bit number each, the document number << TF_BITS | the word's
// count in the field (at most TF_MAX), in a typed array grown by doubling.

export const TF_BITS = 10
export const TF_MAX = (1 << TF_BITS) - 1

export class Postings {
  data: Uint32Array
  n: number
  constructor(data: Uint32Array = new Uint32Array(2), n = 0) {
    this.data = data
    this.n = n
  }

  push(entry: number): void {
    if (this.n === this.data.length) {
      const grown = new Uint32Array(this.n * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.n++] = entry
  }
}
