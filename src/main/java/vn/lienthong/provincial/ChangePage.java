package vn.lienthong.provincial;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One page of the provincial dossier change feed: raw items, as received. */
public record ChangePage(List<JsonNode> items, String nextCursor, boolean hasMore) {
}
