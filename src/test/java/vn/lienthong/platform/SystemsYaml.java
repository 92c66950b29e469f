package vn.lienthong.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.FileSystemResource;

/** config/systems.yaml as the gateway loads it, for contexts that bind only part of the configuration. */
final class SystemsYaml {

    private SystemsYaml() {
    }

    static void load(ConfigurableApplicationContext context) {
        try {
            new YamlPropertySourceLoader().load("systems.yaml", new FileSystemResource("config/systems.yaml"))
                    .forEach(part -> context.getEnvironment().getPropertySources().addLast(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
