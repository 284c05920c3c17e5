package no.samkurs.enrollment.booking.boundary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.platform.problem.RuleViolation;

import java.io.StringReader;

/** The enrollment request's parts, checked: the optional body, the Idempotency-Key header, a reason. */
public final class EnrollmentInput {

    /** Looked up once: each Json.createReader would search the service loader again. */
    private static final JsonProvider JSON = JsonProvider.provider();
    public static final int KEY_MAX = 100;
    public static final int REASON_MAX = 500;

    private EnrollmentInput() {
    }

    /** A key of 1–100 visible ASCII characters, or null when there is none. */
    public static String key(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (key.length() > KEY_MAX || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw RuleViolation.invalid("Idempotency-Key", "Idempotency-Key må være 1–" + KEY_MAX
                    + " synlige ASCII-tegn, for eksempel en UUID.");
        }
        return key;
    }

    /** The service code from an optional JSON body ({"service": "school"}), or null. */
    public static String service(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonObject json;
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw RuleViolation.invalid("body", "Innholdet må være et JSON-objekt, for eksempel {\"service\": \"school\"}.");
        }
        JsonValue value = json.get("service");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new Refused(Refusal.UNKNOWN_SERVICE, value.toString(), String.join(", ", Term.codes(TargetGroup.class)));
        }
        return serviceCode(json.getString("service"));
    }

    /** A service code checked against the target groups' vocabulary. */
    public static String serviceCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String codes = String.join(", ", Term.codes(TargetGroup.class));
        try {
            return Term.parse(TargetGroup.class, "service", code).code();
        } catch (RuleViolation e) {
            throw new Refused(Refusal.UNKNOWN_SERVICE, code.strip(), codes);
        }
    }

    public static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.strip().length() > REASON_MAX) {
            throw RuleViolation.invalid("reason", "Begrunnelsen kan være høyst " + REASON_MAX + " tegn.");
        }
        return reason.strip();
    }
}
