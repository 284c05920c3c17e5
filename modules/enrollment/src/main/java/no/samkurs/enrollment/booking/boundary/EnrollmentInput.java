package no.samkurs.enrollment.booking.boundary;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.platform.problem.JsonBody;
import no.samkurs.platform.problem.RuleViolation;


/** The enrollment request's parts, checked: the optional body, the Idempotency-Key header, a reason. */
public final class EnrollmentInput {

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
        JsonValue value = JsonBody.member(body, "service", "{\"service\": \"school\"}").orElse(null);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonString code)) {
            throw new Refused(Refusal.UNKNOWN_SERVICE, value.toString(), String.join(", ", Term.codes(TargetGroup.class)));
        }
        return serviceCode(code.getString());
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
