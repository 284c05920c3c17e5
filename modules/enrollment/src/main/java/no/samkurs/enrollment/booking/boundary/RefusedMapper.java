package no.samkurs.enrollment.booking.boundary;

import jakarta.json.Json;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.problem.Problem;

import java.util.Locale;

/** An enrollment refusal as a problem in the caller's language, with its stable {@code reason} code. */
@Provider
public class RefusedMapper implements ExceptionMapper<Refused> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Refused refused) {
        return problem(refused, CallerLanguage.of(headers.getAcceptableLanguages())).toResponse(
                CallerLanguage.of(headers.getAcceptableLanguages()));
    }

    static Problem problem(Refused refused, Locale language) {
        Problem problem = Problem.of(refused.status()).detail(refused.message(language))
                .extension("reason", Json.createValue(refused.reason().code()));
        if (refused.status() == 503) {
            problem.header("Retry-After", "2");
        }
        return problem;
    }
}
