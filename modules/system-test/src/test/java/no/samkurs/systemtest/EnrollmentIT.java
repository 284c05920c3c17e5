package no.samkurs.systemtest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enrollment on two application instances sharing one MariaDB database, as behind a load balancer: a burst of
 * concurrent enrollments by bearer token at both fills the seats exactly and numbers the line without gaps or
 * duplicates; every refusal is a problem that says why, in the caller's language.
 */
class EnrollmentIT {

    private static final String PASSWORD = "samkurs-demo";
    private static final String ISSUER = "https://idp.test.samkurs.no";
    private static final String AUDIENCE = "samkurs-api";
    private static final int PEOPLE = 1_500;
    private static final int SEATS = 120;
    private static final Duration STARTED_WITHIN = Duration.ofSeconds(150);

    private static TestDatabase database;
    private static RSAKey issuerKey;
    private static ServerProcess one;
    private static ServerProcess two;
    private static HttpClient http;
    private static List<String> emails;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create(TestDatabase.Kind.MYSQL);
        Path data = ServerProcess.temporaryFolder("samkurs-enrollment");
        issuerKey = new RSAKeyGenerator(2048).keyID("test-1").generate();
        Path publicKey = Files.writeString(data.resolve("issuer.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(issuerKey.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Map<String, String> shared = Map.of("SAMKURS_DB_URL", TestDatabase.mysqlUrl(database.name()),
                "SAMKURS_DB_USER", TestDatabase.mysqlUser(), "SAMKURS_DB_PASSWORD", TestDatabase.mysqlPassword(),
                "SAMKURS_TOKEN_ISSUER", ISSUER, "SAMKURS_TOKEN_AUDIENCE", AUDIENCE,
                "SAMKURS_TOKEN_PUBLICKEY", publicKey.toString());
        Map<String, String> first = new HashMap<>(shared);
        first.put("SAMKURS_DEMO_ACCOUNTS", "true");
        // One after the other: the first migrates the database, and two JVMs starting at once on our two cores
        // took longer than a minute on a busy CI machine.
        one = ServerProcess.start("enrollment-one", first);
        one.awaitReadiness(200, STARTED_WITHIN);
        two = ServerProcess.start("enrollment-two", shared);
        two.awaitReadiness(200, STARTED_WITHIN);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        emails = IntStream.range(0, PEOPLE).mapToObj(i -> "p" + i + "-" + UUID.randomUUID().toString().substring(0, 6)
                + "@alta.kommune.no").toList();
        StringBuilder csv = new StringBuilder("email;name;roles;municipality\n");
        emails.forEach(e -> csv.append(e).append(";Deltaker;participant;5601\n"));
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(one.uri().resolve("api/people/import"))
                .header("Authorization", basic("admin@samkurs.no")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServerProcess server : new ServerProcess[]{one, two}) {
            if (server != null) {
                server.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aBurstAtTwoInstancesFillsTheSeatsExactlyAndNumbersTheLine() throws Exception {
        String offering = webinar(SEATS, null);
        List<String> tokens = new ArrayList<>();
        for (String email : emails) {
            tokens.add(token(email, Instant.now().plusSeconds(900)));
        }
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            ServerProcess to = i % 2 == 0 ? one : two;
            answers.add(http.sendAsync(enroll(to, offering, tokens.get(i)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        int confirmed = 0;
        Set<Integer> positions = new TreeSet<>();
        Map<Integer, Integer> statuses = new HashMap<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() != 201) {
                continue;
            }
            JsonObject body = Client.object(response);
            if (body.getString("status").equals("confirmed")) {
                confirmed++;
            } else {
                assertEquals("waitlisted", body.getString("status"));
                assertTrue(positions.add(body.getInt("position")), "a position of one's own: " + body);
            }
        }
        assertEquals(Map.of(201, PEOPLE), statuses, "every request enrolled, none refused or failed");
        assertEquals(SEATS, confirmed);
        assertEquals(PEOPLE - SEATS, positions.size());
        assertEquals(1, ((TreeSet<Integer>) positions).first());
        assertEquals(PEOPLE - SEATS, ((TreeSet<Integer>) positions).last());
        String where = " FROM enrollment WHERE offering_id = '" + offering + "'";
        assertEquals(SEATS, count("SELECT COUNT(*)" + where + " AND status = 'CONFIRMED'"));
        assertEquals(PEOPLE - SEATS, count("SELECT COUNT(*)" + where + " AND status = 'WAITLISTED'"));
        assertEquals(PEOPLE, count("SELECT COUNT(DISTINCT person_id)" + where));
        assertEquals(SEATS, count("SELECT seats_taken FROM offering WHERE id = '" + offering + "'"));
        assertEquals(PEOPLE - SEATS, count("SELECT waitlisted FROM offering WHERE id = '" + offering + "'"));

        // The same request again, at the other instance and with a key: the same enrollment, not a second one.
        HttpResponse<String> again = http.send(enroll(two, offering, tokens.get(0)).header("Idempotency-Key", "k-1")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(PEOPLE, count("SELECT COUNT(*)" + where));

        // A confirmed participant cancels at one instance; the first in line has the seat at once, seen at the other.
        String confirmedId = firstConfirmed(offering);
        String confirmedEmail = emailOf(confirmedId);
        String waitingId = firstWaiting(offering);
        HttpResponse<String> cancelled = http.send(HttpRequest.newBuilder(one.uri().resolve("api/enrollments/"
                        + confirmedId)).header("Authorization", "Bearer " + token(confirmedEmail,
                        Instant.now().plusSeconds(300))).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("cancelled", Client.object(cancelled).getString("status"));
        HttpResponse<String> promoted = http.send(get(two, "api/enrollments/" + waitingId,
                token(emailOf(waitingId), Instant.now().plusSeconds(300))), HttpResponse.BodyHandlers.ofString());
        assertEquals("confirmed", Client.object(promoted).getString("status"), promoted.body());
        assertTrue(Client.object(promoted).getBoolean("promoted"));
        assertEquals(SEATS, count("SELECT COUNT(*)" + where + " AND status = 'CONFIRMED'"));
    }

    @Test
    void everyRefusalSaysWhyInTheCallersLanguage() throws Exception {
        String person = emails.get(emails.size() - 1);
        String token = token(person, Instant.now().plusSeconds(300));
        assertProblem(http.send(enroll(one, "ingen-slik", token).build(), HttpResponse.BodyHandlers.ofString()),
                404, "unknown-offering", "Fant ikke tilbudet.");
        String closed = webinar(10, Instant.now().minusSeconds(60).toString().substring(0, 16));
        HttpResponse<String> english = http.send(enroll(two, closed, token).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(english, 409, "closed", "Enrollment closed");
        String open = webinar(10, null);
        assertProblem(http.send(enroll(one, open, token).POST(HttpRequest.BodyPublishers.ofString(
                "{\"service\": \"astrologi\"}")).build(), HttpResponse.BodyHandlers.ofString()), 422,
                "unknown-service", "Ukjent tjeneste «astrologi»");
        HttpResponse<String> badKey = http.send(enroll(one, open, token).header("Idempotency-Key", "a b").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, badKey.statusCode(), badKey.body());
        HttpResponse<String> editor = http.send(HttpRequest.newBuilder(one.uri().resolve("api/offerings/" + open
                        + "/enrollments")).header("Authorization", basic("redaktor@samkurs.no"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, editor.statusCode(), "enrolling is for municipal employees: " + editor.body());
        HttpResponse<String> expired = http.send(enroll(one, open, token(person, Instant.now().minusSeconds(300)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, expired.statusCode());
        RSAKey foreign = new RSAKeyGenerator(2048).keyID("test-1").generate();
        HttpResponse<String> forged = http.send(enroll(two, open, token(foreign, person, Instant.now().plusSeconds(300)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode());
        assertEquals(0, count("SELECT COUNT(*) FROM enrollment WHERE offering_id = '" + open + "'"),
                "nothing was stored by any refusal");

        HttpResponse<String> made = http.send(enroll(one, open, token).header("Idempotency-Key", "once")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\": \"child-welfare\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, made.statusCode(), made.body());
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith(Client.object(made).getString("id")));
        assertProblem(http.send(enroll(two, closed, token).header("Idempotency-Key", "once").build(),
                HttpResponse.BodyHandlers.ofString()), 422, "key-reused", "Idempotency-Key «once»");
        String someoneElse = token(emails.get(emails.size() - 2), Instant.now().plusSeconds(300));
        HttpResponse<String> notTheirs = http.send(HttpRequest.newBuilder(two.uri().resolve("api/enrollments/"
                + Client.object(made).getString("id"))).header("Authorization", "Bearer " + someoneElse).DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(notTheirs, 404, "unknown-enrollment", "Fant ikke påmeldingen.");
        HttpResponse<String> list = http.send(get(two, "api/me/enrollments", token), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"service\":\"child-welfare\""), list.body());
        assertTrue(list.body().contains("\"cancellable\":true"), list.body());
    }

    @Test
    void theEditorsSetTheRulesAndEveryoneMayReadThem() throws Exception {
        String offering = webinar(40, null);
        Client editor = new Client(one.uri()).as("redaktor@samkurs.no", PASSWORD);
        HttpResponse<String> tooMany = editor.send("PUT", "api/offerings/" + offering + "/enrollment-policy",
                "application/json", "{\"reservedSeats\": 41, \"reservedUntil\": \"2099-01-01T12:00\", \"farKm\": 150}");
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertEquals("reservedSeats", Client.object(tooMany).getJsonArray("errors").getJsonObject(0).getString("field"));
        String release = Instant.now().plus(Duration.ofDays(3)).atZone(java.time.ZoneId.of("Europe/Oslo"))
                .toLocalDateTime().withNano(0).withSecond(0).toString();
        HttpResponse<String> set = editor.send("PUT", "api/offerings/" + offering + "/enrollment-policy",
                "application/json", "{\"seatsPerMunicipality\": 2, \"reservedSeats\": 10, \"reservedUntil\": \""
                        + release + "\", \"farKm\": 150, \"unreached\": true}");
        assertEquals(200, set.statusCode(), set.body());
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(two.uri().resolve("api/offerings/" + offering
                + "/enrollment-policy")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), "the rule is public: " + read.body());
        assertEquals(10, Client.object(read).getInt("reservedSeats"));
        assertEquals(2, Client.object(read).getInt("seatsPerMunicipality"));
        HttpResponse<String> participant = http.send(HttpRequest.newBuilder(one.uri().resolve("api/offerings/"
                        + offering + "/enrollment-policy")).header("Authorization", "Bearer "
                        + token(emails.get(5), Instant.now().plusSeconds(300))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, participant.statusCode());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String reason, String detail) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Client.object(response);
        assertEquals(reason, problem.getString("reason", null), response.body());
        assertTrue(problem.getString("detail").contains(detail), problem.getString("detail"));
    }

    /** A published webinar of RVTS Nord, made by its demo editor; enrollment closing at {@code closes} (Oslo). */
    private static String webinar(int capacity, String closes) throws Exception {
        Client editor = new Client(one.uri()).as("redaktor@samkurs.no", PASSWORD);
        String start = Instant.now().plus(Duration.ofDays(20)).atZone(java.time.ZoneId.of("Europe/Oslo"))
                .toLocalDate() + "T09:00";
        String end = start.replace("T09:00", "T10:30");
        HttpResponse<String> created = editor.postJson("api/offerings", """
                {"kind": "webinar", "delivery": "digital", "title": "Traumebevisst praksis – webinar",
                 "summary": "For ansatte i skolen.", "topics": ["trauma"], "targetGroups": ["school"],
                 "counties": ["56"], "capacity": %d, %s
                 "sessions": [{"start": "%s", "end": "%s", "joinUrl": "https://video.example.no/w"}]}"""
                .formatted(capacity, closes == null ? "" : "\"enrollmentCloses\": \"" + closes + "\",", start, end));
        assertEquals(201, created.statusCode(), created.body());
        String id = Client.object(created).getString("id");
        HttpResponse<String> published = editor.postJson("api/offerings/" + id + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    private static HttpRequest.Builder enroll(ServerProcess server, String offering, String token) {
        return HttpRequest.newBuilder(server.uri().resolve("api/offerings/" + offering + "/enrollments"))
                .timeout(Duration.ofSeconds(90)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"service\": \"school\"}"));
    }

    private static HttpRequest get(ServerProcess server, String path, String token) {
        return HttpRequest.newBuilder(server.uri().resolve(path)).header("Authorization", "Bearer " + token).build();
    }

    private static String token(String email, Instant expires) throws JOSEException {
        return token(issuerKey, email, expires);
    }

    private static String token(RSAKey key, String email, Instant expires) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(email)
                        .claim("email", email).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes());
    }

    private static String firstConfirmed(String offering) throws Exception {
        return text("SELECT id FROM enrollment WHERE offering_id = '" + offering + "' AND status = 'CONFIRMED' "
                + "ORDER BY arrival LIMIT 1");
    }

    private static String firstWaiting(String offering) throws Exception {
        return text("SELECT id FROM enrollment WHERE offering_id = '" + offering + "' AND status = 'WAITLISTED' "
                + "ORDER BY arrival LIMIT 1");
    }

    private static String emailOf(String enrollmentId) throws Exception {
        return text("SELECT p.email FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.id = '"
                + enrollmentId + "'");
    }

    private static int count(String sql) throws Exception {
        return Integer.parseInt(text(sql));
    }

    private static String text(String sql) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getString(1);
        }
    }
}
