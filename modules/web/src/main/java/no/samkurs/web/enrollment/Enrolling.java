package no.samkurs.web.enrollment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.boundary.EnrollmentInput;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.web.account.FollowedOffering;
import no.samkurs.web.account.FollowedOfferings;
import no.samkurs.web.layout.FormCheck;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Enrolling from the offering page ({@code /pamelding?tilbud=…}). The offering page's button posts here with the
 * session's check value and is done at once; a post without it, or a visit (after signing in, say), gets a form to
 * confirm instead. Either way the answer is a redirect back to the offering page, which says how it went: the
 * standing is read anew there, a refusal is kept for it with the session ({@link LastRefusal}).
 */
@Named
@RequestScoped
public class Enrolling {

    static final String OFFERING = "tilbud";
    static final String SERVICE = "tjeneste";

    @Inject
    Gate gate;

    @Inject
    Menu menu;

    @Inject
    FormCheck formCheck;

    @Inject
    Readers readers;

    @Inject
    FollowedOfferings offerings;

    @Inject
    Enroller enroller;

    @Inject
    EnrollmentReads reads;

    @Inject
    Language language;

    private Optional<FollowedOffering> offering;
    private Optional<EnrollmentRow> mine;

    /** The view action: signed in, an offering they may read, and a checked post is done at once. */
    public void load() {
        if (gate.require(null).isEmpty()) {
            return;
        }
        if (getOffering() == null) {
            gate.refuse(404);
            return;
        }
        if (formCheck.passed()) {
            enroll();
        }
    }

    /** Enrolls with the service chosen, and goes back to the offering page to say how it went. */
    public void enroll() {
        Optional<Caller> caller = gate.require(null).flatMap(reader -> menu.person()).filter(Person::isActive)
                .map(Caller::of);
        FollowedOffering chosen = getOffering();
        if (caller.isEmpty() || chosen == null) {
            return;
        }
        String back = "/tilbudet?id=" + URLEncoder.encode(chosen.id(), StandardCharsets.UTF_8) + "&"
                + OfferingEnrollment.OUTCOME + "=";
        try {
            enroller.enroll(caller.get(), chosen.id(), EnrollmentInput.serviceCode(request().getParameter(SERVICE)));
            gate.redirect(back + "ja#pamelding");
        } catch (Refused refused) {
            LastRefusal.remember(request().getSession(), chosen.id(), refused.message(language.getLocale()));
            gate.redirect(back + "avvist#pamelding");
        }
    }

    /** The offering named by the address (or the confirming form), if the person may read it; else null. */
    public FollowedOffering getOffering() {
        if (offering == null) {
            offering = offerings.readable(request().getParameter(OFFERING), readers.of(request().getUserPrincipal()));
        }
        return offering.orElse(null);
    }

    public boolean isMayEnroll() {
        return menu.person().filter(Person::isActive).map(Caller::of).map(Caller::mayEnroll).orElse(false);
    }

    /** Why the person may not enroll (an editor, someone without a municipality); null for the others. */
    public String getWhyNot() {
        return menu.person().filter(Person::isActive).map(Caller::of).filter(c -> !c.mayEnroll())
                .map(c -> new Refused(c.municipality() == null ? Refusal.NO_MUNICIPALITY : Refusal.NOT_FOR_ROLE)
                        .message(language.getLocale())).orElse(null);
    }

    /** The person's active enrollment in the offering; null when they have none. */
    public EnrollmentRow getMine() {
        if (mine == null) {
            mine = menu.person().flatMap(p -> getOffering() == null ? Optional.empty()
                    : reads.inOffering(p.id(), getOffering().id(), Instant.now()));
        }
        return mine.orElse(null);
    }

    public List<Services.Choice> getServices() {
        String last = menu.person().flatMap(p -> reads.lastService(p.id())).orElse(null);
        return Services.choices(language.getLocale(), last);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
