package no.samkurs.platform.problem;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** One RFC 9457 problem: status, a localised title, a detail for people and, for bad input, the fields at fault. */
public final class Problem {

    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://samkurs.no/problems/";

    private final int status;
    private String detail;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, JsonValue> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public record FieldError(String field, String message) {
    }

    private Problem(int status) {
        this.status = status;
    }

    public static Problem of(int status) {
        return new Problem(status);
    }

    public static Problem of(Response.Status status) {
        return new Problem(status.getStatusCode());
    }

    public Problem detail(String detail) {
        this.detail = detail;
        return this;
    }

    public Problem field(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Problem extension(String name, JsonValue value) {
        extensions.put(name, value);
        return this;
    }

    public Problem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public JsonObject toJson(Locale locale) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", errors.isEmpty() ? TYPE_BASE + status : TYPE_BASE + "validation")
                .add("title", title(status, locale))
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            json.add("errors", list);
        }
        extensions.forEach(json::add);
        return json.build();
    }

    public Response toResponse(Locale locale) {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(toJson(locale).toString());
        headers.forEach(response::header);
        return response.build();
    }

    /** The title of a status in a language: the API's problems and the error pages say the same. */
    public static String title(int status, Locale locale) {
        ResourceBundle titles = ResourceBundle.getBundle("no.samkurs.platform.problem.titles", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = String.valueOf(status);
        if (titles.containsKey(key)) {
            return titles.getString(key);
        }
        return titles.getString(status >= 500 ? "500" : "400");
    }
}
