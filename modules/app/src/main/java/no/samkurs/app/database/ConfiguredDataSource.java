package no.samkurs.app.database;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The connections behind Payara's pool, made by the driver the configured URL names: the embedded H2 file database
 * by default, MySQL/MariaDB in production. URL, user and password come from MicroProfile Config, so the same
 * artifact runs anywhere by configuration alone (see docs/operations.md).
 */
public class ConfiguredDataSource implements DataSource {

    /**
     * Connector/J's defaults re-parse every statement's SQL and ask the server for session state it already knows;
     * at an enrollment burst that was a measurable share of each request.
     */
    private static final Map<String, String> MYSQL_DEFAULTS = Map.of("cachePrepStmts", "true",
            "prepStmtCacheSize", "250", "prepStmtCacheSqlLimit", "2048", "useLocalSessionState", "true",
            "cacheServerConfiguration", "true", "elideSetAutoCommits", "true", "maintainTimeStats", "false",
            "cacheResultSetMetadata", "true");

    private final String url;
    private final Properties credentials = new Properties();
    private final Driver driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    public ConfiguredDataSource() {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        this.url = config.getValue("samkurs.db.url", String.class);
        config.getOptionalValue("samkurs.db.user", String.class).ifPresent(u -> credentials.setProperty("user", u));
        config.getOptionalValue("samkurs.db.password", String.class).ifPresent(p -> credentials.setProperty("password", p));
        this.driver = driverFor(url);
        if (!url.startsWith("jdbc:h2:")) {
            MYSQL_DEFAULTS.forEach(credentials::putIfAbsent);
        }
    }

    static Driver driverFor(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return new org.h2.Driver();
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            try {
                return new com.mysql.cj.jdbc.Driver();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("samkurs.db.url must be a jdbc:h2: or jdbc:mysql: URL, not " + url);
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = driver.connect(url, credentials);
        if (connection == null) {
            throw new SQLException("The driver does not accept the URL " + url, "08001");
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
