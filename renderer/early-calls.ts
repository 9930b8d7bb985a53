// The start's first API calls are sent by a small script of their own
// (early.ts) as the page's head is read, before the app's script (0.9 MB)
// is fetched, compiled and run: the server reads the startup document
// meanwhile. The API client takes each of those answers for the first
// call it makes with the same method and input, and checks it as it does
// any other; a call made after the start goes to the server.

import type { HttpAnswer, Post } from './http-post.ts'

declare global {
  interface Window { sourcemarkEarly?: Map<string, Promise<HttpAnswer>> }
}

export function earlyKey(url: string, json: string): string {
  return `${url} ${json}`
}

// post, but an early call's answer when one was sent with that url and body.
export function orEarly(post: Post, early: () => Map<string, Promise<HttpAnswer>> | undefined = () => window.sourcemarkEarly): Post {
  return (url, json) => {
    const calls = early()
    const key = earlyKey(url, json)
    const answer = calls?.get(key)
    if (!answer) return post(url, json)
    calls!.delete(key)
    return answer
  }
}

// The start is over: an answer not taken by now would be stale.
export function endEarlyCalls(): void {
  window.sourcemarkEarly?.clear()
  delete window.sourcemarkEarly
}
