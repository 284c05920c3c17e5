package no.samkurs.web.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Session;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.roster.control.Participant;
import no.samkurs.enrollment.roster.control.Roster;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The participant list page's read: the offering, its sessions and the roster, in one transaction. */
@ApplicationScoped
public class RollReads {

    @Inject
    Offerings offerings;

    @Inject
    Roster roster;

    /** The offering's list; {@code organises} says whether this person may see it (booking's Caller decides). */
    @Transactional
    public Optional<Roll> of(String offeringId, Person person, Instant now) {
        if (offeringId == null || offeringId.isBlank() || offeringId.length() > 64) {
            return Optional.empty();
        }
        return offerings.byId(offeringId.strip()).map(o -> roll(o, Caller.of(person).organises(o), now));
    }

    private Roll roll(Offering o, boolean organises, Instant now) {
        List<SessionRow> sessions = o.sessions().stream().sorted(Comparator.comparing(Session::startsAt))
                .map(s -> new SessionRow(s.id(), s.startsAt(), s.endsAt(), !now.isBefore(s.startsAt()))).toList();
        List<ParticipantRow> participants = !organises ? List.of()
                : roster.participants(o, false).stream().map(RollReads::row).toList();
        return new Roll(o.id(), o.title(), organises, o.capacity().orElse(null), sessions, participants);
    }

    private static ParticipantRow row(Participant p) {
        Map<String, Boolean> attended = new HashMap<>();
        p.attendance().stream().filter(m -> m.attended() != null)
                .forEach(m -> attended.put(m.sessionId(), m.attended()));
        return new ParticipantRow(p.enrollmentId(), p.name(), p.email(), p.municipalityName() == null
                ? p.municipalityNumber() : p.municipalityName(), p.service(), p.status(), p.position(),
                p.arrivedAt(), attended);
    }
}
