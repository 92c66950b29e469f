package vn.lienthong.simulator.paygov;

import java.time.LocalDate;
import java.util.function.BiFunction;

/** The reconciliation discrepancies PayGov's simulator produces on demand, besides lost notifications. */
public enum Discrepancy {
    /** A payment confirmed at the province whose amount PayGov's books show otherwise. */
    AMOUNT_DIFFERS(PaygovSimulator::amountDiffers),
    /** A payment confirmed at the province, then refunded at PayGov. */
    REFUND_NOT_REFLECTED(PaygovSimulator::refund),
    /** A payment never notified whose listing row carries a wrong checksum. */
    BAD_CHECKSUM(PaygovSimulator::tamperedRow),
    /** A fee marked paid at the province with no PayGov transaction. */
    PAID_WITHOUT_PAYGOV(PaygovSimulator::paidWithoutPaygov);

    private final BiFunction<PaygovSimulator, LocalDate, String> producer;

    Discrepancy(BiFunction<PaygovSimulator, LocalDate, String> producer) {
        this.producer = producer;
    }

    String produce(PaygovSimulator simulator, LocalDate day) {
        return producer.apply(simulator, day);
    }
}
