package no.samkurs.calendar.feed.boundary;

import no.samkurs.calendar.feed.control.CalendarQuery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.search.control.SearchRequest;
import no.samkurs.platform.problem.RuleViolation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The query parameters the calendar's API and feeds share, as sent: from and to (ÅÅÅÅ-MM-DD, Norwegian days), and
 * topic, targetGroup and kind with the catalog's search codes, repeated or comma-separated. Unknown codes are a 400
 * naming the allowed ones.
 */
record CalendarParameters(String from, String to, List<String> topic, List<String> targetGroup, List<String> kind) {

    CalendarQuery query(CalendarQuery.Scope scope, String scopeId) {
        LocalDate fromDate = SearchRequest.date("from", from);
        LocalDate toDate = SearchRequest.date("to", to);
        if (fromDate != null && toDate != null && !toDate.isAfter(fromDate)) {
            throw RuleViolation.invalid("to", "Til-datoen må være etter fra-datoen.");
        }
        return new CalendarQuery(scope, scopeId, fromDate, toDate, terms(Topic.class, "topic", topic),
                terms(TargetGroup.class, "targetGroup", targetGroup), terms(Kind.class, "kind", kind));
    }

    private static <T extends Enum<T> & Term> Set<T> terms(Class<T> vocabulary, String field, List<String> raw) {
        Set<T> terms = EnumSet.noneOf(vocabulary);
        if (raw != null) {
            raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                    .forEach(code -> terms.add(Term.parse(vocabulary, field, code)));
        }
        return terms;
    }
}
