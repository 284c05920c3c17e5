package no.samkurs.platform.problem;

import java.util.List;

/**
 * A domain rule said no. Thrown by entities and controls, which know nothing of HTTP; the boundary turns it into a
 * problem response with the status its kind implies. Messages are written in Norwegian bokmål, for people.
 */
public class RuleViolation extends RuntimeException {

    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), UNAVAILABLE(503);

        final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String field;
    private final List<String> allowed;

    protected RuleViolation(Kind kind, String field, String message, List<String> allowed) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static RuleViolation invalid(String field, String message) {
        return new RuleViolation(Kind.INVALID, field, message, null);
    }

    /** An input that must be one of a fixed vocabulary; the answer names the allowed values. */
    public static RuleViolation notAllowed(String field, String value, List<String> allowed) {
        return new RuleViolation(Kind.INVALID, field,
                "Ukjent verdi «" + value + "». Tillatte verdier: " + String.join(", ", allowed) + ".", allowed);
    }

    public static RuleViolation notFound(String message) {
        return new RuleViolation(Kind.NOT_FOUND, null, message, null);
    }

    public static RuleViolation conflict(String message) {
        return new RuleViolation(Kind.CONFLICT, null, message, null);
    }

    public static RuleViolation forbidden(String message) {
        return new RuleViolation(Kind.FORBIDDEN, null, message, null);
    }

    /** Something the service needs is not ready yet; the caller is asked to retry shortly. */
    public static RuleViolation unavailable(String message) {
        return new RuleViolation(Kind.UNAVAILABLE, null, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The input the rule is about (a query parameter or a field of the body), or null for the whole request. */
    public String field() {
        return field;
    }

    public Problem toProblem() {
        Problem problem = Problem.of(kind.status).detail(getMessage());
        if (kind == Kind.UNAVAILABLE) {
            problem.header("Retry-After", "5");
        }
        if (field != null) {
            problem.field(field, getMessage());
        }
        if (!allowed.isEmpty()) {
            problem.extension("allowedValues", jakarta.json.Json.createArrayBuilder(allowed).build());
        }
        return problem;
    }
}
