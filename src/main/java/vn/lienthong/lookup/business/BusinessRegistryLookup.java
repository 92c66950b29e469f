package vn.lienthong.lookup.business;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.lookup.internal.LookupCalls;
import vn.lienthong.lookup.internal.LookupEndpoint;
import vn.lienthong.lookup.internal.LookupHttp;
import vn.lienthong.lookup.internal.LookupLimits;
import vn.lienthong.lookup.internal.LookupSource;
import vn.lienthong.lookup.internal.NameMatch;
import vn.lienthong.lookup.internal.NationalLookup;
import vn.lienthong.lookup.internal.ResultCodes;
import vn.lienthong.lookup.internal.Verification;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.JsonResponses;
import vn.lienthong.platform.TransientFailure;

/** The national business registration database through LGSP (business-registry.md): ChiTietDoanhNghiep. */
@Component
public class BusinessRegistryLookup implements NationalLookup {

    static final String PATH = "/lgsp/dkkd/v1";
    private static final String OPERATING = "1";

    private final LookupEndpoint endpoint;
    private final LookupHttp http;
    private final LookupCalls calls;

    public BusinessRegistryLookup(LookupLimits limits, ExternalHttp clients, JsonResponses responses, LookupCalls calls) {
        this.endpoint = limits.of(LookupSource.BUSINESS_REGISTRY).endpoint();
        this.http = new LookupHttp(source(), endpoint.baseUrl(), clients, responses);
        this.calls = calls;
    }

    @Override
    public LookupSource source() {
        return LookupSource.BUSINESS_REGISTRY;
    }

    @Override
    public Verification verify(Dossier dossier) {
        String requestId = NationalLookup.requestId();
        String code = dossier.applicant().identityNumber();
        JsonNode answer = calls.call(source(), () -> http.exchange(rest -> rest.post().uri(PATH)
                .header("ApiKey", endpoint.apiKey(source()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", "ChiTietDoanhNghiep", "msdn", code))));
        long status = ResultCodes.number(answer.path("StatusCode"));
        if (status == 1) {
            return Verification.notFound(source(), requestId);
        }
        if (status != 0 || !answer.path("Data").isObject()) {
            throw new TransientFailure(source().system(), "StatusCode " + answer.path("StatusCode").asText()
                    + " (" + answer.path("Message").asText() + ")");
        }
        JsonNode enterprise = answer.path("Data").path("MainInformation");
        List<String> mismatched = new ArrayList<>();
        if (!NameMatch.same(dossier.applicant().fullname(), enterprise.path("NAME").asText())) {
            mismatched.add("enterpriseName");
        }
        if (!OPERATING.equals(enterprise.path("STATUS").asText())) {
            mismatched.add("enterpriseStatus");
        }
        return Verification.of(source(), mismatched, requestId);
    }
}
