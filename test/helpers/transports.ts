/** The client's two transports: the runtime suites run each of their tests through both. */
export const TRANSPORTS = ['undici', 'fetch'] as const;

export type Transport = (typeof TRANSPORTS)[number];
