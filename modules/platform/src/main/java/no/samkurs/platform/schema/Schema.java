package no.samkurs.platform.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Migrates a database to the newest schema. The few types that differ between H2 and MySQL/MariaDB are placeholders
 * in the migrations, so one set of migration files serves both.
 */
public final class Schema {

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

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholdersFor(vendorOf(dataSource)))
                .load()
                .migrate();
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
