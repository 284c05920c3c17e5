package no.samkurs.systemtest;

import jakarta.json.JsonObject;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away while Samkurs runs on MariaDB: readiness turns DOWN, requests get 503 problems, the
 * server stays up, and everything works again once the database is back.
 */
class DatabaseOutageIT {

    @Test
    void answers503WhileTheDatabaseIsAwayAndRecoversWhenItReturns() throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.MYSQL);
             TcpProxy proxy = TcpProxy.to(System.getProperty("samkurs.test.db.host", "127.0.0.1"),
                     Integer.parseInt(System.getProperty("samkurs.test.db.port", "3306")))) {
            Map<String, String> environment = Map.of(
                    "SAMKURS_DB_URL", "jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + database.name()
                            + "?connectTimeout=2000&socketTimeout=10000",
                    "SAMKURS_DB_USER", TestDatabase.mysqlUser(),
                    "SAMKURS_DB_PASSWORD", TestDatabase.mysqlPassword());
            try (ServerProcess server = ServerProcess.start("outage", environment)) {
                server.awaitReadiness(200, Duration.ofSeconds(90));
                Client client = new Client(server.uri());
                assertEquals(200, client.get("api/municipalities/5601").statusCode());

                proxy.down();
                server.awaitReadiness(503, Duration.ofSeconds(30));
                HttpResponse<String> during = client.get("api/municipalities/5601");
                assertEquals(503, during.statusCode(), during.body());
                assertTrue(during.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                JsonObject problem = Client.object(during);
                assertEquals("Tjenesten er midlertidig utilgjengelig", problem.getString("title"));
                assertTrue(during.headers().firstValue("Retry-After").isPresent());
                assertEquals(200, client.get("").statusCode(), "the server itself stays up");

                proxy.up();
                server.awaitReadiness(200, Duration.ofSeconds(60));
                HttpResponse<String> after = client.get("api/municipalities/5601");
                assertEquals(200, after.statusCode(), after.body());
                assertEquals("Alta", Client.object(after).getString("name"));
            }
        }
    }
}
