package no.samkurs.app.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Ready when the database answers and has the newest schema. The reason goes to the log, not to the caller. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/samkurs")
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migrations.isMigrated());
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return response.status(valid && migrations.isMigrated())
                    .withData("database", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness: the database does not answer", e);
            return response.down().withData("reason", "unreachable").build();
        }
    }
}
