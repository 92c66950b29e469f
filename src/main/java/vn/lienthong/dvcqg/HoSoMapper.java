package vn.lienthong.dvcqg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.lienthong.dossier.Dossier;
import vn.lienthong.dossier.IdentityType;
import vn.lienthong.dossier.InvalidDossierException;
import vn.lienthong.dossier.PaymentMethod;
import vn.lienthong.dvcqg.internal.PortalCodes;
import vn.lienthong.dvcqg.internal.PortalDates;
import vn.lienthong.dvcqg.internal.PortalRules;

/** Maps a provincial dossier to what the national portal receives (mapping table of dvcqg.md). */
public class HoSoMapper {

    private final PortalRules rules;

    /** @param provinceSuffix the suffix of the province's unit codes, e.g. {@code G18} */
    public HoSoMapper(String provinceSuffix) {
        this.rules = new PortalRules(provinceSuffix);
    }

    /** @param consultedDatabases MaCSDL codes of the national databases looked up ("1" population ... "4" civil status) */
    public HoSo toHoSo(Dossier d, List<String> consultedDatabases) throws InvalidDossierException {
        Dossier.Applicant applicant = d.applicant();
        String channel = PortalCodes.channel(d.channel());
        HoSo hoSo = new HoSo(
                text(d.code()),
                text(d.procedure().code()),
                text(d.procedure().name()),
                text(d.procedure().fieldCode()),
                text(d.procedure().fieldName()),
                channel,
                text(applicant.fullname()),
                PortalCodes.applicantType(applicant.type()),
                applicant.identityType() == IdentityType.MST ? text(applicant.identityNumber()) : "",
                text(applicant.identityNumber()),
                List.of(new HoSo.DinhDanh(applicant.identityType() == IdentityType.CCCD ? "1" : "2",
                        text(applicant.identityNumber()))),
                text(applicant.phone()),
                text(applicant.email()),
                text(d.summary()),
                PortalDates.format(d.appliedDate()),
                PortalDates.format(d.acceptedDate()),
                PortalDates.format(d.appointmentDate()),
                PortalDates.format(d.returnedDate()),
                PortalDates.format(d.completedDate()),
                PortalDates.format(d.rejectedDate()),
                PortalCodes.status(d.status()),
                text(d.agency().name()),
                channel,
                PortalCodes.flag(d.fees().stream().anyMatch(fee -> fee.paymentMethod() == PaymentMethod.ONLINE)),
                databases(consultedDatabases),
                d.fees().stream().map(HoSoMapper::lePhi).toList(),
                d.documents().stream().map(HoSoMapper::taiLieu).toList());
        rules.check(hoSo);
        return hoSo;
    }

    public List<TienDo> toSteps(Dossier d) throws InvalidDossierException {
        List<TienDo> steps = new ArrayList<>();
        for (Dossier.Step step : d.history()) {
            TienDo tienDo = new TienDo(text(d.code()), text(step.handler()), text(step.position()),
                    PortalDates.format(step.at()), text(step.department()), text(step.action()),
                    PortalCodes.status(step.status()), PortalDates.format(step.at()),
                    PortalDates.format(step.stepDueAt()));
            rules.check(tienDo, steps.size());
            steps.add(tienDo);
        }
        return List.copyOf(steps);
    }

    /** Sorted and without repeats, so that the content hash does not depend on the order of look-ups. */
    private static List<HoSo.KetNoiCsdl> databases(List<String> consulted) {
        return consulted == null ? List.of()
                : consulted.stream().filter(Objects::nonNull).distinct().sorted().map(HoSo.KetNoiCsdl::new).toList();
    }

    private static HoSo.LePhi lePhi(Dossier.Fee fee) {
        return new HoSo.LePhi(text(fee.name()), text(fee.code()), PortalCodes.paymentMethod(fee.paymentMethod()),
                fee.amount() == null ? "" : fee.amount().toString(), PortalCodes.feeType(fee.type()));
    }

    private static HoSo.TaiLieu taiLieu(Dossier.Document document) {
        return new HoSo.TaiLieu(lastPathSegment(document.url()), text(document.fileName()),
                text(document.componentCode()), text(document.url()), PortalCodes.flag(document.digitized()));
    }

    private static String lastPathSegment(String url) {
        if (url == null) {
            return "";
        }
        String path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", "")
                .replaceFirst("[?#].*$", "")
                .replaceFirst("/+$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
