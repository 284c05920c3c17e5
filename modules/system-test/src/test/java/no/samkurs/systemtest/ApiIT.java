package no.samkurs.systemtest;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.json.JsonObject;
import no.samkurs.platform.schema.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged WAR deployed by Arquillian on a managed Payara Micro, on a fresh MariaDB database: the wiring of the
 * REST API, security, problem responses, health and OpenAPI, seen from outside.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    /** The database name failsafe gives the Arquillian-managed Payara Micro (SAMKURS_DB_URL in the pom). */
    static final String DATABASE = "samkurs_it_api";
    static final String PASSWORD = "samkurs-demo";

    static TestDatabase database;

    @ArquillianResource
    URL deployed;

    Client anonymous;

    @Deployment(testable = false)
    static WebArchive samkurs() {
        database = TestDatabase.mysql(DATABASE);
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("samkurs.war")));
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void client() throws Exception {
        anonymous = fresh();
    }

    private Client as(String email) throws Exception {
        return fresh().as(email, PASSWORD);
    }

    private Client fresh() throws Exception {
        return new Client(loopback());
    }

    /** Payara listens on every interface; the injected URL names the machine's address. Talk over loopback. */
    private URI loopback() throws Exception {
        URI uri = deployed.toURI();
        return new URI("http", null, "127.0.0.1", uri.getPort(), uri.getPath(), null, null);
    }

    @Test
    void referenceDataIsServedToEveryone() {
        assertEquals(15, Client.array(anonymous.get("api/counties")).size());
        var finnmark = Client.array(anonymous.get("api/municipalities?county=56"));
        assertEquals(18, finnmark.size());
        assertEquals("5601", finnmark.getJsonObject(0).getString("number"));
        assertEquals(16, Client.array(anonymous.get("api/organisations?type=korus")).size()
                + Client.array(anonymous.get("api/organisations?type=rvts")).size()
                + Client.array(anonymous.get("api/organisations?type=rkbu")).size());
        assertEquals(10, Client.array(anonymous.get("api/organisations?type=statsforvalter")).size());
        var inFinnmark = Client.array(anonymous.get("api/organisations?county=56"));
        assertEquals(4, inFinnmark.size(), "KoRUS Nord, RVTS Nord, RKBU Nord and the statsforvalter: " + inFinnmark);
    }

    @Test
    void aMunicipalityShowsTheDistanceToTheNearestCentreOfEachFamily() {
        JsonObject vardo = Client.object(anonymous.get("api/municipalities/5634"));
        assertEquals("Vardø", vardo.getString("name"));
        var nearest = vardo.getJsonArray("nearestCentres");
        assertEquals(3, nearest.size());
        assertEquals("KoRUS", nearest.getJsonObject(0).getString("family"));
        assertEquals("korus-nord", nearest.getJsonObject(0).getJsonObject("centre").getString("id"));
        assertEquals(751.4, nearest.getJsonObject(0).getJsonNumber("distanceKm").doubleValue(), 0.5);
        assertEquals("rvts-nord", nearest.getJsonObject(1).getJsonObject("centre").getString("id"));
    }

    @Test
    void badInputGetsAProblemInNorwegianNamingTheField() {
        HttpResponse<String> badCounty = anonymous.get("api/municipalities?county=5");
        assertProblem(badCounty, 400);
        JsonObject problem = Client.object(badCounty);
        assertEquals("Ugyldig forespørsel", problem.getString("title"));
        assertEquals("county", problem.getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject unknownType = Client.object(anonymous.get("api/organisations?type=kurs"));
        assertEquals(400, unknownType.getInt("status"));
        assertTrue(unknownType.getJsonArray("allowedValues").toString().contains("korus"));

        assertProblem(anonymous.get("api/municipalities/9999"), 404);
        assertProblem(anonymous.get("api/finnes-ikke"), 404);
        HttpResponse<String> wrongMethod = anonymous.send("DELETE", "api/counties", "application/json", "");
        assertProblem(wrongMethod, 405);
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"));
        assertEquals("Not found", Client.object(anonymous.language("en").get("api/municipalities/9999")).getString("title"));
        assertEquals("Fann ikkje det du bad om",
                Client.object(anonymous.language("nn").get("api/municipalities/9999")).getString("title"));
    }

    @Test
    void theAnonymousMustSignInAndTheWrongRoleIsRefused() throws Exception {
        HttpResponse<String> anonymousMe = anonymous.get("api/people/me");
        assertProblem(anonymousMe, 401);
        assertTrue(anonymousMe.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertProblem(as("deltaker@samkurs.no").postJson("api/people", "{}"), 403);
        assertProblem(fresh().as("admin@samkurs.no", "feil-passord").get("api/people/me"), 401);

        JsonObject me = Client.object(as("DELTAKER@samkurs.no").get("api/people/me"));
        assertEquals("deltaker@samkurs.no", me.getString("email"));
        assertEquals("participant", me.getJsonArray("roles").getString(0));
        assertEquals("5601", me.getJsonObject("municipality").getString("number"));
        assertEquals("regional-coordinator",
                Client.object(as("koordinator@samkurs.no").get("api/people/me")).getJsonArray("roles").getString(0));
    }

    @Test
    void anAdministratorCreatesAccountsAndTheRulesOfRolesHold() throws Exception {
        Client admin = as("admin@samkurs.no");
        String email = "ny-" + UUID.randomUUID() + "@rvts.no";
        HttpResponse<String> created = admin.postJson("api/people", """
                {"email": "%s", "name": "Nora Ny", "password": "et-langt-passord", "roles": ["provider-editor"],
                 "organisation": "rvts-midt"}""".formatted(email));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/api/people/"));
        assertFalse(created.body().contains("password"), "never the password or its hash");
        JsonObject nora = Client.object(fresh().as(email, "et-langt-passord").get("api/people/me"));
        assertEquals("rvts-midt", nora.getJsonObject("organisation").getString("id"));

        assertProblem(admin.postJson("api/people", """
                {"email": "%s", "name": "Igjen", "password": "et-langt-passord", "roles": ["administrator"]}"""
                .formatted(email.toUpperCase())), 409);

        JsonObject invalid = Client.object(admin.postJson("api/people", """
                {"email": "ikke-en-adresse", "name": "", "password": "kort", "roles": []}"""));
        assertEquals(400, invalid.getInt("status"));
        var fields = invalid.getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(java.util.List.of("email", "name", "password", "roles")), fields.toString());

        JsonObject wrongHome = Client.object(admin.postJson("api/people", """
                {"email": "k-%s", "name": "Kim", "password": "et-langt-passord", "roles": ["regional-coordinator"],
                 "organisation": "korus-nord"}""".formatted(email)));
        assertEquals("organisation", wrongHome.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(wrongHome.getString("detail").contains("statsforvalter"));

        assertProblem(admin.postJson("api/people", "{ikke json"), 400);
        assertProblem(admin.postJson("api/people", """
                {"email": "r-%s", "name": "R", "password": "et-langt-passord", "roles": ["sjef"]}""".formatted(email)), 400);
    }

    @Test
    void aBrowserSignsInOnceAndKeepsASession() throws Exception {
        Client browser = fresh();
        HttpResponse<String> page = browser.get("login");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("lang=\"nb\"") && page.body().contains("<label for=\"email\""));

        FacesForm form = FacesForm.in(page.body(), "innlogging");
        HttpResponse<String> wrong = browser.postForm(form.action(),
                form.with("email", "redaktor@samkurs.no").with("password", "nei").fields());
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Feil e-postadresse eller passord"));
        assertProblem(browser.get("api/people/me"), 401);

        form = FacesForm.in(wrong.body(), "innlogging");
        HttpResponse<String> signedIn = browser.postForm(form.action(), form.with("email", "redaktor@samkurs.no")
                .with("password", PASSWORD).with("neste", "https://evil.example/").fields());
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/"), "never off-site");
        assertEquals("redaktor@samkurs.no", Client.object(browser.get("api/people/me")).getString("email"));

        FacesForm signOut = FacesForm.in(browser.get("logg-ut").body(), "utlogging");
        HttpResponse<String> signedOut = browser.postForm(signOut.action(), signOut.fields());
        assertEquals(3, signedOut.statusCode() / 100, signedOut.body());
        assertProblem(browser.get("api/people/me"), 401);
    }

    @Test
    void healthFrontPageAndApiDescription() throws Exception {
        HttpResponse<String> ready = anonymous.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        HttpResponse<String> front = anonymous.get("");
        assertEquals(200, front.statusCode());
        assertTrue(front.body().contains("lang=\"nb\""));
        assertTrue(front.body().contains("/openapi\""), "links to the API description under the context root");
        HttpResponse<String> openapi = anonymous.get("/openapi");
        assertEquals(200, openapi.statusCode());
        for (String path : new String[]{"/api/counties", "/api/municipalities", "/api/municipalities/{number}",
                "/api/organisations", "/api/organisations/{id}", "/api/people", "/api/people/me"}) {
            assertTrue(openapi.body().contains(path + ":"), "OpenAPI describes " + path + ": " + openapi.body());
        }
        HttpResponse<String> missingPage = anonymous.get("finnes-ikke.html");
        assertEquals(404, missingPage.statusCode());
        assertTrue(missingPage.body().contains("<h1>Fant ikke det du ba om</h1>"), "titled like the API's 404");
    }

    @Test
    void openApiDocumentValidatesAgainstOpenApi30Schema() throws Exception {
        for (boolean json : new boolean[]{false, true}) {
            OpenApiDocument document = OpenApiDocument.fetch(loopback(), json);
            assertEquals(List.of(), document.schemaErrors(), (json ? "JSON" : "YAML") + ": " + document.text());
        }
    }

    @Test
    void swaggerParserFindsNothingWrongInTheApiDescription() throws Exception {
        for (boolean json : new boolean[]{false, true}) {
            assertEquals(List.of(), OpenApiDocument.fetch(loopback(), json).parserMessages(), json ? "JSON" : "YAML");
        }
    }

    @Test
    void everyOperationHasSummaryProblemResponsesAndSecurity() throws Exception {
        OpenAPI api = OpenApiDocument.fetch(loopback(), true).model();
        Set<String> schemes = api.getComponents().getSecuritySchemes() == null ? Set.of()
                : api.getComponents().getSecuritySchemes().keySet();
        List<String> wrong = new ArrayList<>();
        operations(api, (name, operation) -> {
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                wrong.add(name + ": no summary");
            }
            List<SecurityRequirement> security = operation.getSecurity() == null ? List.of() : operation.getSecurity();
            if (security.isEmpty() || !security.stream().allMatch(s -> schemes.containsAll(s.keySet()))) {
                wrong.add(name + ": security " + security + " with the schemes " + schemes);
            }
            Map<String, ApiResponse> responses = operation.getResponses();
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                wrong.add(name + ": no success response " + responses.keySet());
            }
            boolean open = security.stream().anyMatch(Map::isEmpty);
            List<String> required = open ? List.of("500") : List.of("401", "403", "500");
            if (!responses.keySet().containsAll(required)) {
                wrong.add(name + ": responses " + responses.keySet() + " lack some of " + required);
            }
            responses.forEach((code, response) -> {
                if (code.matches("[45]\\d\\d") && !isProblem(response)) {
                    wrong.add(name + ": " + code + " is not application/problem+json with type, title and status");
                }
            });
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void documentedSecurityIsWhatTheServerEnforces() throws Exception {
        List<String> wrong = new ArrayList<>();
        operations(OpenApiDocument.fetch(loopback(), true).model(), (name, operation) -> {
            if (operation.getSecurity() == null) {
                wrong.add(name + " has no security requirement");
                return;
            }
            boolean optional = operation.getSecurity().stream().anyMatch(Map::isEmpty);
            String[] methodAndPath = name.split(" ");
            String path = methodAndPath[1].substring(1).replaceAll("\\{[^}]+}", "x");
            int status = methodAndPath[0].equals("GET") ? anonymous.get(path).statusCode()
                    : anonymous.send(methodAndPath[0], path, "application/json", "{}").statusCode();
            if (optional == (status == 401)) {
                wrong.add(name + (optional ? " is documented as open" : " is documented as signed-in only")
                        + " and answers the anonymous " + status);
            }
        });
        assertEquals(List.of(), wrong);
    }

    private static void operations(OpenAPI api, BiConsumer<String, Operation> check) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> check.accept(method + " " + path, operation)));
    }

    private static boolean isProblem(ApiResponse response) {
        MediaType problem = response.getContent() == null ? null
                : response.getContent().get("application/problem+json");
        return problem != null && problem.getSchema() != null && problem.getSchema().getProperties() != null
                && problem.getSchema().getProperties().keySet().containsAll(List.of("type", "title", "status"));
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Client.object(response);
        assertEquals(status, problem.getInt("status"));
        assertNotNull(problem.getString("title"));
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
