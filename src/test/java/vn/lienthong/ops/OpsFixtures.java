package vn.lienthong.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lienthong.dossier.DossierReader;
import vn.lienthong.dvcqg.HoSoMapper;
import vn.lienthong.simulator.generator.Expectation;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** Dossiers the operations tests need, made by the provincial simulator, and what the portal should hold for one. */
public final class OpsFixtures {

    private final ProvincialSimulator province;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public OpsFixtures(ProvincialSimulator province, JdbcTemplate jdbc) {
        this.province = province;
        this.jdbc = jdbc;
    }

    /** At least n new dossiers the gateway must reject (with a code, so the province can be asked again). */
    public List<Expectation> invalid(int n) {
        return generate(n, e -> !e.mustAccept() && e.code() != null);
    }

    /** At least n new dossiers the gateway must deliver. */
    public List<Expectation> valid(int n) {
        return generate(n, Expectation::mustAccept);
    }

    private List<Expectation> generate(int n, java.util.function.Predicate<Expectation> wanted) {
        List<Expectation> found = new ArrayList<>();
        for (int round = 0; round < 200 && found.size() < n; round++) {
            java.util.Set<String> keys = new java.util.HashSet<>(province.generate(100));
            province.expectations().stream().filter(e -> keys.contains(e.key())).filter(wanted).forEach(found::add);
        }
        return found;
    }

    /** The failed_sync row of a dossier version, once it is there. */
    public Long failureId(String code, long version) {
        List<Long> ids = jdbc.queryForList("select id from failed_sync where code = ? and version = ?", Long.class,
                code, version);
        return ids.isEmpty() ? null : ids.get(0);
    }

    public Map<String, Object> failure(long id) {
        return jdbc.queryForMap("select status, attempts, replays from failed_sync where id = ?", id);
    }

    /** The HoSo the portal should hold for the province's newest version of this dossier. */
    JsonNode expectedAtPortal(String key) throws Exception {
        JsonNode newest = json.readTree(province.newest(key));
        return json.valueToTree(new HoSoMapper("G18").toHoSo(new DossierReader().read(newest), List.of()));
    }

    long newestVersion(String key) throws Exception {
        return json.readTree(province.newest(key)).path("version").asLong();
    }
}
