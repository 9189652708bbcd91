import type { ServerResponse } from 'node:http'
import type { EventName, EventPayloads } from '../../shared/contract'

/** Server-Sent Events fan-out: every connected renderer gets every event main emits. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>()
  private readonly keepAlive: NodeJS.Timeout

  constructor(keepAliveMs = 25_000) {
    // A comment line now and then keeps idle connections from being dropped by the browser.
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), keepAliveMs)
    this.keepAlive.unref()
  }

  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    response.write(': connected\n\n')
    this.clients.add(response)
    response.on('close', () => this.clients.delete(response))
  }

  emit<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`)
  }

  close(): void {
    clearInterval(this.keepAlive)
    for (const client of this.clients) client.end()
    this.clients.clear()
  }

  private write(chunk: string): void {
    for (const client of this.clients) client.write(chunk)
  }
}
