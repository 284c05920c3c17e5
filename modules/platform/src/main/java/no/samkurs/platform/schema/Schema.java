package no.samkurs.platform.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Migrates a database to the newest schema: component by component in {@link MigrationOrder}, each with its own
 * migrations and history table ({@link ComponentSchema}). The few types that differ between H2 and MySQL/MariaDB are
 * placeholders in the migrations, so one set of migration files serves both.
 */
public final class Schema {

    private static final Logger LOG = Logger.getLogger(Schema.class.getName());

    static final Map<String, String> MYSQL = Map.of(
            "datetime", "DATETIME(6)",
            "clob", "LONGTEXT",
            "table_options", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    static final Map<String, String> H2 = Map.of(
            "datetime", "TIMESTAMP(6)",
            "clob", "CLOB",
            "table_options", "");

    private Schema() {
    }

    /** Migrates every component whose jar is on the class path; answers how many migrations ran now. */
    public static int migrate(DataSource dataSource) {
        ClassLoader loader = Schema.class.getClassLoader();
        return migrate(dataSource, ComponentSchema.onClasspath(loader), loader);
    }

    static int migrate(DataSource dataSource, Collection<ComponentSchema> components, ClassLoader loader) {
        Map<String, String> placeholders = placeholdersFor(vendorOf(dataSource));
        SharedHistory shared = SharedHistory.of(dataSource, loader);
        int executed = 0;
        for (ComponentSchema component : MigrationOrder.of(components)) {
            FluentConfiguration configuration = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:" + component.location())
                    .table(component.historyTable())
                    .placeholders(placeholders)
                    // Every component but the first finds the schema non-empty: its history still starts before V1.
                    .baselineOnMigrate(true)
                    .baselineVersion("0");
            shared.reached(component).ifPresent(version -> takeOver(configuration, component, version));
            executed += configuration.load().migrate().migrationsExecuted;
        }
        return executed;
    }

    private static void takeOver(FluentConfiguration configuration, ComponentSchema component, int version) {
        if (configuration.load().info().applied().length > 0) {
            return;
        }
        Flyway.configure(configuration.getClassLoader()).configuration(configuration)
                .baselineVersion(String.valueOf(version))
                .baselineDescription("Taken over from " + SharedHistory.TABLE)
                .load()
                .baseline();
        LOG.info(() -> component.historyTable() + " starts at version " + version + ", taken over from "
                + SharedHistory.TABLE);
    }

    static Map<String, String> placeholdersFor(String vendor) {
        String name = vendor.toLowerCase();
        return name.contains("mysql") || name.contains("mariadb") ? MYSQL : H2;
    }

    private static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
