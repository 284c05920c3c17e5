package no.samkurs.web.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import no.samkurs.calendar.series.boundary.SeriesInput;
import no.samkurs.calendar.series.control.Meetings;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Host;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.Status;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The series page's reads, each in one transaction so that an offering and its series are read whole, and the
 * calendar's own validation of the input (the Bean Validation constraints of {@link SeriesInput}), each message
 * with its field.
 */
@ApplicationScoped
public class SeriesSnapshots {

    @Inject
    Offerings offerings;

    @Inject
    Meetings meetings;

    @Inject
    Validator validator;

    /** What the page needs of the offering: what it is called, what kind, its state, and who hosts it. */
    public record OfferingFacts(String id, String title, Kind kind, Status status, Set<String> hostIds)
            implements Serializable {

        public boolean isOpen() {
            return status == Status.DRAFT || status == Status.PUBLISHED;
        }

        public boolean isSelfPaced() {
            return kind == Kind.E_LEARNING;
        }
    }

    @Transactional
    public Optional<OfferingFacts> offering(String id) {
        return id == null || id.isBlank() ? Optional.empty() : offerings.byId(id.strip()).map(o -> new OfferingFacts(
                o.id(), o.title(), o.kind(), o.status(),
                o.hosts().stream().map(Host::id).collect(Collectors.toUnmodifiableSet())));
    }

    /** The offering's series, the earliest first, each with its meetings from now on. */
    @Transactional
    public List<SeriesState> series(String offeringId) {
        Instant now = Instant.now();
        return meetings.ofOffering(offeringId).stream().map(s -> SeriesState.of(s, now)).toList();
    }

    public List<FormInput.FieldError> violations(SeriesInput input) {
        return validator.validate(input).stream()
                .map(v -> new FormInput.FieldError(FieldIds.path(v.getPropertyPath()), v.getMessage()))
                .toList();
    }
}
