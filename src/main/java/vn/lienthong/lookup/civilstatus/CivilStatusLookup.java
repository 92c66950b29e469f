package vn.lienthong.lookup.civilstatus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.lookup.internal.BirthDates;
import vn.lienthong.lookup.internal.LookupCalls;
import vn.lienthong.lookup.internal.LookupEndpoint;
import vn.lienthong.lookup.internal.LookupHttp;
import vn.lienthong.lookup.internal.LookupLimits;
import vn.lienthong.lookup.internal.LookupSource;
import vn.lienthong.lookup.internal.NameMatch;
import vn.lienthong.lookup.internal.NationalLookup;
import vn.lienthong.lookup.internal.Verification;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;

/** The electronic civil-status database (civil-status.md): birth registrations by personal number. */
@Component
public class CivilStatusLookup implements NationalLookup {

    static final String PATH = "/hotich/api/v1/khaisinh";

    private final LookupEndpoint endpoint;
    private final LookupHttp http;
    private final LookupCalls calls;

    public CivilStatusLookup(LookupLimits limits, ExternalHttp clients, JsonResponses responses, LookupCalls calls) {
        this.endpoint = limits.of(LookupSource.CIVIL_STATUS).endpoint();
        this.http = new LookupHttp(source(), endpoint.baseUrl(), clients, responses);
        this.calls = calls;
    }

    @Override
    public LookupSource source() {
        return LookupSource.CIVIL_STATUS;
    }

    @Override
    public Verification verify(Dossier dossier) {
        String requestId = NationalLookup.requestId();
        Dossier.Applicant applicant = dossier.applicant();
        JsonNode answer = calls.call(source(), () -> http.exchange(rest -> rest.get()
                .uri(PATH + "?soDinhDanh={number}", applicant.identityNumber())
                .header("ApiKey", endpoint.apiKey(source()))));
        if (!"success".equals(answer.path("status").asText()) || !answer.path("data").isArray()) {
            throw new TransientFailure(source().system(), "status " + answer.path("status").asText()
                    + " (" + answer.path("message").asText() + ")");
        }
        if (answer.path("data").isEmpty()) {
            return Verification.notFound(source(), requestId);
        }
        List<String> best = null;
        for (JsonNode record : answer.path("data")) {
            List<String> mismatched = new ArrayList<>();
            if (!NameMatch.same(applicant.fullname(), record.path("nksHoTen").asText())) {
                mismatched.add("fullname");
            }
            if (!BirthDates.same(applicant.birthDate(), record.path("nksNgaySinh").asText())) {
                mismatched.add("birthDate");
            }
            if (best == null || mismatched.size() < best.size()) {
                best = mismatched;
            }
        }
        return Verification.of(source(), best, requestId);
    }
}
