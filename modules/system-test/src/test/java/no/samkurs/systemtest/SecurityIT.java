package no.samkurs.systemtest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in and transport security of the packaged application, as a browser, a script or an attacker meets it.
 * The server trusts X-Forwarded-For here (as behind a proxy), so each test plays its own client address.
 */
class SecurityIT {

    private static final String PASSWORD = "samkurs-demo";
    private static final String ISSUER = "https://idp.test.samkurs.no";
    private static final String AUDIENCE = "samkurs-api";
    private static RSAKey issuerKey;
    private static ServerProcess server;
    private static Path data;
    private static HttpClient http;
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        data = ServerProcess.temporaryFolder("samkurs-security");
        issuerKey = new RSAKeyGenerator(2048).keyID("test-1").generate();
        Path publicKey = Files.writeString(data.resolve("issuer.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(issuerKey.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        server = ServerProcess.start("security", Map.of("SAMKURS_DATA_DIR", data.toString(),
                "SAMKURS_DEMO_ACCOUNTS", "true", "SAMKURS_HTTP_CLIENT_ADDRESS_HEADER", "X-Forwarded-For",
                "SAMKURS_SIGNIN_ACCOUNT_FREE_FAILURES", "3", "SAMKURS_SIGNIN_ADDRESS_FREE_FAILURES", "6",
                "SAMKURS_SIGNIN_FIRST_PAUSE", "PT3S", "SAMKURS_TOKEN_ISSUER", ISSUER,
                "SAMKURS_TOKEN_AUDIENCE", AUDIENCE, "SAMKURS_TOKEN_PUBLICKEY", publicKey.toString()));
        server.awaitReadiness(200, EmbeddedDefaultIT.READY_WITHIN);
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        ServerProcess.deleteRecursively(data);
    }

    @ParameterizedTest(name = "after login, neste={0} goes home")
    @ValueSource(strings = {"/\t/evil.example", "//evil.example", "/\\evil.example", "/%2F/evil.example",
            "https://evil.example/", "javascript:alert(1)", "/%09/evil.example", "\uFF0F\uFF0Fevil.example"})
    void loginNeverRedirectsToAnotherSite(String hostile) throws Exception {
        HttpResponse<String> signedIn = login("redaktor@samkurs.no", PASSWORD, hostile, address(), Map.of());
        assertEquals(303, signedIn.statusCode());
        assertEquals("/", signedIn.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void loginGoesOnToAPathOnThisSite() throws Exception {
        HttpResponse<String> signedIn = login("redaktor@samkurs.no", PASSWORD, "/tilbud.html?q=traume&county=56",
                address(), Map.of());
        assertEquals("/tilbud.html?q=traume&county=56", signedIn.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("", "tilbud.html", "samkurs.css", "login", "api/counties", "api/finnes-ikke",
                "finnes-ikke.html", "api/people/me")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(at(path)));
            var headers = answer.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'")
                    && policy.contains("font-src 'self'") && policy.contains("frame-ancestors 'self'")
                    && !policy.contains("unsafe-inline"), path + ": " + policy);
            assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP: " + path);
        }
        HttpResponse<String> wrong = basic("api/people/me", "redaktor@samkurs.no", "feil", address());
        assertEquals(401, wrong.statusCode());
        assertEquals("nosniff", wrong.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndSameSiteButNotSecure() throws Exception {
        String cookie = sessionCookie(login("redaktor@samkurs.no", PASSWORD, "/", address(), Map.of()));
        assertTrue(cookie.matches("(?i).*;\\s*HttpOnly.*"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax.*"), cookie);
        assertFalse(cookie.matches("(?i).*;\\s*Secure.*"), cookie);
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> signedIn = login("redaktor@samkurs.no", PASSWORD, "/", address(),
                Map.of("X-Forwarded-Proto", "https"));
        String cookie = sessionCookie(signedIn);
        assertTrue(cookie.matches("(?i).*;\\s*Secure.*"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*HttpOnly.*"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*SameSite=Lax.*"), cookie);
        assertTrue(signedIn.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
    }

    @Test
    void wrongPasswordsForOneAccountArePausedWith429AndLogged() throws Exception {
        String email = newParticipant();
        String address = address();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, basic("api/people/me", email, "gjett-" + i, address).statusCode());
        }
        HttpResponse<String> paused = basic("api/people/me", email, "gjett-igjen", address());
        assertEquals(429, paused.statusCode(), paused.body());
        assertTrue(paused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 3, "Retry-After " + retryAfter);
        var problem = Client.object(paused);
        assertEquals(429, problem.getInt("status"));
        assertEquals("For mange forespørsler", problem.getString("title"));
        assertTrue(problem.getString("detail").startsWith("For mange mislykkede innlogginger"), problem.toString());
        assertEquals(429, basic("api/people/me", email, "riktig-passord", address).statusCode(),
                "while paused, not even the right password is checked");

        Thread.sleep(Duration.ofSeconds(retryAfter).toMillis() + 200);
        assertEquals(200, basic("api/people/me", email, "riktig-passord", address).statusCode());

        String log = server.log();
        assertTrue(log.contains("sign-in failed: account=" + email + " address=" + address + " via=basic"), log);
        assertTrue(log.contains("sign-in refused: account=" + email), log);
        assertFalse(log.contains("gjett-"), "the security log never holds a password");
    }

    @Test
    void guessesFromOneAddressArePausedWhateverTheAccount() throws Exception {
        String address = address();
        for (int i = 0; i < 7; i++) {
            assertEquals(401, basic("api/people/me", "ukjent" + i + "@example.no", "gjett", address).statusCode());
        }
        assertEquals(429, basic("api/people/me", "ukjent-til@example.no", "gjett", address).statusCode());
        assertEquals(401, basic("api/people/me", "ukjent-til@example.no", "gjett", address()).statusCode(),
                "another address is not paused");
    }

    @Test
    void theLoginFormSaysSoInNorwegian() throws Exception {
        String address = address();
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> wrong = login("kontakt@samkurs.no", "gjett-" + i, "/", address, Map.of());
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains("Feil e-postadresse eller passord"), wrong.body());
        }
        long start = System.nanoTime();
        HttpResponse<String> paused = login("kontakt@samkurs.no", "gjett", "/", address, Map.of());
        assertEquals(429, paused.statusCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 1000, "held back like any refusal");
        long retryAfter = Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 3, "Retry-After " + retryAfter);
        assertTrue(paused.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(paused.body().contains("For mange mislykkede innlogginger. Av sikkerhetshensyn må du vente "
                + retryAfter + (retryAfter == 1 ? " sekund " : " sekunder ")), paused.body());
        FacesForm.in(paused.body(), "innlogging");
        assertTrue(server.log().contains("sign-in failed: account=kontakt@samkurs.no address=" + address + " via=form"));
    }

    @Test
    void aTokenFromTheIssuerSignsInTheDemoParticipantWithHerRoles() throws Exception {
        String token = token(issuerKey, "Deltaker@Samkurs.no", Instant.now().plusSeconds(300));
        HttpResponse<String> me = bearer("api/people/me", token, address());
        assertEquals(200, me.statusCode(), me.body());
        var person = Client.object(me);
        assertEquals("deltaker@samkurs.no", person.getString("email"));
        assertEquals("participant", person.getJsonArray("roles").getString(0));
        assertTrue(me.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "a token signs in one request, never a session");
        assertEquals(200, bearer("api/people/me", token, address()).statusCode(), "and again, remembered");
        assertEquals(403, bearer("api/people/" + person.getString("id"), token, address()).statusCode(),
                "only her own roles: not an administrator's");
    }

    @Test
    void expiredForeignAndUnknownTokensAreRefusedWith401ProblemsAndLogged() throws Exception {
        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID("test-1").generate();
        String address = address();
        Map<String, String> tokens = Map.of(
                "expired", token(issuerKey, "deltaker@samkurs.no", Instant.now().minusSeconds(300)),
                "foreign", token(foreignKey, "deltaker@samkurs.no", Instant.now().plusSeconds(300)),
                "unknown", token(issuerKey, "ingen@samkurs.no", Instant.now().plusSeconds(300)),
                "garbage", "ikke.et.token");
        for (var entry : tokens.entrySet()) {
            HttpResponse<String> refused = bearer("api/people/me", entry.getValue(), address);
            assertEquals(401, refused.statusCode(), entry.getKey() + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow()
                    .startsWith("application/problem+json"), entry.getKey());
            String challenge = refused.headers().firstValue("WWW-Authenticate").orElse("");
            assertTrue(challenge.startsWith("Bearer ") && challenge.contains("error=\"invalid_token\""),
                    entry.getKey() + ": " + challenge);
            assertEquals(401, Client.object(refused).getInt("status"), entry.getKey());
        }
        String log = server.log();
        assertTrue(log.contains("address=" + address + " via=bearer"), log);
        assertTrue(log.contains("sign-in failed: account=ingen@samkurs.no address=" + address + " via=bearer"), log);
        tokens.values().forEach(token -> assertFalse(log.contains(token), "the security log never holds a token"));
    }

    @Test
    void peopleImportedWithoutPasswordsSignInByTokenOnly() throws Exception {
        String email = "importert-" + System.nanoTime() + "@samkurs.no";
        String csv = "email;name;roles;municipality;organisation\n" + email + ";Ina Importert;participant;5601;\n"
                + "ikke-en-adresse;Feil Feilsen;participant;5601;\n";
        HttpRequest.Builder upload = HttpRequest.newBuilder(at("api/people/import"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv));
        String admin = Base64.getEncoder().encodeToString(("admin@samkurs.no:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        String participant = Base64.getEncoder().encodeToString(("deltaker@samkurs.no:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(403, send(upload.copy().header("Authorization", "Basic " + participant)
                .header("X-Forwarded-For", address())).statusCode(), "administrators only");
        HttpResponse<String> imported = send(upload.copy().header("Authorization", "Basic " + admin)
                .header("X-Forwarded-For", address()));
        assertEquals(200, imported.statusCode(), imported.body());
        var rows = Client.array(imported);
        assertEquals("created", rows.getJsonObject(0).getString("status"), imported.body());
        assertEquals("invalid", rows.getJsonObject(1).getString("status"), imported.body());
        HttpResponse<String> again = send(upload.copy().header("Authorization", "Basic " + admin)
                .header("X-Forwarded-For", address()));
        assertEquals("exists", Client.array(again).getJsonObject(0).getString("status"), "the upload is idempotent");

        HttpResponse<String> me = bearer("api/people/me", token(issuerKey, email, Instant.now().plusSeconds(300)),
                address());
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(email, Client.object(me).getString("email"));
        assertEquals(401, basic("api/people/me", email, "", address()).statusCode(), "no password to sign in with");
    }

    private static String token(RSAKey key, String email, Instant expires) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(email)
                        .claim("email", email).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static HttpResponse<String> bearer(String path, String token, String address) throws Exception {
        return send(HttpRequest.newBuilder(at(path)).header("Authorization", "Bearer " + token)
                .header("X-Forwarded-For", address));
    }

    private static String newParticipant() {
        String email = "sikker-" + UUID.randomUUID().toString().substring(0, 8) + "@alta.kommune.no";
        var created = new Client(server.uri()).as("admin@samkurs.no", PASSWORD).postJson("api/people", """
                {"email": "%s", "name": "Sikker Deltaker", "password": "riktig-passord",
                 "roles": ["participant"], "municipality": "5601"}""".formatted(email));
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    /** Signs in through the login page as a browser does: fetch the form, then post it with its cookie. */
    private static HttpResponse<String> login(String email, String password, String next, String address,
                                              Map<String, String> headers) throws Exception {
        HttpRequest.Builder page = HttpRequest.newBuilder(at("login")).header("X-Forwarded-For", address);
        headers.forEach(page::header);
        HttpResponse<String> form = send(page);
        assertEquals(200, form.statusCode(), form.body());
        FacesForm filled = FacesForm.in(form.body(), "innlogging").with("email", email).with("password", password)
                .with("neste", next);
        HttpRequest.Builder request = HttpRequest.newBuilder(at(filled.action()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .header("Cookie", cookie(form)).POST(HttpRequest.BodyPublishers.ofString(filled.body()));
        headers.forEach(request::header);
        return send(request);
    }

    /** The session cookie a page set, as the browser sends it back. */
    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static HttpResponse<String> basic(String path, String email, String password, String address)
            throws Exception {
        String credential = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(at(path)).header("Authorization", "Basic " + credential)
                .header("X-Forwarded-For", address));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI at(String path) {
        return server.uri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A client address of its own for each test, so that one test's failures never pause another's. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }
}
