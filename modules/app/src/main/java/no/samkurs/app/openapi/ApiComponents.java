package no.samkurs.app.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every operation refers to: the ways to sign in, the RFC 9457 problem ({@code platform.problem.Problem}) and
 * one shared response per problem status. A new way to sign in (bearer tokens) is one more entry in
 * {@link #SIGN_IN}.
 */
final class ApiComponents {

    private static final String PROBLEM_JSON = "application/problem+json";

    /** Each is enough on its own: a browser's session from {@code /login}, or HTTP Basic from a script. */
    static final Map<String, SecurityScheme> SIGN_IN = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("E-postadresse og passord (HTTP Basic), på hver forespørsel."),
            "session", OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                    .description("Økta en nettleser får ved innlogging på /login."))));

    /** Response names by status, each a problem+json answer. */
    static final Map<String, String> RESPONSES = Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound",
            "409", "Conflict", "422", "UnprocessableContent", "429", "TooManySignIns", "500", "InternalServerError",
            "503", "ServiceUnavailable");

    private ApiComponents() {
    }

    static void addTo(Components components) {
        SIGN_IN.forEach(components::addSecurityScheme);
        components.addSchema("Problem", problem());
        add(components, "400", response("Ugyldig forespørsel: errors nevner feltene, "
                + "allowedValues de tillatte verdiene."));
        add(components, "401", response("Logg inn, eller send e-post og passord (HTTP Basic).")
                .addHeader("WWW-Authenticate", header("Basic-utfordringen.")));
        add(components, "403", response("Rollen eller tilhørigheten din gir ikke tilgang til dette."));
        add(components, "404", response("Fant ikke det du ba om."));
        add(components, "409", response("Endringen strider mot tilstanden: noen andre har endret det i mellomtiden, "
                + "eller regelen for livsløpet sier nei."));
        add(components, "422", response("Forespørselen er forstått, men en regel sier nei; reason sier hvilken."));
        add(components, "429", response("For mange mislykkede innlogginger fra denne kontoen eller adressen: "
                + "vent så mange sekunder som Retry-After sier.").addHeader("Retry-After", header("Sekunder å vente.")));
        add(components, "500", response("Uventet feil; incident er hendelses-ID-en."));
        add(components, "503", response("Databasen eller søket er ikke klart; prøv igjen.")
                .addHeader("Retry-After", header("Sekunder før et nytt forsøk.")));
    }

    private static void add(Components components, String status, APIResponse response) {
        components.addResponse(RESPONSES.get(status), response);
    }

    static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }

    private static APIResponse response(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(string());
    }

    private static Schema problem() {
        return OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("Et problem etter RFC 9457; title i språket fra Accept-Language.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string().format("uri"))
                .addProperty("title", string())
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER))
                .addProperty("detail", string())
                .addProperty("instance", string().format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().type(SchemaType.OBJECT)
                                .addProperty("field", string()).addProperty("message", string())))
                .addProperty("allowedValues", OASFactory.createSchema().type(SchemaType.ARRAY).items(string()))
                .addProperty("incident", string().description("Hendelses-ID ved uventede feil."));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(SchemaType.STRING);
    }
}
