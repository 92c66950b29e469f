package vn.lienthong.simulator.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.util.List;
import vn.lienthong.simulator.registry.NationalRecords;

/** The population service's SOAP answers and faults, written with Jackson's XML support. */
final class SoapAnswers {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String DANCU = "http://dancuquocgia.bca";
    static final String MIC = "http://www.mic.gov.vn/dancu/1.0";
    private static final XmlMapper XML = new XmlMapper();

    private SoapAnswers() {
    }

    @JacksonXmlRootElement(namespace = SOAP, localName = "Envelope")
    record Envelope(@JacksonXmlProperty(namespace = SOAP, localName = "Body") Object body) {
    }

    record FoundBody(@JacksonXmlProperty(namespace = DANCU, localName = "TraCuuThongTinCongDanResponse") Found answer) {
    }

    record Found(@JacksonXmlProperty(namespace = DANCU, localName = "MaYeuCau") String requestId,
            @JacksonXmlProperty(namespace = MIC, localName = "CongdanCollection") Collection collection) {
    }

    record Collection(@JacksonXmlElementWrapper(useWrapping = false)
            @JacksonXmlProperty(namespace = MIC, localName = "CongDan") List<CongDan> citizens) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CongDan(@JacksonXmlProperty(namespace = MIC, localName = "SoDinhDanh") String personalNumber,
            @JacksonXmlProperty(namespace = MIC, localName = "HoVaTen") Name name,
            @JacksonXmlProperty(namespace = MIC, localName = "GioiTinh") String sex,
            @JacksonXmlProperty(namespace = MIC, localName = "NgayThangNamSinh") Born born) {
    }

    record Name(@JacksonXmlProperty(namespace = MIC, localName = "Ho") String family,
            @JacksonXmlProperty(namespace = MIC, localName = "ChuDem") String middle,
            @JacksonXmlProperty(namespace = MIC, localName = "Ten") String given) {
    }

    record Born(@JacksonXmlProperty(namespace = MIC, localName = "NgayThangNam") String date) {
    }

    record ExistsBody(@JacksonXmlProperty(namespace = DANCU, localName = "XacThucThongTinCongDanResponse") Exists answer) {
    }

    record Exists(@JacksonXmlProperty(namespace = DANCU, localName = "MaYeuCau") String requestId,
            @JacksonXmlProperty(namespace = DANCU, localName = "TonTai") boolean exists) {
    }

    record FaultBody(@JacksonXmlProperty(namespace = SOAP, localName = "Fault") Fault fault) {
    }

    record Fault(@JacksonXmlProperty(localName = "faultcode") String code,
            @JacksonXmlProperty(localName = "faultstring") String text) {
    }

    static String found(String requestId, List<NationalRecords.Citizen> citizens) {
        return write(new FoundBody(new Found(requestId, new Collection(citizens.stream().map(SoapAnswers::congDan).toList()))));
    }

    static String exists(String requestId, boolean exists) {
        return write(new ExistsBody(new Exists(requestId, exists)));
    }

    static String fault(String code, String text) {
        return write(new FaultBody(new Fault(code, text)));
    }

    private static CongDan congDan(NationalRecords.Citizen c) {
        Name name = c.wholeNameInGiven()
                ? new Name("", "", (c.family() + " " + c.middle() + " " + c.given()).replaceAll(" +", " "))
                : new Name(c.family(), c.middle(), c.given());
        int centuryAndSex = c.personalNumber().charAt(3) - '0';
        return new CongDan(c.personalNumber(), name, centuryAndSex % 2 == 0 ? "1" : "2",
                new Born(c.birthDate().replace("-", "")));
    }

    private static String write(Object body) {
        try {
            return XML.writeValueAsString(new Envelope(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
