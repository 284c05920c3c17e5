package no.samkurs.web.enrollment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.entity.Openness;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.web.catalog.OfferingPage;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;
import no.samkurs.web.layout.NorwegianTime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Enrollment on the offering page: the seats, the enrollment window, and for someone signed in who may enroll the
 * button (or where they already stand); the anonymous are asked to sign in and come back. The page stays stateless:
 * the button is a plain form that posts to {@code /pamelding} ({@link Enrolling}), which redirects back here with
 * {@code pamelding=ja} or {@code pamelding=avvist}.
 */
@Named
@RequestScoped
public class OfferingEnrollment {

    static final String OUTCOME = "pamelding";

    @Inject
    OfferingPage page;

    @Inject
    Menu menu;

    @Inject
    Language language;

    @Inject
    EnrollmentReads reads;

    private final Instant now = Instant.now();
    private Optional<Caller> caller;
    private Optional<EnrollmentRow> mine;

    private Offering offering() {
        return page.getOffering();
    }

    private Texts texts() {
        return Texts.of(language.getLocale());
    }

    /** Only a published offering takes enrollments; the page says itself when one is cancelled or a draft. */
    public boolean isShown() {
        return offering() != null && offering().status() == Status.PUBLISHED;
    }

    /** "12 av 30 plasser er ledige", "Fullt – 3 på venteliste", or that there is no limit. */
    public String getSeats() {
        Optional<Integer> left = offering().seatsLeft();
        if (left.isEmpty()) {
            return texts().get("box.noLimit");
        }
        return left.get() > 0 ? texts().get("box.seatsLeft", left.get(), offering().capacity().orElseThrow())
                : texts().get("box.full", offering().waitlisted());
    }

    public boolean isFull() {
        return offering().seatsLeft().map(left -> left == 0).orElse(false);
    }

    /** The enrollment window now: open (until when), opening when, closed when, or the offering over. */
    public String getWindow() {
        Optional<Refused> closed = Openness.refusal(offering(), now);
        if (closed.isEmpty()) {
            return offering().enrollmentCloses().map(c -> texts().get("box.openUntil", when(c)))
                    .orElse(texts().get("box.open"));
        }
        Refusal why = closed.get().reason();
        return switch (why) {
            case NOT_OPEN_YET -> texts().get("box.opens", when(offering().enrollmentOpens().orElseThrow()));
            case CLOSED -> texts().get("box.closed", when(offering().enrollmentCloses().orElseThrow()));
            case OFFERING_ENDED -> texts().get("box.ended");
            default -> closed.get().message(language.getLocale());
        };
    }

    public boolean isOpen() {
        return Openness.refusal(offering(), now).isEmpty();
    }

    private String when(Instant instant) {
        return NorwegianTime.dateTime(instant, language.getLocale());
    }

    private Optional<Caller> caller() {
        if (caller == null) {
            caller = menu.person().filter(Person::isActive).map(Caller::of);
        }
        return caller;
    }

    public boolean isMayEnroll() {
        return caller().map(Caller::mayEnroll).orElse(false);
    }

    /** An editor of one of the offering's hosts: the page leads to its participant list and rules. */
    public boolean isOrganiser() {
        return caller().map(c -> c.has(Role.PROVIDER_EDITOR) && c.organises(offering())).orElse(false);
    }

    /** Why someone signed in may not enroll (no municipality, another role); null for organisers and those who may. */
    public String getWhyNot() {
        return caller().filter(c -> !c.mayEnroll() && !isOrganiser()).map(c -> new Refused(c.municipality() == null
                ? Refusal.NO_MUNICIPALITY : Refusal.NOT_FOR_ROLE).message(language.getLocale())).orElse(null);
    }

    /** A municipal contact may also enroll colleagues. */
    public boolean isContact() {
        return caller().map(c -> c.has(Role.MUNICIPAL_CONTACT) && c.municipality() != null).orElse(false);
    }

    /** The person's active enrollment in this offering; null when they have none. */
    public EnrollmentRow getMine() {
        if (mine == null) {
            mine = caller().flatMap(c -> reads.inOffering(c.personId(), offering().id(), now));
        }
        return mine.orElse(null);
    }

    /** Where the person stands: "Du er påmeldt." or "Du står som nummer 2 på ventelisten." */
    public String getStanding() {
        EnrollmentRow row = getMine();
        if (row == null) {
            return null;
        }
        return row.isWaitlisted() ? texts().get("box.waitlisted", row.position()) : texts().get("box.confirmed");
    }

    public List<Services.Choice> getServices() {
        String last = caller().flatMap(c -> reads.lastService(c.personId())).orElse(null);
        return Services.choices(language.getLocale(), last);
    }

    /** Back from enrolling just now (after the redirect): the standing is news. */
    public boolean isJustEnrolled() {
        return "ja".equals(parameter(OUTCOME)) && getMine() != null;
    }

    /** Why the enrollment just tried was refused, in the reader's language; null otherwise. */
    public String getRefusal() {
        if (!"avvist".equals(parameter(OUTCOME)) || getMine() != null) {
            return null;
        }
        HttpServletRequest request = (HttpServletRequest) external().getRequest();
        return LastRefusal.of(request.getSession(false), offering().id()).orElse(null);
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static String parameter(String name) {
        return external().getRequestParameterMap().get(name);
    }
}
