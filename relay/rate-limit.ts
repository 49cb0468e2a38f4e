/**
 * Token buckets by key (a client address, a room): `burst` requests at once, refilled at
 * `perSecond`. In memory, per relay process: with several instances each enforces its own share.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    /** Bounds memory under a flood of distinct keys; the oldest buckets go first. */
    private readonly maxKeys = 100_000,
  ) {}

  /** 0 when the request may go ahead, else the seconds to wait (for Retry-After). */
  take(key: string, now: number): number {
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond)
      : this.burst;
    if (tokens < 1) {
      if (bucket) Object.assign(bucket, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / this.perSecond));
    }
    if (!bucket && this.buckets.size >= this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return 0;
  }

  /** Forgets buckets that have filled up again (they would start full anyway). */
  prune(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(key);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
