package vn.lienthong.sync.internal;

/** Where this instance may continue reading the change feed; not claimed when another instance holds the lease. */
public record FeedPosition(boolean claimed, String cursor) {
}
