// One POST of a JSON body to this page's server (browser mode), as the
// API client and the start's early calls (early.ts) send it.

// An HTTP answer as the client reads it: its status and its body's text.
export interface HttpAnswer { status: number; text: string }
// POSTs a JSON body to a path of this page's server.
export type Post = (url: string, json: string) => Promise<HttpAnswer>

// XMLHttpRequest rather than fetch: its load event is dispatched in the task
// that reads the answer's last bytes, so the caller goes on there (a save is
// told saved in that task). fetch's answer comes in a task of its own, its
// body in another, and response.json() settles in a third, posted after the
// body is read; while the page draws, a frame runs before each of them, and
// "saved" was shown two or three frames after the answer came.
// headers: more request headers (early.ts marks its calls).
export function postRequest(url: string, json: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', url)
    request.setRequestHeader('Content-Type', 'application/json')
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value)
    request.onload = () => resolve({ status: request.status, text: request.responseText })
    request.onerror = request.onabort = request.ontimeout = () => reject(new Error(`No answer from ${url}.`))
    request.send(json)
  })
}
