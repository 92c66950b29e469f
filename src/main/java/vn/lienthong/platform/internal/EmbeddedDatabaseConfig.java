package vn.lienthong.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-setup database: a real PostgreSQL kept in the gateway's data folder, started only when no
 * {@code spring.datasource.url} is configured, so a restart remembers the cursor and the ledger.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfig {

    static final String PASSWORD_FILE = "postgres.password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataFolder dataFolder) throws IOException {
        Path dir = dataFolder.resolve("postgres");
        Files.createDirectories(dir);
        log.info("No spring.datasource.url configured: starting embedded PostgreSQL in {}", dir);
        LeftoverPostgres.stopIfRunning(dir);
        return EmbeddedPostgresServer.start(dir, dataFolder.resolve(PASSWORD_FILE));
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, DataFolder dataFolder) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl(EmbeddedPostgresServer.USER, "postgres") + "&reWriteBatchedInserts=true");
        ds.setPassword(PostgresPassword.read(dataFolder.resolve(PASSWORD_FILE)).orElseThrow());
        ds.setMaximumPoolSize(10);
        ds.setPoolName("gateway-embedded");
        return ds;
    }
}
