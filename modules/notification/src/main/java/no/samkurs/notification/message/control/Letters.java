package no.samkurs.notification.message.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.samkurs.calendar.feed.control.JoinLinks;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Venue;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.notification.outbox.entity.Notice;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what the claimed notices say, in one transaction, when they are sent (recording them read nothing): the
 * person, the offering with its calendar events (each offering once per batch), the join links, which only a
 * confirmed participant gets ({@link JoinLinks}, the rule of the personal feeds), and what the kind tells besides
 * ({@link Particulars}).
 */
@ApplicationScoped
public class Letters {

    @PersistenceContext
    EntityManager em;

    @Inject
    JoinLinks joinLinks;

    /** The letters, by notice id, and why the others cannot be written (a person or an offering gone). */
    public record Reading(Map<String, Letter> letters, Map<String, String> unreadable) {
    }

    @Transactional
    public Reading read(List<Notice> notices, Letter.Party from, String site) {
        Map<String, Letter> letters = new LinkedHashMap<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        Map<String, Offered> offerings = new HashMap<>();
        Particulars particulars = new Particulars(em, site);
        for (Notice notice : notices) {
            Person person = em.find(Person.class, notice.personId());
            if (person == null) {
                unreadable.put(notice.id(), "The recipient " + notice.personId() + " is not in the directory");
                continue;
            }
            String offeringId = notice.offeringId().orElse(null);
            Offered offered = offeringId == null ? null : offerings.computeIfAbsent(offeringId, this::offered);
            if (offered == null && notice.kind().aboutOffering()) {
                unreadable.put(notice.id(), "The offering " + offeringId + " is not in the catalog");
                continue;
            }
            Locale language = Texts.language(notice.language().or(person::language).orElse(null));
            Map<String, String> links = notice.kind().seated() ? joinLinks.ofParticipant(person.id()) : Map.of();
            List<CalendarEvent> events = offered == null ? List.of() : offered.events();
            Letter.Told told;
            try {
                told = particulars.of(notice, offered == null ? null : offered.offering(), events, links);
            } catch (IllegalStateException e) {
                unreadable.put(notice.id(), e.getMessage());
                continue;
            }
            letters.put(notice.id(), new Letter(notice.kind(), notice.messageId(), notice.sequence(),
                    notice.createdAt(), language, from, new Letter.Party(person.email(), person.name()), site,
                    offered == null ? null : offered.about(language), events, links, notice.position().orElse(null),
                    told));
        }
        return new Reading(letters, unreadable);
    }

    private Offered offered(String offeringId) {
        Offering offering = em.find(Offering.class, offeringId);
        if (offering == null) {
            return null;
        }
        List<CalendarEvent> events = em.createNamedQuery(CalendarEvent.OF_OFFERINGS, CalendarEvent.class)
                .setParameter("offerings", List.of(offeringId)).getResultList().stream()
                .sorted(Comparator.comparing(CalendarEvent::startsAt).thenComparing(CalendarEvent::uid)).toList();
        return new Offered(offering, events);
    }

    /** An offering and its events, as one batch reads them once. */
    private record Offered(Offering offering, List<CalendarEvent> events) {

        Letter.About about(Locale language) {
            return new Letter.About(offering.id(), offering.title(), offering.summary(), offering.lead().name(),
                    place(offering, language));
        }
    }

    /** Where it happens, in the language: online, the venue, or both. */
    static String place(Offering offering, Locale language) {
        String venue = offering.venue().map(Letters::venue).filter(v -> !v.isEmpty()).orElse(null);
        if (offering.delivery() == Delivery.DIGITAL || venue == null) {
            return offering.delivery() == Delivery.IN_PERSON ? null : Delivery.DIGITAL.label(language);
        }
        return offering.delivery() == Delivery.HYBRID ? Texts.in(language).get("place.hybrid", venue) : venue;
    }

    private static String venue(Venue venue) {
        return Stream.of(venue.name(), venue.address()).filter(Objects::nonNull).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().collect(Collectors.joining(", "));
    }
}
