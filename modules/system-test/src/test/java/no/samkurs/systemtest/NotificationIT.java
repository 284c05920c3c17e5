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
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import no.samkurs.platform.schema.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static no.samkurs.systemtest.CalendarFeeds.parameter;
import static no.samkurs.systemtest.CalendarFeeds.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications from the packaged application on MariaDB to a real SMTP server (GreenMail, in this JVM): a burst
 * of enrollments while the mail server is down, delivered exactly once from two instances sharing the outbox when
 * it returns; messages still pending when the application stops, delivered once by the next process; the
 * confirmation's invitation with the feed's UID, the offering's change and the cancellation after it, each with a
 * higher SEQUENCE; the waitlist notice and the promotion; the person's language.
 * The tests run in order because the first two start and stop the servers (each start costs half a minute); the
 * others need only a server and the mail server up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT {

    private static final String PASSWORD = "samkurs-demo";
    private static final String ISSUER = "https://idp.test.samkurs.no";
    private static final String AUDIENCE = "samkurs-api";
    private static final String FROM = "kurs@samkurs.no";
    private static final String SITE = "https://samkurs.test";
    private static final String JOIN = "https://video.example.no/varsel-" + UUID.randomUUID();
    /** The webinar as its editor sends it: before the kind, a version when changed; before the start, the id. */
    private static final String WEBINAR = """
            {%s"kind": "webinar", "delivery": "digital", "title": "Varsling i praksis – webinar",
             "summary": "For ansatte i skolen.", "topics": ["trauma"], "targetGroups": ["school"],
             "counties": ["56"], "capacity": %d,
             "sessions": [{%s"start": "%sT%s", "end": "%sT%s", "joinUrl": "%s"}]}""";
    private static final int BURST = 1_000;
    private static final int SEATS = 600;
    private static final int PENDING = 100;
    private static final Duration STARTED_WITHIN = Duration.ofSeconds(150);
    private static final Duration DELIVERED_WITHIN = Duration.ofMinutes(3);

    private static TestDatabase database;
    private static RSAKey issuerKey;
    private static MailServer smtp;
    private static Map<String, String> settings;
    private static ServerProcess one;
    private static ServerProcess two;
    private static ServerProcess three;
    private static HttpClient http;
    private static List<String> emails;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.create(TestDatabase.Kind.MYSQL);
        Path data = ServerProcess.temporaryFolder("samkurs-notification");
        issuerKey = new RSAKeyGenerator(2048).keyID("test-1").generate();
        Path publicKey = Files.writeString(data.resolve("issuer.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(issuerKey.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        // Nothing listens at the mail server's port yet: the first test's burst meets a mail server that is down.
        smtp = new MailServer(ServerProcess.freePort());
        settings = new HashMap<>(Map.of("SAMKURS_DB_URL", TestDatabase.mysqlUrl(database.name()),
                "SAMKURS_DB_USER", TestDatabase.mysqlUser(), "SAMKURS_DB_PASSWORD", TestDatabase.mysqlPassword(),
                "SAMKURS_TOKEN_ISSUER", ISSUER, "SAMKURS_TOKEN_AUDIENCE", AUDIENCE,
                "SAMKURS_TOKEN_PUBLICKEY", publicKey.toString(), "SAMKURS_CALENDAR_PUBLIC_ADDRESS", SITE));
        // Rounds every second and a short wait while the server is down, so that the tests do not wait long; the
        // lease stays well above what a batch takes on a busy machine.
        settings.putAll(Map.of("SAMKURS_MAIL_HOST", "127.0.0.1", "SAMKURS_MAIL_PORT", String.valueOf(smtp.port()),
                "SAMKURS_MAIL_SECURITY", "none", "SAMKURS_MAIL_FROM", FROM, "SAMKURS_MAIL_INTERVAL", "PT1S",
                "SAMKURS_MAIL_FIRST_RETRY", "PT1S", "SAMKURS_MAIL_LONGEST_RETRY", "PT2S",
                "SAMKURS_MAIL_LEASE", "PT1M"));
        // One after the other: the first migrates the database, and two JVMs starting at once on two cores are slow.
        one = start("notification-one", true);
        two = start("notification-two", false);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        emails = IntStream.range(0, BURST + PENDING + 7).mapToObj(i -> "v" + i + "-"
                + UUID.randomUUID().toString().substring(0, 6) + "@alta.kommune.no").toList();
        StringBuilder csv = new StringBuilder("email;name;roles;municipality\n");
        IntStream.range(0, emails.size()).forEach(i -> csv.append(emails.get(i)).append(";Deltaker ").append(i)
                .append(";participant;5601\n"));
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(one.uri().resolve("api/people/import"))
                .header("Authorization", basic("admin@samkurs.no")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
    }

    private static ServerProcess start(String name, boolean demoAccounts) throws Exception {
        Map<String, String> environment = new HashMap<>(settings);
        if (demoAccounts) {
            environment.put("SAMKURS_DEMO_ACCOUNTS", "true");
        }
        ServerProcess server = ServerProcess.start(name, environment);
        server.awaitReadiness(200, STARTED_WITHIN);
        return server;
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServerProcess server : new ServerProcess[]{one, two, three}) {
            if (server != null) {
                server.close();
            }
        }
        if (smtp != null) {
            smtp.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aBurstWhileTheMailServerIsDownIsDeliveredExactlyOnceFromTwoInstancesWhenItReturns() throws Exception {
        String offering = webinar(one, SEATS).getString("id");
        assertEquals(Map.of(201, BURST), enrollAll(offering, emails.subList(0, BURST)));
        // Both senders try the closed port every second or two meanwhile: nothing is lost and no attempt is spent.
        Thread.sleep(4_000);
        assertEquals(BURST, count("SELECT COUNT(*) FROM notification_outbox WHERE offering_id = ? "
                + "AND status = 'PENDING' AND attempts = 0", offering));
        // A sender says so only after it claimed a batch: both instances work on the one outbox.
        assertTrue(one.log().contains("cannot be reached"), "the first instance's sender claimed and waited");
        assertTrue(two.log().contains("cannot be reached"), "the second instance's sender claimed and waited");

        smtp.up();
        List<Mail> mails = deliveredOnce(offering, BURST);
        assertEquals(SEATS, mails.stream().filter(m -> "REQUEST".equals(m.calendarMethod())).count(),
                "the confirmed have an invitation");
        List<String> noInvitation = List.of("text/plain", "text/html");
        assertEquals(BURST - SEATS, mails.stream().filter(m -> m.baseTypes().equals(noInvitation)).count(),
                "the waitlisted have their position and no invitation");
    }

    @Test
    @Order(2)
    void messagesPendingWhenTheApplicationStopsAreDeliveredOnceByTheNextProcess() throws Exception {
        smtp.down();
        String offering = webinar(one, PENDING).getString("id");
        assertEquals(Map.of(201, PENDING), enrollAll(offering, emails.subList(BURST, BURST + PENDING)));
        one.close();
        two.close();
        one = null;
        two = null;
        three = start("notification-three", false);
        // Nothing could be sent, and stopping (with each sender in the middle of a round, perhaps) failed nothing.
        assertEquals(PENDING, count("SELECT COUNT(*) FROM notification_outbox WHERE offering_id = ? "
                + "AND status = 'PENDING'", offering), () -> "all still pending: " + states(offering));

        smtp.up();
        deliveredOnce(offering, PENDING);
    }

    @Test
    @Order(3)
    void theInvitationCarriesTheFeedsEventAndItsChangeAndCancellationRaiseTheSequence() throws Exception {
        smtp.up();
        ServerProcess server = running();
        JsonObject offering = webinar(server, 1);
        String id = offering.getString("id");
        String uid = offering.getJsonArray("sessions").getJsonObject(0).getString("id") + "@samkurs.no";
        String title = offering.getString("title");
        String participant = emails.get(BURST + PENDING);
        JsonObject enrolled = enroll(server, id, participant);
        assertEquals("confirmed", enrolled.getString("status"));
        VEvent shown = single(CalendarFeeds.parse(get(server, "calendar/county/56.ics")).withUid(uid));

        Mail confirmation = message(enrolled.getString("id"), "CONFIRMED");
        assertEquals("multipart/alternative", confirmation.baseType());
        assertEquals(List.of("text/plain", "text/html", "text/calendar"), confirmation.baseTypes());
        assertEquals("REQUEST", confirmation.calendarMethod());
        assertEquals(participant, confirmation.to());
        assertTrue(confirmation.header("From").contains(FROM), confirmation.header("From"));
        assertEquals("Påmeldt: " + title, confirmation.subject());
        assertTrue(confirmation.plain().contains(JOIN), "a confirmed participant has the join link");
        assertTrue(confirmation.plain().contains(SITE + "/tilbudet?id=" + id), confirmation.plain());
        assertTrue(confirmation.html().contains("href=\"" + JOIN + "\""), confirmation.html());

        Calendar invitation = confirmation.calendar();
        assertEquals("REQUEST", method(invitation));
        List<VTimeZone> zones = invitation.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        assertEquals("Europe/Oslo", zones.get(0).getTimeZoneId().getValue());
        VEvent invited = single(confirmation.events());
        assertEquals(uid, property(invited, "UID"), "the feed's UID");
        assertEquals(property(shown, "DTSTART"), property(invited, "DTSTART"));
        assertEquals("Europe/Oslo", parameter(invited, "DTSTART", "TZID"));
        assertEquals("mailto:" + FROM, property(invited, "ORGANIZER"));
        assertEquals("RVTS Nord", parameter(invited, "ORGANIZER", "CN"));
        assertEquals("mailto:" + participant, property(invited, "ATTENDEE").toLowerCase());
        assertEquals("ACCEPTED", parameter(invited, "ATTENDEE", "PARTSTAT"));
        int sequence = sequence(invited);
        assertTrue(sequence >= sequence(shown), "never older than the feed: " + sequence + " < " + sequence(shown));

        move(server, offering, "10:00", "11:30");
        Mail changed = message(enrolled.getString("id"), "CHANGED");
        assertEquals("REQUEST", changed.calendarMethod());
        VEvent moved = single(changed.events());
        assertEquals(uid, property(moved, "UID"), "the same event, moved");
        assertTrue(property(moved, "DTSTART").endsWith("T100000"), property(moved, "DTSTART"));
        assertTrue(sequence(moved) > sequence, "the change is newer than the invitation");
        sequence = sequence(moved);

        cancel(server, enrolled.getString("id"), participant);
        Mail cancellation = message(enrolled.getString("id"), "CANCELLED");
        assertEquals("CANCEL", cancellation.calendarMethod());
        assertEquals("CANCEL", method(cancellation.calendar()));
        VEvent withdrawn = single(cancellation.events());
        assertEquals(uid, property(withdrawn, "UID"));
        assertTrue(sequence(withdrawn) > sequence, "the cancellation is newer than the invitation");
        assertEquals("mailto:" + participant, property(withdrawn, "ATTENDEE").toLowerCase());
    }

    @Test
    @Order(4)
    void theWaitlistedLearnTheirPlaceAndGetTheInvitationWithTheSeat() throws Exception {
        smtp.up();
        ServerProcess server = running();
        JsonObject offering = webinar(server, 1);
        String id = offering.getString("id");
        String uid = offering.getJsonArray("sessions").getJsonObject(0).getString("id") + "@samkurs.no";
        String seated = emails.get(BURST + PENDING + 1);
        String waiting = emails.get(BURST + PENDING + 2);
        String seat = enroll(server, id, seated).getString("id");
        JsonObject inLine = enroll(server, id, waiting);
        assertEquals(1, inLine.getInt("position"), inLine.toString());

        Mail waitlisted = message(inLine.getString("id"), "WAITLISTED");
        assertEquals(List.of("text/plain", "text/html"), waitlisted.baseTypes(), "no invitation");
        assertEquals("På venteliste: " + offering.getString("title"), waitlisted.subject());
        assertTrue(waitlisted.plain().contains("nummer 1"), waitlisted.plain());
        assertFalse(waitlisted.plain().contains(JOIN), "the join link is for those with a seat");

        cancel(server, seat, seated);
        Mail promoted = message(inLine.getString("id"), "PROMOTED");
        assertEquals("REQUEST", promoted.calendarMethod());
        assertEquals("REQUEST", method(promoted.calendar()));
        VEvent invited = single(promoted.events());
        assertEquals(uid, property(invited, "UID"));
        assertEquals("mailto:" + waiting, property(invited, "ATTENDEE").toLowerCase());
        assertTrue(promoted.plain().contains(JOIN), "the seat brings the join link");
    }

    @Test
    @Order(5)
    void eachPersonReadsTheirMessagesInTheirOwnLanguage() throws Exception {
        smtp.up();
        ServerProcess server = running();
        String id = webinar(server, 1).getString("id");
        String nynorsk = emails.get(BURST + PENDING + 3);
        String english = emails.get(BURST + PENDING + 4);
        String bokmal = emails.get(BURST + PENDING + 5);
        // No API sets a person's language: "Min side" does, by a form. The outbox reads it from the person's row.
        update("UPDATE person SET language = 'nn' WHERE email = ?", nynorsk);
        update("UPDATE person SET language = 'en' WHERE email = ?", english);

        Mail confirmed = message(enroll(server, id, nynorsk).getString("id"), "CONFIRMED");
        assertEquals("nn", confirmed.header("Content-Language"));
        assertTrue(confirmed.subject().startsWith("Påmeld: "), confirmed.subject());
        assertTrue(confirmed.plain().contains("Du er påmeld"), confirmed.plain());
        assertTrue(confirmed.html().contains("lang=\"nn\""));
        assertTrue(confirmed.hasCalendar());

        Mail first = message(enroll(server, id, english).getString("id"), "WAITLISTED");
        assertEquals("en", first.header("Content-Language"));
        assertTrue(first.subject().startsWith("On the waiting list: "), first.subject());
        assertTrue(first.plain().contains("you are number 1 on the waiting list"), first.plain());

        Mail second = message(enroll(server, id, bokmal).getString("id"), "WAITLISTED");
        assertEquals("nb", second.header("Content-Language"), "bokmål when none is chosen");
        assertTrue(second.subject().startsWith("På venteliste: "), second.subject());
        assertTrue(second.plain().contains("nummer 2"), second.plain());
    }

    @Test
    @Order(6)
    void aPersonTurnsRemindersOffAndOnThroughTheApiAndNobodyElseCan() throws Exception {
        ServerProcess server = running();
        String person = emails.get(BURST + PENDING + 6);
        String token = token(person);
        assertEquals(true, preferences(server, token, null, 200).getBoolean("reminders"), "on until turned off");
        assertEquals(false, preferences(server, token, "{\"reminders\": false}", 200).getBoolean("reminders"));
        assertEquals(false, preferences(server, token, null, 200).getBoolean("reminders"));
        assertEquals(1, count("SELECT COUNT(*) FROM notification_preference p JOIN person r ON r.id = p.person_id "
                + "WHERE r.email = ? AND p.reminders = FALSE", person));
        assertEquals(true, preferences(server, token, "{\"reminders\": true}", 200).getBoolean("reminders"));

        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(server.uri().resolve(
                        "api/me/notification-preferences")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(bad.statusCode() == 400 || bad.statusCode() == 422, bad.statusCode() + " " + bad.body());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(server.uri().resolve(
                "api/me/notification-preferences")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(true, preferences(server, token, null, 200).getBoolean("reminders"), "a bad request changed nothing");
    }

    /** GET (body null) or PUT the person's notification preferences; the answer must have the status. */
    private static JsonObject preferences(ServerProcess server, String token, String body, int status)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("api/me/notification-preferences"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(status, answer.statusCode(), answer.body());
        return Client.object(answer);
    }

    /**
     * Waits until the outbox's messages for the offering have all arrived, and checks that each arrived exactly
     * once, to its enrollment's person, and that the outbox has them all as sent.
     */
    private static List<Mail> deliveredOnce(String offering, int enrollments) throws Exception {
        Map<String, String> recipients = new LinkedHashMap<>();
        for (List<String> row : rows("SELECT o.message_id, p.email FROM notification_outbox o JOIN person p "
                + "ON p.id = o.person_id WHERE o.offering_id = ?", offering)) {
            recipients.put(row.get(0), row.get(1));
        }
        assertEquals(enrollments, recipients.size(), "one message recorded per enrollment");
        assertEquals(enrollments, count("SELECT COUNT(DISTINCT enrollment_id) FROM notification_outbox "
                + "WHERE offering_id = ?", offering));
        List<Mail> mails;
        try {
            mails = smtp.await(recipients.keySet(), DELIVERED_WITHIN);
        } catch (AssertionError missing) {
            throw new AssertionError(missing.getMessage() + "; the outbox: " + states(offering), missing);
        }
        Map<String, Long> copies = mails.stream().collect(Collectors.groupingBy(Mail::messageId,
                Collectors.counting()));
        assertEquals(Map.of(), copies.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "no message twice");
        assertEquals(enrollments, mails.size());
        for (Mail mail : mails) {
            assertEquals(recipients.get(mail.messageId()), mail.to(), "to the enrollment's person");
        }
        assertEquals(enrollments, mails.stream().map(Mail::to).distinct().count(), "everyone got one");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String sent = "SELECT COUNT(*) FROM notification_outbox WHERE offering_id = ? AND status = 'SENT'";
        while (count(sent, offering) < enrollments && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(enrollments, count(sent, offering), () -> "every message sent: " + states(offering));
        return mails;
    }

    /** The offering's messages counted by status, attempts and last error, to say why when a count is off. */
    private static String states(String offering) {
        try {
            return rows("SELECT status, attempts, last_error, COUNT(*) FROM notification_outbox WHERE offering_id = ? "
                    + "GROUP BY status, attempts, last_error", offering).toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** The one message of this kind about the enrollment, once it has arrived. */
    private static Mail message(String enrollment, String kind) throws Exception {
        List<List<String>> ids = rows("SELECT message_id FROM notification_outbox WHERE enrollment_id = ? "
                + "AND kind = '" + kind + "'", enrollment);
        assertEquals(1, ids.size(), "one " + kind + " message recorded for " + enrollment);
        Mail mail = single(smtp.await(Set.of(ids.get(0).get(0)), Duration.ofSeconds(60)));
        assertEquals(ids.get(0).get(0), mail.messageId(), "the outbox's Message-ID");
        return mail;
    }

    /** Every person's enrollment at once, by bearer token, half at each running instance; the statuses counted. */
    private static Map<Integer, Integer> enrollAll(String offering, List<String> people) throws Exception {
        List<ServerProcess> servers = two == null ? List.of(running()) : List.of(one, two);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            answers.add(http.sendAsync(enrollment(servers.get(i % servers.size()), offering, token(people.get(i))),
                    HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Integer> statuses = new HashMap<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            statuses.merge(answer.get(120, TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
        }
        return statuses;
    }

    private static void cancel(ServerProcess server, String enrollment, String email) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.uri().resolve("api/enrollments/"
                + enrollment)).header("Authorization", "Bearer " + token(email)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static JsonObject enroll(ServerProcess server, String offering, String email) throws Exception {
        HttpResponse<String> answer = http.send(enrollment(server, offering, token(email)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode(), answer.body());
        return Client.object(answer);
    }

    private static HttpRequest enrollment(ServerProcess server, String offering, String token) {
        return HttpRequest.newBuilder(server.uri().resolve("api/offerings/" + offering + "/enrollments"))
                .timeout(Duration.ofSeconds(90)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\": \"school\"}")).build();
    }

    /** A published webinar of RVTS Nord for Finnmark, made by its demo editor, as the API answers it. */
    private static JsonObject webinar(ServerProcess server, int capacity) {
        String day = Instant.now().plus(Duration.ofDays(20)).atZone(ZoneId.of("Europe/Oslo")).toLocalDate().toString();
        Client editor = new Client(server.uri()).as("redaktor@samkurs.no", PASSWORD);
        HttpResponse<String> created = editor.postJson("api/offerings", WEBINAR.formatted("", capacity, "",
                day, "09:00", day, "10:30", JOIN));
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> published = editor.postJson("api/offerings/" + Client.object(created).getString("id")
                + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        return Client.object(published);
    }

    /** The editor moves the webinar's one session to other times the same day. */
    private static void move(ServerProcess server, JsonObject offering, String start, String end) {
        Client editor = new Client(server.uri()).as("redaktor@samkurs.no", PASSWORD);
        JsonObject current = Client.object(editor.get("api/offerings/" + offering.getString("id")));
        JsonObject session = current.getJsonArray("sessions").getJsonObject(0);
        String day = session.getString("start").substring(0, 10);
        HttpResponse<String> changed = editor.send("PUT", "api/offerings/" + offering.getString("id"),
                "application/json", WEBINAR.formatted("\"version\": " + current.getInt("version") + ", ",
                        current.getInt("capacity"), "\"id\": \"" + session.getString("id") + "\", ", day, start,
                        day, end, JOIN));
        assertEquals(200, changed.statusCode(), changed.body());
    }

    private static ServerProcess running() {
        return three != null ? three : one;
    }

    private static String get(ServerProcess server, String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static String method(Calendar calendar) {
        return calendar.<Property>getProperty("METHOD").map(Property::getValue).orElse(null);
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(property(event, "SEQUENCE"));
    }

    private static <T> T single(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private static String token(String email) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(issuerKey.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(email).claim("email", email)
                        .expirationTime(Date.from(Instant.now().plusSeconds(900))).build());
        jwt.sign(new RSASSASigner(issuerKey));
        return jwt.serialize();
    }

    private static String basic(String email) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes());
    }

    private static long count(String sql, String value) throws Exception {
        return Long.parseLong(rows(sql, value).get(0).get(0));
    }

    private static void update(String sql, String value) throws Exception {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            assertEquals(1, s.executeUpdate(), sql);
        }
    }

    private static List<List<String>> rows(String sql, String value) throws Exception {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(r.getString(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
