package vn.lienthong.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lienthong.simulator.dvcqg.DvcqgSimulator;
import vn.lienthong.simulator.provincial.ProvincialSimulator;

/** Tests against the simulators running on a real port; every test starts from empty systems without faults. */
@SpringBootTest(classes = SimulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the simulators' own configuration (as SimulatorApplication.builder() sets it), without the demo dossiers and
        // background trickle of config/simulator.yaml
        properties = {"spring.config.name=" + SimulatorApplication.CONFIG_NAME,
                "simulator.provincial.initial-dossiers=0", "simulator.provincial.changes-per-second=0"})
public abstract class SimulatorTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProvincialSimulator provincial;

    @Autowired
    protected DvcqgSimulator portal;

    protected SimHttp http;

    @BeforeEach
    void startFromScratch() {
        http = new SimHttp(port);
        provincial.reset();
        portal.reset();
        http.putJson("/sim/provincial/_admin/faults", "{}");
        http.putJson("/sim/dvcqg/_admin/faults", "{}");
    }
}
