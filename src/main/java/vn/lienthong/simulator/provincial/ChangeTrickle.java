package vn.lienthong.simulator.provincial;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.lienthong.simulator.SimulatorProperties;

/** The background trickle of changes for a demo run: half new dossiers, half new versions, ten ticks a second. */
@Component
class ChangeTrickle implements SmartLifecycle {

    private static final int TICKS_PER_SECOND = 10;

    private final ProvincialSimulator simulator;
    private final double changesPerSecond;
    private ScheduledExecutorService scheduler;
    private double owed;

    ChangeTrickle(ProvincialSimulator simulator, SimulatorProperties properties) {
        this.simulator = simulator;
        this.changesPerSecond = properties.provincial().changesPerSecond();
    }

    @Override
    public synchronized void start() {
        if (changesPerSecond > 0) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "provincial-trickle"));
            scheduler.scheduleAtFixedRate(this::tick, 0, 1000 / TICKS_PER_SECOND, TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        owed += changesPerSecond / TICKS_PER_SECOND;
        int due = (int) owed;
        owed -= due;
        int fresh = (due + 1) / 2;
        simulator.generate(fresh);
        simulator.advance(due - fresh);
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
