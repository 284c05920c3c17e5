package no.samkurs.web.enrollment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;

import java.time.Instant;
import java.util.List;

/**
 * "Mine påmeldinger" on Min side: each of the person's enrollments with the offering, where they stand, the first
 * session, and cancelling (on its own page, {@link Unenrolling}) until the deadline; after it, whom to ask.
 */
@Named
@RequestScoped
public class MyEnrollments {

    static final String CANCELLED = "avmeldt";

    @Inject
    Menu menu;

    @Inject
    EnrollmentReads reads;

    @Inject
    Language language;

    private List<EnrollmentRow> rows;

    public List<EnrollmentRow> getRows() {
        if (rows == null) {
            rows = menu.person().map(p -> reads.of(p.id(), Instant.now())).orElse(List.of());
        }
        return rows;
    }

    /** For people who may enroll, and for anyone who has enrollments (a role taken away keeps its history). */
    public boolean isShown() {
        return menu.person().filter(Person::isActive).map(Caller::of).map(Caller::mayEnroll).orElse(false)
                || !getRows().isEmpty();
    }

    /** The service's name in the reader's language. */
    public String service(String code) {
        return Services.label(code, language.getLocale());
    }

    /** Back from cancelling (after the redirect). */
    public boolean isCancelled() {
        return CANCELLED.equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("melding"));
    }
}
