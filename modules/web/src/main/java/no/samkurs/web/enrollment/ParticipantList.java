package no.samkurs.web.enrollment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.boundary.EnrollmentInput;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.enrollment.roster.control.Attendances;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An offering's participants for its organisers ({@code /redaktor/deltakere?tilbud=…}): the confirmed by arrival,
 * then the line in its order, with municipality and service; the list as a spreadsheet; cancelling a participant
 * with a reason they will see ({@code &meld-av=…}); and, once a session has started, who came to it (one box per
 * confirmed participant, one button). Every change redirects back to the list, which says what was done.
 */
@Named
@ViewScoped
public class ParticipantList implements Serializable {

    static final Set<String> DONE = Set.of("avmeldt", "oppmote");
    static final String CANCEL_FORM = "avmelding";
    static final String ATTENDANCE_FORM = "oppmote";
    static final String CAME = "kom";
    private static final Logger LOG = Logger.getLogger(ParticipantList.class.getName());

    @Inject
    Gate gate;

    @Inject
    Menu menu;

    @Inject
    RollReads rolls;

    @Inject
    Enrollments enrollments;

    @Inject
    Attendances attendances;

    @Inject
    Offerings offerings;

    @Inject
    Language language;

    private String offeringId;
    private String cancelling;
    private String sessionId;
    private String done;
    private String reason;
    private Roll roll;

    /** On the first GET: an editor who organises the offering (else 403; unknown: 404), and the list. */
    public void load() {
        Optional<Person> person = editor();
        if (person.isEmpty()) {
            return;
        }
        Optional<Roll> read = rolls.of(offeringId, person.get(), Instant.now());
        if (read.isEmpty()) {
            gate.refuse(404);
        } else if (!read.get().organises()) {
            gate.refuse(403);
        } else {
            roll = read.get();
            if (cancelling != null && roll.participant(cancelling) == null) {
                cancelling = null;
            }
        }
    }

    private Optional<Person> editor() {
        return gate.require(Role.Names.PROVIDER_EDITOR).flatMap(reader -> menu.person()).filter(Person::isActive);
    }

    /** Cancels the participant chosen, with the reason they will see. */
    public void cancel() {
        Optional<Person> person = editor();
        ParticipantRow participant = getCancelled();
        if (person.isEmpty() || participant == null) {
            return;
        }
        Texts texts = Texts.of(language.getLocale());
        String control = CANCEL_FORM + ":reason";
        if (reason == null || reason.isBlank()) {
            error(control, texts.get("roll.cancel.reasonMissing"));
            return;
        }
        if (reason.strip().length() > EnrollmentInput.REASON_MAX) {
            error(control, texts.get("roll.cancel.reasonLong", EnrollmentInput.REASON_MAX));
            return;
        }
        try {
            enrollments.cancel(roll.offeringId(), participant.enrollmentId(),
                    new Enrollments.Canceller(person.get().id(), true), reason.strip());
            gate.redirect(address("avmeldt", null) + "#deltakere");
        } catch (Refused refused) {
            error(null, refused.message(language.getLocale()));
        }
    }

    /** Records who came to the session shown: a box ticked for each who came; all the confirmed at once. */
    public void saveAttendance() {
        Optional<Person> person = editor();
        SessionRow session = getSession();
        if (person.isEmpty() || session == null || roll.getConfirmed().isEmpty()) {
            return;
        }
        String[] ticked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap()
                .getOrDefault(CAME, new String[0]);
        Set<String> came = Set.copyOf(Arrays.asList(ticked));
        List<Attendances.Mark> marks = roll.getConfirmed().stream()
                .map(p -> new Attendances.Mark(p.enrollmentId(), came.contains(p.enrollmentId()))).toList();
        try {
            Offering offering = offerings.byId(roll.offeringId()).orElseThrow();
            attendances.record(offering, session.id(), marks, person.get().id());
            gate.redirect(address("oppmote", session.id()) + "#oppmote");
        } catch (Refused refused) {
            error(ATTENDANCE_FORM + ":lagre", refused.message(language.getLocale()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recording attendance failed", e);
            error(ATTENDANCE_FORM + ":lagre", Texts.of(language.getLocale()).get("roll.error.generic"));
        }
    }

    private String address(String what, String session) {
        return "/redaktor/deltakere?tilbud=" + URLEncoder.encode(roll.offeringId(), StandardCharsets.UTF_8)
                + (session == null ? "" : "&okt=" + URLEncoder.encode(session, StandardCharsets.UTF_8))
                + "&melding=" + what;
    }

    private static void error(String control, String text) {
        FacesContext.getCurrentInstance().addMessage(control,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The participant being cancelled ({@code &meld-av=…}); null when none is. */
    public ParticipantRow getCancelled() {
        return roll == null || cancelling == null ? null : roll.participant(cancelling);
    }

    /** The session whose attendance is shown: the one chosen, else the last that has started; null if none has. */
    public SessionRow getSession() {
        if (roll == null) {
            return null;
        }
        List<SessionRow> started = roll.getStarted();
        SessionRow chosen = sessionId == null ? null : roll.session(sessionId);
        if (chosen != null && chosen.started()) {
            return chosen;
        }
        return started.isEmpty() ? null : started.get(started.size() - 1);
    }

    /** The service's name in the reader's language. */
    public String service(String code) {
        return Services.label(code, language.getLocale());
    }

    public Roll getRoll() {
        return roll;
    }

    public String getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(String offeringId) {
        this.offeringId = offeringId;
    }

    public String getCancelling() {
        return cancelling;
    }

    public void setCancelling(String cancelling) {
        this.cancelling = cancelling;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    /** What was just done, from the address after a redirect; not on a postback. */
    public String getDone() {
        return !FacesContext.getCurrentInstance().isPostback() && done != null && DONE.contains(done) ? done : null;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
