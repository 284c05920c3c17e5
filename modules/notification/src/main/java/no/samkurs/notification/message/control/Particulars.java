package no.samkurs.notification.message.control;

import jakarta.persistence.EntityManager;
import no.samkurs.calendar.feed.entity.CalendarEvent;
import no.samkurs.calendar.feed.entity.EventContent;
import no.samkurs.catalog.offering.entity.CoHost;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.notification.outbox.entity.Notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a notice's kind tells besides the offering ({@link Letter.Told}), read when it is sent from the notice's
 * {@code about} and the catalog as it is then. A reminder whose session is gone or cancelled since cannot be written
 * (the sender fails it with that reason rather than remind of what will not happen).
 */
final class Particulars {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final EntityManager em;
    private final String site;

    Particulars(EntityManager em, String site) {
        this.em = em;
        this.site = site;
    }

    /** What the notice tells besides; null for an enrollment's kinds. */
    Letter.Told of(Notice notice, Offering offering, List<CalendarEvent> events, Map<String, String> joinLinks) {
        return switch (notice.kind()) {
            case REMINDER -> meeting(notice.about().orElse(""), events, joinLinks);
            case THANKS -> new Letter.Recordings(offering.links().stream().filter(l -> l.kind() == LinkKind.RECORDING)
                    .map(l -> new Letter.Link(l.title(), l.url())).toList());
            case OFFERING_CANCELLED, OFFERING_CANCELLED_WAITING ->
                    new Letter.Cancellation(offering.cancelReason().orElse(null));
            case CO_HOST_INVITED -> coHosting(notice.about().orElse(""), offering);
            case OVERLAP_DIGEST -> digest(notice.about().orElse(""));
            default -> null;
        };
    }

    /** {@code about}: the event's UID and the meeting's start; the times as the calendar has them now. */
    private static Letter.Meeting meeting(String about, List<CalendarEvent> events, Map<String, String> joinLinks) {
        String[] parts = about.split(" ");
        if (parts.length != 2) {
            throw new IllegalStateException("This reminder does not name its session: " + about);
        }
        CalendarEvent event = events.stream().filter(e -> e.uid().equals(parts[0])).findFirst()
                .filter(e -> !e.cancelled()).orElseThrow(() -> new IllegalStateException(
                        "The session " + parts[0] + " of this reminder is cancelled or gone"));
        String link = joinLinks.get(event.uid());
        EventContent content = event.content();
        if (!content.isSeries()) {
            return new Letter.Meeting(event.startsAt(), event.endsAt(), link);
        }
        LocalDate date = LocalDate.ofInstant(Instant.parse(parts[1]), OSLO);
        return content.recurring().meetings().stream().filter(m -> m.date().equals(date) && !m.cancelled())
                .findFirst().map(m -> new Letter.Meeting(m.startsAt(), m.endsAt(), link))
                .orElseThrow(() -> new IllegalStateException("The meeting of " + date + " of the series " + parts[0]
                        + " is cancelled or gone"));
    }

    /** {@code about}: the invited organisation's id; its editors answer on their start page. */
    private Letter.CoHosting coHosting(String organisationId, Offering offering) {
        String name = offering.coHosts().stream().filter(c -> c.organisationId().equals(organisationId))
                .map(CoHost::organisation).map(Host::name).findFirst()
                .or(() -> Optional.ofNullable(em.find(Organisation.class, organisationId)).map(Organisation::name))
                .orElse(organisationId);
        return new Letter.CoHosting(name, site + "/redaktor");
    }

    /** {@code about}: the region's id, then one pair ("first/second") a line; pairs with an offering gone are out. */
    private Letter.Digest digest(String about) {
        List<String> lines = about.lines().toList();
        Organisation region = lines.isEmpty() ? null : em.find(Organisation.class, lines.get(0));
        if (region == null) {
            throw new IllegalStateException("The region of this digest is not in the directory");
        }
        List<Letter.Pair> pairs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] ids = line.split("/");
            Offering first = em.find(Offering.class, ids[0]);
            Offering second = ids.length < 2 ? null : em.find(Offering.class, ids[1]);
            if (first != null && second != null) {
                pairs.add(new Letter.Pair(first.title(), first.lead().name(), second.title(), second.lead().name()));
            }
        }
        if (pairs.isEmpty()) {
            throw new IllegalStateException("None of the offerings of this digest is in the catalog any more");
        }
        return new Letter.Digest(region.name(), site + "/koordinator/overlapp", pairs);
    }
}
