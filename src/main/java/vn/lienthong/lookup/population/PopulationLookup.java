package vn.lienthong.lookup.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.lookup.internal.BirthDates;
import vn.lienthong.lookup.internal.LookupCalls;
import vn.lienthong.lookup.internal.LookupEndpoint;
import vn.lienthong.lookup.internal.LookupLimits;
import vn.lienthong.lookup.internal.LookupSource;
import vn.lienthong.lookup.internal.NameMatch;
import vn.lienthong.lookup.internal.NationalLookup;
import vn.lienthong.lookup.internal.Verification;
import vn.lienthong.platform.ConfigurationFailure;
import vn.lienthong.platform.ConfigurationReasons;
import vn.lienthong.platform.ExternalHttp;
import vn.lienthong.platform.RetryAfterHeader;
import vn.lienthong.platform.TransientFailure;

/** The national population database through LGSP (population.md): TraCuuThongTinCongDan over SOAP 1.1. */
@Component
public class PopulationLookup implements NationalLookup {

    static final String PATH = "/lgsp/dancu/v1";
    private static final String SYSTEM = LookupSource.POPULATION.system();

    private final XmlMapper xml = new XmlMapper();
    private final LookupEndpoint endpoint;
    private final RestClient http;
    private final LookupCalls calls;
    private final String url;

    public PopulationLookup(LookupLimits limits, ExternalHttp clients, LookupCalls calls) {
        this.endpoint = limits.of(LookupSource.POPULATION).endpoint();
        String base = endpoint.baseUrl() == null ? "http://localhost" : endpoint.baseUrl();
        this.url = base + PATH;
        this.http = clients.forSystem(SYSTEM, base);
        this.calls = calls;
    }

    @Override
    public LookupSource source() {
        return LookupSource.POPULATION;
    }

    @Override
    public Verification verify(Dossier dossier) {
        Dossier.Applicant applicant = dossier.applicant();
        String requestId = NationalLookup.requestId();
        JsonNode citizens = calls.call(source(), () -> lookUp(new PopulationSoap.Request(requestId,
                dossier.procedure().code(), "037", "gateway", applicant.identityNumber(), applicant.fullname(),
                PopulationSoap.BirthDate.of(applicant.birthDate()))));
        for (JsonNode citizen : citizens) {
            if (applicant.identityNumber().equals(citizen.path("SoDinhDanh").asText())) {
                return Verification.of(source(), mismatches(applicant, citizen), requestId);
            }
        }
        return Verification.notFound(source(), requestId);
    }

    private static List<String> mismatches(Dossier.Applicant applicant, JsonNode citizen) {
        List<String> fields = new ArrayList<>();
        JsonNode name = citizen.path("HoVaTen");
        String recorded = name.path("Ho").asText() + " " + name.path("ChuDem").asText() + " " + name.path("Ten").asText();
        if (!NameMatch.same(applicant.fullname(), recorded)) {
            fields.add("fullname");
        }
        JsonNode born = citizen.path("NgayThangNamSinh");
        String birth = born.hasNonNull("NgayThangNam") ? born.path("NgayThangNam").asText() : born.path("Nam").asText();
        if (!BirthDates.same(applicant.birthDate(), birth)) {
            fields.add("birthDate");
        }
        return fields;
    }

    private JsonNode lookUp(PopulationSoap.Request request) {
        try {
            byte[] body = xml.writeValueAsBytes(new PopulationSoap.Envelope(new PopulationSoap.Body(request)));
            return http.post().uri(PATH)
                    .headers(h -> SignedHeaders.sign(h, url, endpoint.clientId(), endpoint.apiKey(source()), endpoint.user(),
                            endpoint.secret(), System.currentTimeMillis()))
                    .header("SOAPAction", "\"TraCuuThongTinCongDan\"")
                    .contentType(new MediaType("text", "xml", StandardCharsets.UTF_8))
                    .body(body)
                    .exchange((req, resp) -> citizens(resp));
        } catch (ResourceAccessException e) {
            throw new TransientFailure(SYSTEM, "no answer (" + e.getMostSpecificCause().getMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the SOAP request", e);
        }
    }

    /** The CongDan elements of the answer (none when not found), or the failure its status and Fault say. */
    private JsonNode citizens(ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode envelope = parse(response.getBody().readAllBytes());
        String fault = envelope == null ? "" : envelope.path("Body").path("Fault").path("faultstring").asText("");
        if (status == 401 || fault.startsWith("AUTH")) {
            throw new ConfigurationFailure(SYSTEM, ConfigurationReasons.AUTHENTICATION_REFUSED, "authentication refused (HTTP "
                    + status + ", " + fault + "): check the API key, user, secret and the clock", status, fault);
        }
        if (status == 429 || status >= 400 || !fault.isEmpty()) {
            throw new TransientFailure(SYSTEM, "HTTP " + status + (fault.isEmpty() ? "" : " (" + fault + ")"),
                    RetryAfterHeader.read(SYSTEM, response.getHeaders(), Instant.now()));
        }
        JsonNode answer = envelope == null ? null : envelope.path("Body").get("TraCuuThongTinCongDanResponse");
        if (answer == null) {
            throw new TransientFailure(SYSTEM, "HTTP " + status + " without a readable TraCuuThongTinCongDanResponse");
        }
        JsonNode found = answer.path("CongdanCollection").path("CongDan");
        return found.isArray() ? found : found.isObject() ? xml.createArrayNode().add(found) : xml.createArrayNode();
    }

    /** The envelope, or null when the body is not XML (an HTML error page, a truncated answer). */
    private JsonNode parse(byte[] bytes) {
        try {
            return xml.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }
}
