package no.samkurs.web.enrollment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Enrollments;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.editor.CatalogMessage;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An offering's enrollment rules for the editors of its hosts ({@code /redaktor/pamelding?tilbud=…}): the
 * cancellation deadline, seats per municipality, and fair-share seats held for municipalities far from a centre or
 * not reached this year, with what they have protected so far. The component checks the rules; its answers stand
 * at their fields in the reader's language. Someone else's save in between is never written over: the page says so
 * and shows what is stored now.
 */
@Named
@ViewScoped
public class PolicyEditor implements Serializable {

    static final Set<String> DONE = Set.of("lagret");
    private static final Logger LOG = Logger.getLogger(PolicyEditor.class.getName());

    /** The component's fields and the controls they stand at (farKm's own control is chosen by its message). */
    private static final Map<String, String> CONTROLS = Map.of("cancelDeadline", PolicyForm.DEADLINE,
            "seatsPerMunicipality", PolicyForm.PER_MUNICIPALITY, "reservedSeats", PolicyForm.RESERVED,
            "reservedUntil", PolicyForm.RELEASE, "farKm", PolicyForm.FAR_KM);

    @Inject
    Gate gate;

    @Inject
    PolicyReads policies;

    @Inject
    Enrollments enrollments;

    @Inject
    Language language;

    private String offeringId;
    private String done;
    private PolicyFacts facts;
    private PolicyForm form;
    private boolean stale;

    /** On the first GET: who may, and the rules as stored. */
    public void load() {
        Optional<Reader> reader = gate.require(Role.Names.PROVIDER_EDITOR);
        if (reader.isEmpty()) {
            return;
        }
        Optional<PolicyReads.Read> read = policies.of(offeringId, Instant.now());
        if (read.isEmpty()) {
            gate.refuse(404);
        } else if (!read.get().facts().hostIds().contains(reader.get().organisationId())) {
            gate.refuse(403);
        } else {
            show(read.get());
        }
    }

    private void show(PolicyReads.Read read) {
        facts = read.facts();
        form = PolicyForm.of(read.details());
    }

    public void save() {
        stale = false;
        Optional<Reader> reader = gate.require(Role.Names.PROVIDER_EDITOR);
        if (reader.isEmpty() || facts == null) {
            return;
        }
        Texts texts = Texts.of(language.getLocale());
        PolicyForm.Mapped mapped = form.map(texts);
        if (!mapped.errors().isEmpty()) {
            mapped.errors().forEach(e -> error(e.control(), e.message()));
            return;
        }
        try {
            enrollments.setPolicy(facts.offeringId(), facts.version(), mapped.details(),
                    facts.hostIds().contains(reader.get().organisationId()));
            gate.redirect("/redaktor/pamelding?tilbud=" + URLEncoder.encode(facts.offeringId(),
                    StandardCharsets.UTF_8) + "&melding=lagret");
        } catch (RuntimeException e) {
            failed(e, texts);
        }
    }

    /** The component's answer at its field; someone else's save shows what is stored now. */
    private void failed(RuntimeException e, Texts texts) {
        Optional<RuleViolation> violation = cause(e, RuleViolation.class);
        if (cause(e, OptimisticLockException.class).isPresent()
                || violation.map(v -> v.kind() == RuleViolation.Kind.CONFLICT).orElse(false)) {
            stale = true;
            policies.of(facts.offeringId(), Instant.now()).ifPresent(this::show);
            return;
        }
        if (violation.isEmpty()) {
            LOG.log(Level.WARNING, "Saving the enrollment rules failed", e);
            error(null, texts.get("policy.error.generic"));
            return;
        }
        Problem problem = violation.get().toProblem();
        if (problem.errors().isEmpty()) {
            error(null, texts.get("policy.error.generic"));
        }
        problem.errors().forEach(f -> {
            Optional<RuleWords.Said> said = RuleWords.of(f.field(), f.message());
            String control = said.map(RuleWords.Said::control).orElse(CONTROLS.get(f.field()));
            if (said.isPresent()) {
                error(control, RuleWords.text(f.field(), f.message(), texts));
            } else {
                FacesContext.getCurrentInstance().addMessage(control, new CatalogMessage(f.message()));
            }
        });
    }

    private static void error(String control, String text) {
        FacesContext.getCurrentInstance().addMessage(control,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    public String getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(String offeringId) {
        this.offeringId = offeringId;
    }

    /** What was just done, from the address after a redirect; not on a postback. */
    public String getDone() {
        return !FacesContext.getCurrentInstance().isPostback() && done != null && DONE.contains(done) ? done : null;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public PolicyFacts getFacts() {
        return facts;
    }

    public PolicyForm getForm() {
        return form;
    }

    /** Someone else saved the rules while this form was open; the form now shows what they saved. */
    public boolean isStale() {
        return stale;
    }
}
