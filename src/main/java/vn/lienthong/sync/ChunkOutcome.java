package vn.lienthong.sync;

import java.util.List;

/** What the portal said about one batch: the versions it accepted (created or updated) and those it refused. */
public record ChunkOutcome(List<Delivered> delivered, List<Rejection> rejections) {

    public record Delivered(Delivery delivery, String outcome) {
    }
}
