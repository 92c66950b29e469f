package vn.lienthong.simulator.generator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.lienthong.simulator.generator.AdminUnits.Commune;

/** Realistic provincial dossiers, deterministic for a seed and the same sequence of calls and times. */
public final class DossierGenerator {

    private record Agency(String code, String name, Commune commune) {
    }

    private final Random random;
    private final double dirtyRate;
    private final List<Procedure> procedures;
    private final List<Agency> agencies;
    private final ApplicantFactory applicants;
    private final StatusLifecycle lifecycle;
    private final Map<LocalDate, Integer> dailyNumbers = new HashMap<>();

    public DossierGenerator(long seed, double dirtyRate, String provinceSuffix) {
        this.random = new Random(seed);
        this.dirtyRate = dirtyRate;
        this.procedures = ProcedureCatalogue.forProvince(provinceSuffix);
        AdminUnits units = AdminUnits.standard();
        String home = units.provinceCodes().get(random.nextInt(units.provinceCodes().size()));
        List<Commune> local = new ArrayList<>(units.communesOf(home));
        Collections.shuffle(local, random);
        this.agencies = IntStream.range(0, Math.min(40, local.size()))
                .mapToObj(i -> new Agency("000.00.%02d.%s".formatted(i + 1, provinceSuffix),
                        "UBND " + local.get(i).name(), local.get(i)))
                .toList();
        this.applicants = new ApplicantFactory(units, home);
        this.lifecycle = new StatusLifecycle(procedures.stream()
                .collect(Collectors.toMap(Procedure::code, Procedure::processingDays)));
    }

    /** A new dossier applied for in the last two weeks, already some steps along its way by {@code now}. */
    public GeneratedDossier next(ZonedDateTime now) {
        Procedure procedure = VietnameseNames.pick(random, procedures);
        Agency agency = VietnameseNames.pick(random, agencies);
        ZonedDateTime applied = appliedAt(now);
        String day = Dates.CODE_DAY.format(applied);
        String number = "%05d".formatted(dailyNumbers.merge(applied.toLocalDate(), 1, Integer::sum));
        ObjectNode applicant = applicants.create(random);
        double channel = random.nextDouble();
        ObjectNode dossier = JsonNodeFactory.instance.objectNode()
                .put("code", agency.code() + "-" + day + "-" + number).put("version", 0).putNull("updatedAt");
        dossier.putObject("procedure").put("code", procedure.code()).put("name", procedure.name())
                .put("fieldCode", procedure.fieldCode()).put("fieldName", procedure.fieldName());
        dossier.put("channel", channel < 0.6 ? "online" : channel < 0.95 ? "direct" : "postal").put("status", "new");
        dossier.putObject("agency").put("code", agency.code()).put("name", agency.name());
        dossier.set("applicant", applicant);
        dossier.put("summary", procedure.name() + " cho " + applicant.get("fullname").asText());
        dossier.set("parcel", procedure.land() ? ApplicantFactory.unit(agency.commune())
                .put("mapSheet", Integer.toString(1 + random.nextInt(60)))
                .put("parcelNumber", Integer.toString(1 + random.nextInt(900))) : null);
        dossier.put("appliedDate", Dates.format(applied));
        List.of("acceptedDate", "appointmentDate", "completedDate", "returnedDate", "rejectedDate")
                .forEach(dossier::putNull);
        addFees(dossier.putArray("fees"), procedure, "online".equals(dossier.get("channel").asText()),
                "PR-" + day + "-" + number + "-");
        addDocuments(dossier.putArray("documents"), procedure);
        dossier.putArray("history");
        walk(dossier, applied, now);
        Defect defect = random.nextDouble() < dirtyRate ? Defect.draw(dossier, random) : null;
        return new GeneratedDossier(dossier, defect, random.nextLong());
    }

    /** One change of an existing dossier's clean state, happening at {@code now}. */
    public void advance(ObjectNode clean, ZonedDateTime now) {
        lifecycle.advance(clean, random, now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A draw from the generator's own sequence, for choosing which dossiers change. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private ZonedDateTime appliedAt(ZonedDateTime now) {
        ZonedDateTime day = now.truncatedTo(ChronoUnit.DAYS).minusDays(random.nextInt(14));
        ZonedDateTime at = day.withHour(7).withMinute(30).plusSeconds(random.nextInt(9 * 3600 + 1800));
        return at.isAfter(now) ? at.minusDays(1) : at;
    }

    private void walk(ObjectNode dossier, ZonedDateTime applied, ZonedDateTime now) {
        ZonedDateTime at = applied;
        for (int steps = random.nextInt(5); steps > 0; steps--) {
            at = at.plusMinutes(10 + random.nextInt(24 * 60));
            if (at.isAfter(now)) {
                return;
            }
            lifecycle.advance(dossier, random, at);
        }
    }

    private void addFees(ArrayNode fees, Procedure procedure, boolean online, String refPrefix) {
        int count = random.nextInt(procedure.fees().size() + 1);
        for (int i = 0; i < count; i++) {
            Procedure.Fee fee = procedure.fees().get(i);
            fees.addObject().put("code", fee.code()).put("name", fee.name()).put("type", fee.type())
                    .put("amount", fee.amount())
                    .put("paymentMethod", online && random.nextDouble() < 0.8 ? "online" : "cash")
                    .put("paymentStatus", "unpaid").put("paymentRef", refPrefix + (i + 1))
                    .putNull("transactionId").putNull("paidAt");
        }
    }

    private void addDocuments(ArrayNode documents, Procedure procedure) {
        HexFormat hex = HexFormat.of();
        for (Procedure.Component component : procedure.components()) {
            byte[] id = new byte[6];
            byte[] digest = new byte[32];
            random.nextBytes(id);
            random.nextBytes(digest);
            documents.addObject().put("componentCode", component.code()).put("fileName", component.fileName())
                    .put("url", "https://provincial.example/files/" + hex.formatHex(id))
                    .put("sha256", hex.formatHex(digest)).put("digitized", random.nextDouble() < 0.7);
        }
    }
}
