package vn.lienthong.simulator.paygov;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.provincial.Payment;

/** A demo run's citizens paying unpaid fees now and then; the lost share of notifications is never sent. */
@Component
class PaymentTrickle implements SmartLifecycle {

    private final PaygovSimulator paygov;
    private final PaygovSimulatorProperties settings;
    private final Random random;
    private ScheduledExecutorService scheduler;

    PaymentTrickle(PaygovSimulator paygov, PaygovSimulatorProperties settings) {
        this.paygov = paygov;
        this.settings = settings;
        this.random = new Random(settings.seed() + 7);
    }

    @Override
    public synchronized void start() {
        if (settings.paymentsPerSecond() > 0) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "paygov-trickle"));
            long period = Math.max(1, Math.round(1000 / settings.paymentsPerSecond()));
            scheduler.scheduleAtFixedRate(this::payOne, period, period, TimeUnit.MILLISECONDS);
        }
    }

    private void payOne() {
        List<Payment> unpaid = paygov.unpaidFees();
        if (unpaid.isEmpty()) {
            return;
        }
        Transaction paid = paygov.pay(unpaid.get(random.nextInt(unpaid.size())), LocalDateTime.now(PaygovSimulator.ZONE));
        double draw = random.nextDouble();
        if (draw >= settings.lostShare()) {
            paygov.notifyGateway(paid.maGiaoDich());
        }
        if (draw >= settings.lostShare() && draw < settings.lostShare() + settings.duplicateShare()) {
            paygov.notifyGateway(paid.maGiaoDich());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
