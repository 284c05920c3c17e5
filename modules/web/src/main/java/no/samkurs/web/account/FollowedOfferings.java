package no.samkurs.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.personal.control.Follows;
import no.samkurs.calendar.series.control.Meetings;
import no.samkurs.calendar.series.entity.SeriesOccurrence;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The offerings a person follows, read whole in one transaction; one they may no longer read (a draft whose host
 * dropped them, say) is left out, as the API's list does: the catalog's Visibility decides.
 */
@ApplicationScoped
public class FollowedOfferings {

    private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb"));

    @Inject
    Follows follows;

    @Inject
    Offerings offerings;

    @Inject
    Meetings meetings;

    @Transactional
    public List<FollowedOffering> of(String personId, Reader reader) {
        Instant now = Instant.now();
        return follows.offeringIds(personId).stream().map(offerings::byId).flatMap(Optional::stream)
                .filter(o -> Visibility.canRead(reader, o))
                .map(o -> new FollowedOffering(o.id(), o.title(), o.status(), next(o, now)))
                .sorted(Comparator.comparing(FollowedOffering::title, NORWEGIAN)).toList();
    }

    /** The offering, if there is one with this id that the reader may read. */
    @Transactional
    public Optional<FollowedOffering> readable(String offeringId, Reader reader) {
        if (offeringId == null || offeringId.isBlank() || offeringId.length() > 64) {
            return Optional.empty();
        }
        return offerings.byId(offeringId.strip()).filter(o -> Visibility.canRead(reader, o))
                .map(o -> new FollowedOffering(o.id(), o.title(), o.status(), next(o, Instant.now())));
    }

    /** The next session or series meeting not yet over, cancelled meetings not counted. */
    private Instant next(Offering offering, Instant now) {
        Stream<Instant> sessions = offering.sessions().stream().filter(s -> s.endsAt().isAfter(now))
                .map(Session::startsAt);
        Stream<Instant> meetings = this.meetings.ofOffering(offering.id()).stream().filter(s -> !s.cancelled())
                .flatMap(s -> s.occurrences().stream()).filter(m -> !m.cancelled() && m.endsAt().isAfter(now))
                .map(SeriesOccurrence::startsAt);
        return Stream.concat(sessions, meetings).min(Comparator.naturalOrder()).orElse(null);
    }
}
