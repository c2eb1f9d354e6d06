/** Sends one JSON request and resolves with the answer's body; rejects with a plain-worded `Error`. */
export interface Transport {
  send<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/**
 * The base of the typed API classes (rounds, releases, checker words): each makes its calls
 * through one {@link Transport}, which in the app is the signed-in `ApiClient` and in tests a
 * recording stand-in.
 */
export abstract class TransportApi {
  protected readonly transport: Transport;

  constructor(transport: Transport) {
    this.transport = transport;
  }
}
