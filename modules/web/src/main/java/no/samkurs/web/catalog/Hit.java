package no.samkurs.web.catalog;

import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.search.control.SearchItem;

import java.text.Collator;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One hit as a page shows it: the search's summary of an offering with its vocabulary labels in the reader's
 * language and its times as instants (the summary carries them as text, as the API sends them).
 */
public record Hit(String id, String title, String summary, String language, String kind, String delivery,
                  String status, boolean cancelled, boolean draft, String cancelReason, List<String> hosts,
                  int sessionCount, Instant firstStart, Instant lastEnd, String place, Integer seatsLeft,
                  Integer capacity, int priceNok, boolean national, List<String> counties,
                  Instant enrollmentCloses) {

    static Hit of(SearchItem item, Locale reader, Function<String, String> countyName) {
        Status status = Term.parse(Status.class, "status", item.status());
        String place = item.venue() == null ? null : String.join(", ", java.util.stream.Stream.of(
                item.venue().name(), item.venue().municipality() == null ? null : item.venue().municipality().name())
                .filter(p -> p != null && !p.isBlank()).toList());
        return new Hit(item.id(), item.title(), item.summary(), item.language(),
                Term.parse(Kind.class, "kind", item.kind()).label(reader),
                Term.parse(Delivery.class, "delivery", item.delivery()).label(reader), status.label(reader),
                status == Status.CANCELLED, status == Status.DRAFT, item.cancelReason(),
                item.hosts().stream().map(Host::name).toList(), item.sessionCount(), instant(item.firstStart()),
                instant(item.lastEnd()), place == null || place.isEmpty() ? null : place, item.seatsLeft(),
                item.capacity(), item.priceNok(), item.national(),
                item.counties().stream().map(countyName).sorted(Collator.getInstance(reader)).toList(),
                instant(item.enrollmentCloses()));
    }

    private static Instant instant(String osloTime) {
        return osloTime == null ? null : OffsetDateTime.parse(osloTime).toInstant();
    }

    /** The offering's own language when it is not the page's, for a {@code lang} attribute on its texts. */
    public String langIfNot(String pageLanguage) {
        return language == null || language.equals(pageLanguage) ? null : language;
    }

    public String hostList() {
        return String.join(", ", hosts);
    }

    public String countyList() {
        return String.join(", ", counties);
    }

    public boolean hasEnded(Instant now) {
        return lastEnd != null && !lastEnd.isAfter(now);
    }
}
