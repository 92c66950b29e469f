package vn.lienthong.sync.internal;

/** What one page of the feed brought: how many items, how many were new versions, and whether more wait. */
public record IntakeResult(int items, int queued, boolean hasMore) {
}
