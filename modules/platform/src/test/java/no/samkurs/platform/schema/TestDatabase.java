package no.samkurs.platform.schema;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh, empty database for one test class: a new database on the MariaDB/MySQL server the build points at
 * ({@code samkurs.test.db.*} system properties), dropped again on close, or a private in-memory H2 database.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { MYSQL, H2 }

    private final Kind kind;
    private final String name;
    private final DataSource dataSource;

    private TestDatabase(Kind kind, String name, DataSource dataSource) {
        this.kind = kind;
        this.name = name;
        this.dataSource = dataSource;
    }

    public static TestDatabase create(Kind kind) {
        String name = "samkurs_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (kind == Kind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return new TestDatabase(kind, name, h2);
        }
        return mysql(name);
    }

    /**
     * An empty MariaDB/MySQL database with a name fixed in advance (for a server configured before the test runs),
     * dropped first if an earlier run left it behind.
     */
    public static TestDatabase mysql(String name) {
        execute(server(""), "DROP DATABASE IF EXISTS " + name);
        execute(server(""), "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new TestDatabase(Kind.MYSQL, name, server(name));
    }

    public static String mysqlUrl(String database) {
        return "jdbc:mysql://" + property("host", "127.0.0.1") + ":" + property("port", "3306") + "/" + database;
    }

    public static String mysqlUser() {
        return property("user", "root");
    }

    public static String mysqlPassword() {
        return property("password", "");
    }

    private static MysqlDataSource server(String database) {
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(mysqlUrl(database));
        mysql.setUser(mysqlUser());
        mysql.setPassword(mysqlPassword());
        return mysql;
    }

    private static String property(String name, String fallback) {
        return System.getProperty("samkurs.test.db." + name, fallback);
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database: " + sql + " failed: " + e.getMessage()
                    + " (is MariaDB/MySQL running at " + mysqlUrl("") + "?)", e);
        }
    }

    /** Brings the database to the newest schema of the components on the test classpath. */
    public TestDatabase migrated() {
        Schema.migrate(dataSource);
        return this;
    }

    /**
     * Migrates the way Samkurs did before each component had its own history: the migrations in one classpath
     * location, recorded in one {@code flyway_schema_history}. For tests of databases made back then.
     */
    public TestDatabase migratedWithSharedHistory(String location) {
        Flyway.configure().dataSource(dataSource).locations("classpath:" + location)
                .placeholders(kind == Kind.MYSQL ? Schema.MYSQL : Schema.H2).load().migrate();
        return this;
    }

    /**
     * A resource-local persistence unit (from the test's persistence.xml) on this database, with READ COMMITTED
     * transactions as the application's connection pool has them.
     */
    public jakarta.persistence.EntityManagerFactory persistenceUnit(String name) {
        return jakarta.persistence.Persistence.createEntityManagerFactory(name,
                java.util.Map.of("jakarta.persistence.nonJtaDataSource", readCommitted()));
    }

    /** The database's connections, each set to READ COMMITTED, as the application's pool sets them. */
    public DataSource readCommitted() {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(dataSource, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof Connection connection) {
                        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    }
                    return result;
                });
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (kind == Kind.MYSQL) {
            execute(server(""), "DROP DATABASE IF EXISTS " + name);
        } else {
            execute(dataSource, "SHUTDOWN");
        }
    }
}
