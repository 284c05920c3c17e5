package no.samkurs.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.StringReader;
import java.util.Optional;

/**
 * An optional JSON object in a request body, for the operations whose body may be left out: no body is fine, anything
 * that is not a JSON object is an invalid {@code body} (a problem that shows what was expected).
 */
public final class JsonBody {

    /** Looked up once: each Json.createReader would search the service loader again. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonBody() {
    }

    /** The member of the body's object, or empty when there is no body or the member is missing or null. */
    public static Optional<JsonValue> member(String body, String name, String example) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw RuleViolation.invalid("body", "Innholdet må være et JSON-objekt, for eksempel " + example + ".");
        }
        return Optional.ofNullable(json.get(name)).filter(value -> value.getValueType() != JsonValue.ValueType.NULL);
    }
}
