package no.samkurs.calendar.feed.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samkurs.calendar.feed.control.CalendarQuery;
import no.samkurs.calendar.feed.control.Feeds;
import no.samkurs.calendar.feed.control.Freshness;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.problem.Failures;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.problem.RuleViolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The iCalendar feeds, outside the API: {@code /calendar/county/{NN}.ics}, {@code /calendar/region/{id}.ics},
 * {@code /calendar/provider/{id}.ics} (with from, to, topic, targetGroup and kind) and
 * {@code /calendar/personal/{token}.ics}. A plain servlet: a calendar program polls it, mostly to hear 304, which is
 * answered from memory. Failures are problem+json like the API's; an unknown or revoked token is the same 404
 * whatever the reason.
 */
@WebServlet(urlPatterns = "/calendar/*")
public class CalendarServlet extends HttpServlet {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final Pattern PATH = Pattern.compile("/(county|region|provider|personal)/([A-Za-z0-9_-]{1,80})\\.ics");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @Inject
    Feeds feeds;

    @Inject
    Addresses addresses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long started = System.nanoTime();
        try {
            Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
            if (!path.matches()) {
                throw RuleViolation.notFound("Det finnes ingen kalender på denne adressen.");
            }
            String kind = path.group(1);
            String id = path.group(2);
            String base = addresses.root(request);
            CalendarParameters parameters = new CalendarParameters(request.getParameter("from"),
                    request.getParameter("to"), values(request, "topic"), values(request, "targetGroup"),
                    values(request, "kind"));
            if (kind.equals("personal")) {
                String person = feeds.personOf(id).orElseThrow(() -> RuleViolation.notFound("Fant ikke kalenderen."));
                CalendarQuery filters = parameters.query(CalendarQuery.Scope.ALL, null);
                Freshness freshness = feeds.personalFreshness(id, filters, base);
                answer(request, response, freshness, "private", started,
                        () -> feeds.renderPersonal(person, filters, base));
            } else {
                CalendarQuery query = parameters.query(CalendarQuery.Scope.valueOf(kind.toUpperCase(Locale.ROOT)), id);
                Freshness freshness = feeds.freshness(query, base);
                answer(request, response, freshness, "public", started, () -> feeds.render(query, base));
            }
        } catch (RuntimeException e) {
            problem(request, response, Failures.toProblem(e));
        }
    }

    /** 304 when the client has this version; else the feed. Headers only once the answer is sure. */
    private static void answer(HttpServletRequest request, HttpServletResponse response, Freshness freshness,
                               String audience, long started, Supplier<byte[]> body) throws IOException {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (freshness.matches(ifNoneMatch) || ifNoneMatch == null && freshness.unmodifiedSince(since(request))) {
            validators(response, freshness, audience);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("Server-Timing", timing(started));
            return;
        }
        byte[] text = body.get();
        validators(response, freshness, audience);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Server-Timing", timing(started));
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }

    private static void validators(HttpServletResponse response, Freshness freshness, String audience) {
        response.setHeader("ETag", freshness.etag());
        response.setHeader("Last-Modified", HTTP_DATE.format(freshness.lastModified()));
        response.setHeader("Cache-Control", audience + ", max-age=300");
    }

    private static Instant since(HttpServletRequest request) {
        String value = request.getHeader("If-Modified-Since");
        try {
            return value == null ? null : Instant.from(HTTP_DATE.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String timing(long started) {
        return String.format(Locale.ROOT, "feed;dur=%.1f", (System.nanoTime() - started) / 1_000_000.0);
    }

    private static List<String> values(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameterValues(name)).map(Arrays::asList).orElse(List.of());
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE + "; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        if (problem.status() == 503) {
            response.setHeader("Retry-After", "10");
        }
        response.getOutputStream().write(problem.toJson(CallerLanguage.of(request)).toString()
                .getBytes(StandardCharsets.UTF_8));
    }
}
