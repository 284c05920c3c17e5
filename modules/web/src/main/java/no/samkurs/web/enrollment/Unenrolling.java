package no.samkurs.web.enrollment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;

import java.time.Instant;
import java.util.Optional;

/**
 * Cancelling one's own enrollment ({@code /avmelding?pamelding=…}): the page asks first, says until when it may be
 * done, and after the deadline whom to ask instead. The first in line gets the seat in the same transaction. Done,
 * it goes back to Min side, which says so.
 */
@Named
@RequestScoped
public class Unenrolling {

    static final String ENROLLMENT = "pamelding";

    @Inject
    Gate gate;

    @Inject
    Menu menu;

    @Inject
    EnrollmentReads reads;

    @Inject
    Enrollments enrollments;

    @Inject
    Language language;

    private Optional<EnrollmentRow> row;

    /** The view action: signed in, and an enrollment of their own; anything else is not found. */
    public void load() {
        if (gate.require(null).isPresent() && getRow() == null) {
            gate.refuse(404);
        }
    }

    public void cancel() {
        Optional<Person> person = gate.require(null).flatMap(reader -> menu.person()).filter(Person::isActive);
        EnrollmentRow enrollment = getRow();
        if (person.isEmpty() || enrollment == null) {
            return;
        }
        try {
            enrollments.cancel(enrollment.offeringId(), enrollment.id(),
                    new Enrollments.Canceller(person.get().id(), false), null);
            gate.redirect("/min-side?melding=" + MyEnrollments.CANCELLED + "#mine-pameldinger");
        } catch (Refused refused) {
            String text = refused.message(language.getLocale());
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            row = null;
        }
    }

    /** The enrollment named by the address (or the confirming form), if it is the person's own; else null. */
    public EnrollmentRow getRow() {
        if (row == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get(ENROLLMENT);
            row = menu.person().flatMap(p -> reads.mine(p.id(), id, Instant.now()));
        }
        return row.orElse(null);
    }
}
