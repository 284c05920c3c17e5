package no.samkurs.systemtest;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command's default: no database configured, so Samkurs keeps an embedded H2 database in its data folder,
 * migrates and seeds it, is ready within 60 s, and still has everything after a restart.
 */
class EmbeddedDefaultIT {

    static final Duration READY_WITHIN = Duration.ofSeconds(60);

    @Test
    void startsOnTheEmbeddedDatabaseAndKeepsDataAcrossARestart() throws Exception {
        Path data = ServerProcess.temporaryFolder("samkurs-data");
        Map<String, String> environment = Map.of("SAMKURS_DATA_DIR", data.toString(), "SAMKURS_DEMO_ACCOUNTS", "true",
                "SAMKURS_DEMO_SEASON", "true");
        String email = "bevart@alta.kommune.no";
        try {
            try (ServerProcess first = ServerProcess.start("embedded-first", environment)) {
                Duration ready = first.awaitReadiness(200, READY_WITHIN);
                System.out.println("Embedded default ready in " + ready.toMillis() + " ms");
                Client client = new Client(first.uri());
                assertEquals(200, client.get("api/offerings?size=1").statusCode(),
                        "ready means the search answers too: a load balancer may send traffic at once");
                assertEquals(18, Client.array(client.get("api/municipalities?county=56")).size());
                assertTrue(client.get("").body().contains("Kompetansetilbud for alle som jobber med barn og unge"));
                var created = client.as("admin@samkurs.no", "samkurs-demo").postJson("api/people", """
                        {"email": "%s", "name": "Bodil Bevart", "password": "et-langt-passord",
                         "roles": ["participant"], "municipality": "5601"}""".formatted(email));
                assertEquals(201, created.statusCode(), created.body());
                var season = Client.object(client.get("api/offerings?size=1"));
                assertTrue(season.getInt("total") >= 60, "the demo season: " + season.getInt("total"));
                assertTrue(season.getJsonObject("facets").getJsonArray("provider").size() >= 26,
                        "every centre and statsforvalter office hosts something");
            }
            assertTrue(Files.list(data).anyMatch(f -> f.getFileName().toString().startsWith("samkurs")),
                    "the H2 files live in the configured data folder");
            try (ServerProcess second = ServerProcess.start("embedded-second", environment)) {
                second.awaitReadiness(200, READY_WITHIN);
                var me = new Client(second.uri()).as(email, "et-langt-passord").get("api/people/me");
                assertEquals(200, me.statusCode(), me.body());
                assertEquals("Bodil Bevart", Client.object(me).getString("name"));
                assertEquals(357, Client.array(new Client(second.uri()).get("api/municipalities")).size(),
                        "seeded once, not twice");
                assertEquals(72, Client.object(new Client(second.uri()).get("api/offerings?size=1")).getInt("total"),
                        "the demo season is loaded once, and the index is rebuilt from the database");
            }
        } finally {
            ServerProcess.deleteRecursively(data);
        }
    }
}
