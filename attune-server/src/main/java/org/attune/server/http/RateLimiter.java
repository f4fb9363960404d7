package org.attune.server.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller: {@code perMinute} requests a minute, in bursts of up to that many. Buckets that have
 * refilled completely are dropped, so the map stays as small as the set of callers of the last minute.
 */
public final class RateLimiter {
    private final double perMilli;
    private final double capacity;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute) {
        this.capacity = perMinute;
        this.perMilli = perMinute / 60_000.0;
    }

    /** Takes one token for {@code caller}; returns 0 when allowed, else the seconds to wait. */
    public long acquire(String caller, long now) {
        if (buckets.size() > 10_000) {
            buckets.entrySet().removeIf(e -> e.getValue()[0] + (now - e.getValue()[1]) * perMilli >= capacity);
        }
        double[] b = buckets.computeIfAbsent(caller, k -> new double[] {capacity, now});
        synchronized (b) {
            b[0] = Math.min(capacity, b[0] + (now - b[1]) * perMilli);
            b[1] = now;
            if (b[0] >= 1) {
                b[0] -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b[0]) / perMilli / 1000.0);
        }
    }
}
