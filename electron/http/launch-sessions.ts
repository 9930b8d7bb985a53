// How a browser gets into browser mode without a reusable secret on any
// command line. The browser is opened at /?code=<one-time code>: the code is
// random, works once and only for a short while, and is exchanged on first
// load for a session id that travels only in an HttpOnly, SameSite=Strict
// cookie. The code on the opener's and the browser's command line (where
// `ps` shows it to every user) is spent by then.
//
// A code presented a second time by anyone but the browser that spent it
// means someone else got there first: the session it opened is ended too,
// so a stolen code buys at most the moments until the user's own browser
// arrives.

import { randomBytes } from 'node:crypto'

export type Redeemed = { ok: true; session: string; fresh: boolean } | { ok: false; message: string }

interface Code { expires: number; session?: string }

export class LaunchSessions {
  private readonly codes = new Map<string, Code>()
  private readonly sessions = new Set<string>()
  private readonly now: () => number

  constructor(now: () => number = Date.now) {
    this.now = now
  }

  issueCode(lifetimeMs: number): string {
    const code = secret()
    this.codes.set(code, { expires: this.now() + lifetimeMs })
    return code
  }

  // `cookie` is the session the browser already holds, if any: the browser
  // that spent a code may load it again (a second click on the printed
  // address) and just goes on.
  redeem(code: string, cookie: string | undefined): Redeemed {
    const entry = this.codes.get(code)
    if (!entry) return { ok: false, message: 'This launch address is not valid.' }
    if (entry.session !== undefined) {
      if (cookie === entry.session && this.sessions.has(cookie)) return { ok: true, session: cookie, fresh: false }
      this.sessions.delete(entry.session)
      return { ok: false, message: 'This launch address was already used. For safety the session it opened has been ended.' }
    }
    if (this.now() > entry.expires) {
      this.codes.delete(code)
      return { ok: false, message: 'This launch address has expired.' }
    }
    entry.session = secret()
    this.sessions.add(entry.session)
    return { ok: true, session: entry.session, fresh: true }
  }

  isSession(value: string | undefined): boolean {
    return value !== undefined && this.sessions.has(value)
  }
}

function secret(): string {
  return randomBytes(32).toString('base64url')
}
