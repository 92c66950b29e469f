package vn.lienthong.lookup.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.lienthong.sync.ConsultedDatabases;

/** The national databases consulted for each dossier, read from the verification ledger for DSKetNoiCSDL. */
@Component
public class VerificationLedger implements ConsultedDatabases {

    private final JdbcTemplate jdbc;

    public VerificationLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<String>> of(Collection<String> codes) {
        Map<String, List<String>> consulted = new HashMap<>();
        if (codes.isEmpty()) {
            return consulted;
        }
        jdbc.execute((ConnectionCallback<Void>) con -> {
            var statement = con.prepareStatement("select code, source from verification_result where code = any(?::text[])");
            statement.setArray(1, con.createArrayOf("text", codes.toArray()));
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    consulted.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(LookupSource.of(rs.getString(2)).portalCode());
                }
            }
            return null;
        });
        return consulted;
    }
}
