package vn.lienthong.reconcile.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lienthong.provincial.ProvincialClient;

/**
 * The provincial export (updatedFrom inclusive, updatedTo exclusive, sorted by code) as a page source,
 * keeping the dossiers of the units being reconciled.
 */
@Component
class ProvincialExport {

    private final ProvincialClient client;
    private final GuardedCalls calls;

    ProvincialExport(ProvincialClient client, GuardedCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    PageSource<Entries.Provincial> pages(OffsetDateTime from, OffsetDateTime to, Set<String> units, int size) {
        return new PageSource<>() {
            @Override
            public Object first() {
                return 0;
            }

            @Override
            public Object guessNext(Object position) {
                return (Integer) position + 1;
            }

            @Override
            public PageSource.Page<Entries.Provincial> fetch(Object position) {
                return page(from, to, units, (Integer) position, size);
            }
        };
    }

    private PageSource.Page<Entries.Provincial> page(OffsetDateTime from, OffsetDateTime to, Set<String> units,
            int number, int size) {
        JsonNode page = calls.provincial(() -> client.exportPage(from, to, number, size));
        JsonNode items = page.path("items");
        List<Entries.Provincial> kept = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            String code = item.path("code").asText("");
            if (!code.isEmpty() && units.contains(CodeOrder.unitOf(code))) {
                kept.add(new Entries.Provincial(code, item.path("version").asLong(), item.path("updatedAt").asText("")));
            }
        }
        long total = page.path("totalItems").asLong(-1);
        boolean last = items.size() < size || (total >= 0 && (long) (number + 1) * size >= total);
        return new PageSource.Page<>(kept, last ? null : number + 1, total);
    }
}
