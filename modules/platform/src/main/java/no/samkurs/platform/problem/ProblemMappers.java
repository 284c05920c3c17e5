package no.samkurs.platform.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.samkurs.platform.security.RoleCheck;

/** The exception mappers that make every API failure a problem+json response in the caller's language. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** JAX-RS's own answers (404 unknown route, 405 wrong method, 415, ...) keep their status and headers. */
    @Provider
    public static class WebApplicationFailures implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            int status = original.getStatus();
            if (status >= 500 || status == 400 && exception.getCause() != null) {
                return Failures.toProblem(exception.getCause() != null ? exception.getCause() : exception)
                        .toResponse(CallerLanguage.of(headers.getAcceptableLanguages()));
            }
            Problem problem = Problem.of(status).detail(detailFor(exception, status));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> problem.header(name, String.valueOf(value)));
                }
            });
            if (status == 401 && original.getHeaderString("WWW-Authenticate") == null) {
                // Payara's own @RolesAllowed filter may answer before RoleCheck, without a challenge.
                problem.header("WWW-Authenticate", RoleCheck.CHALLENGE);
            }
            return problem.toResponse(CallerLanguage.of(headers.getAcceptableLanguages()));
        }

        private static String detailFor(WebApplicationException exception, int status) {
            if (exception instanceof NotAllowedException) {
                return "Denne adressen støtter ikke metoden du brukte.";
            }
            if (exception instanceof NotAuthorizedException) {
                return "Logg inn, eller send brukernavn og passord (HTTP Basic), for å bruke denne tjenesten.";
            }
            return switch (status) {
                case 404 -> "Det finnes ingenting på denne adressen.";
                case 403 -> "Rollen din gir ikke tilgang til dette.";
                case 406 -> "Tjenesten svarer med JSON (application/json).";
                case 415 -> "Send innholdet som JSON (application/json).";
                default -> "Forespørselen kunne ikke behandles.";
            };
        }
    }

    @Provider
    public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return Failures.invalidInput(exception).toResponse(CallerLanguage.of(headers.getAcceptableLanguages()));
        }
    }

    /** Everything else: domain rules, stale versions, an unreachable database, and the truly unexpected. */
    @Provider
    public static class OtherFailures implements ExceptionMapper<Throwable> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable exception) {
            return Failures.toProblem(exception).toResponse(CallerLanguage.of(headers.getAcceptableLanguages()));
        }
    }
}
