package vn.lienthong.lookup.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** The SOAP 1.1 request of TraCuuThongTinCongDan (population.md), written with Jackson's XML support. */
final class PopulationSoap {

    static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String DANCU = "http://dancuquocgia.bca";

    private PopulationSoap() {
    }

    @JacksonXmlRootElement(namespace = SOAP, localName = "Envelope")
    record Envelope(@JacksonXmlProperty(namespace = SOAP, localName = "Body") Body body) {
    }

    record Body(@JacksonXmlProperty(namespace = DANCU, localName = "TraCuuThongTinCongDan") Request request) {
    }

    record Request(
            @JacksonXmlProperty(namespace = DANCU, localName = "MaYeuCau") String requestId,
            @JacksonXmlProperty(namespace = DANCU, localName = "MaDVC") String procedureCode,
            @JacksonXmlProperty(namespace = DANCU, localName = "MaTichHop") String integrationCode,
            @JacksonXmlProperty(namespace = DANCU, localName = "MaCanBo") String officer,
            @JacksonXmlProperty(namespace = DANCU, localName = "SoDinhDanh") String personalNumber,
            @JacksonXmlProperty(namespace = DANCU, localName = "HoVaTen") String fullname,
            @JacksonXmlProperty(namespace = DANCU, localName = "NgayThangNamSinh") BirthDate birthDate) {
    }

    /** Either the full date ({@code yyyyMMdd}) or the year alone. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BirthDate(
            @JacksonXmlProperty(namespace = DANCU, localName = "NgayThangNam") String date,
            @JacksonXmlProperty(namespace = DANCU, localName = "Nam") String year) {

        static BirthDate of(String birthDate) {
            if (birthDate == null || birthDate.isBlank()) {
                return null;
            }
            return birthDate.length() == 4 ? new BirthDate(null, birthDate) : new BirthDate(birthDate.replace("-", ""), null);
        }
    }
}
