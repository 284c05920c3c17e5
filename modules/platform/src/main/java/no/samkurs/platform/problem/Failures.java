package no.samkurs.platform.problem;

import jakarta.json.spi.JsonProvider;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into the problem a caller should see. Containers wrap what went wrong (EJB, transaction and
 * persistence exceptions around the real cause), so the whole cause chain is read, nearest cause first.
 */
public final class Failures {

    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    public static Problem toProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return violation.toProblem();
            }
            if (cause instanceof ConstraintViolationException invalid) {
                return invalidInput(invalid);
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.of(409).detail("Noen andre har endret dette i mellomtiden. Hent siste versjon og prøv igjen.");
            }
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return Problem.of(400).detail("Innholdet er ikke gyldig JSON for denne forespørselen.");
            }
            if (isDatabaseUnavailable(cause)) {
                String reason = String.valueOf(cause);
                LOG.warning(() -> "Database unavailable: " + reason);
                return Problem.of(503).detail("Databasen er ikke tilgjengelig akkurat nå. Prøv igjen om litt.")
                        .header("Retry-After", "10");
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
        return Problem.of(500).detail("En uventet feil oppstod. Oppgi hendelses-ID " + incident + " hvis du kontakter oss.")
                .extension("incident", JSON.createValue(incident));
    }

    public static Problem invalidInput(ConstraintViolationException invalid) {
        Problem problem = Problem.of(400).detail("Noen av feltene er ikke fylt ut riktig.");
        invalid.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> fieldOf(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> problem.field(fieldOf(v.getPropertyPath()), v.getMessage()));
        return problem;
    }

    /**
     * A boundary method's violation path is method.parameter[.property...]: a query parameter is named by the
     * parameter, a field of a request body by the property path inside the body.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
                default -> { }
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : path.toString();
    }

    static boolean isDatabaseUnavailable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            String message = String.valueOf(sql.getMessage());
            return (state != null && state.startsWith("08"))
                    || message.contains("Error in allocating a connection")
                    || message.contains("Communications link failure")
                    || message.contains("Connection refused");
        }
        return cause instanceof java.net.ConnectException;
    }
}
