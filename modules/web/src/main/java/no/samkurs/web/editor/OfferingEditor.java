package no.samkurs.web.editor;

import no.samkurs.web.layout.Gate;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.web.layout.Language;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The edit page of one offering ({@code /redaktor/tilbud?id=…}, or a new one without id). The form lives with the
 * view, so adding or removing a session row keeps what was typed. Saving maps the form to the catalog's input and
 * lets the catalog decide; its answers come back as messages at their fields. A save on a stale version is merged
 * ({@link StaleEdit}) and shown again, never written over the other person's work. Every success redirects.
 * <p>
 * Each change runs in the catalog's own transaction ({@code Offerings} is transactional), not one of this page's:
 * the page catches the catalog's refusals to show them, and a refusal inside a transaction the page had begun
 * would have marked that transaction for rollback.
 */
@Named
@ViewScoped
public class OfferingEditor implements Serializable {

    static final Set<String> DONE = Set.of("opprettet", "lagret", "invitert", "fjernet", "publisert", "avlyst");

    @Inject
    Gate gate;

    @Inject
    Snapshots snapshots;

    @Inject
    Offerings offerings;

    @Inject
    Language language;

    private String id;
    private String done;
    private boolean cancelling;

    private String organisationId;
    private OfferingState state;
    private OfferingForm form;
    private OfferingForm base;
    private StaleEdit stale;
    private String invitee;
    private String reason;

    /** On the first GET: who may, and the form as stored (or empty for a new offering). */
    public void load() {
        Optional<Reader> reader = gate.require(Role.Names.PROVIDER_EDITOR);
        if (reader.isEmpty()) {
            return;
        }
        organisationId = reader.get().organisationId();
        if (id == null || id.isBlank()) {
            id = null;
            form = OfferingForm.empty();
            return;
        }
        Optional<OfferingState> found = snapshots.offering(id);
        if (found.isEmpty()) {
            gate.refuse(404);
        } else if (!found.get().hostIds().contains(reader.get().organisationId())) {
            gate.refuse(403);
        } else {
            show(found.get());
        }
    }

    private void show(OfferingState now) {
        state = now;
        base = now.form();
        form = now.form().copy();
    }

    public void save() {
        stale = null;
        editor().ifPresent(reader -> save(reader, true));
    }

    private void save(Reader reader, boolean mayRetry) {
        FormInput.Mapped mapped = FormInput.map(form, isCreating() ? null : form.getVersion(), EditorTexts.of(language));
        if (invalid(mapped)) {
            return;
        }
        try {
            Actor actor = reader.actor();
            Offering saved = isCreating()
                    ? offerings.create(reader.organisationId(), mapped.input().details(), actor)
                    : offerings.update(id, form.getVersion(), mapped.input().details(), actor);
            gate.redirect("/redaktor/tilbud?id=" + saved.id() + "&melding=" + (isCreating() ? "opprettet" : "lagret"));
        } catch (RuntimeException e) {
            if (!isCreating() && PageMessages.isConflict(e) && stale(reader, mayRetry)) {
                return;
            }
            failed(e, mapped);
        }
    }

    /** The form's own errors and the catalog's validation, each at its field; true if there were any. */
    private boolean invalid(FormInput.Mapped mapped) {
        List<FormInput.FieldError> errors = new ArrayList<>(mapped.errors());
        Set<String> said = errors.stream().map(FormInput.FieldError::field).collect(Collectors.toSet());
        List<FormInput.FieldError> catalog = snapshots.violations(mapped.input()).stream()
                .map(e -> new FormInput.FieldError(mapped.rowPath(e.field()), e.message()))
                .filter(e -> !said.contains(e.field())).toList();
        errors.addAll(catalog);
        errors.sort(Comparator.comparing(FormInput.FieldError::field, FieldIds.IN_PAGE_ORDER));
        errors.forEach(e -> {
            if (catalog.contains(e)) {
                PageMessages.at(e.field(), new CatalogMessage(e.message()));
            } else {
                PageMessages.error(e.field(), e.message());
            }
        });
        return !errors.isEmpty();
    }

    /**
     * Someone saved since this form was loaded: merge and show again, unless what they changed is nothing the form
     * shows (a co-host's answer), in which case saving once more on the new version loses nothing.
     */
    private boolean stale(Reader reader, boolean mayRetry) {
        Optional<OfferingState> now = snapshots.offering(id);
        if (now.isEmpty() || now.get().version() == form.getVersion()) {
            return false;
        }
        StaleEdit edit = StaleEdit.merge(base, now.get().form(), form);
        state = now.get();
        base = now.get().form();
        form = edit.merged();
        if (edit.isInvisible() && mayRetry && state.isOpen()) {
            save(reader, false);
        } else {
            stale = edit;
        }
        return true;
    }

    public void addSession() {
        form.addSession();
    }

    public void removeSession(int index) {
        form.removeSession(index);
    }

    public void addLink() {
        form.addLink();
    }

    public void removeLink(int index) {
        form.removeLink(index);
    }

    public void invite() {
        if (invitee == null || invitee.isBlank()) {
            PageMessages.error("organisation", EditorTexts.of(language).getString("error.organisation"));
            return;
        }
        change(actor -> offerings.invite(id, invitee, actor), "invitert");
    }

    public void removeCoHost(String organisationId) {
        change(actor -> offerings.removeCoHost(id, organisationId, actor), "fjernet");
    }

    public void publish() {
        change(actor -> offerings.publish(id, actor), "publisert");
    }

    public void cancel() {
        change(actor -> offerings.cancel(id, reason, actor), "avlyst");
    }

    /** One change through the catalog; on success back to the page with what was done, else the reason why not. */
    private void change(Consumer<Actor> change, String what) {
        editor().ifPresent(reader -> {
            try {
                change.accept(reader.actor());
                gate.redirect("/redaktor/tilbud?id=" + id + "&melding=" + what);
            } catch (RuntimeException e) {
                failed(e, null);
            }
        });
    }

    private Optional<Reader> editor() {
        return gate.require(Role.Names.PROVIDER_EDITOR);
    }

    private void failed(RuntimeException e, FormInput.Mapped mapped) {
        PageMessages.failure(e, mapped == null ? UnaryOperator.identity() : mapped::rowPath,
                EditorTexts.of(language).getString("error.generic"));
    }

    public boolean isCreating() {
        return id == null;
    }

    /** The editor's organisation leads this offering: they alone change co-hosts and cancel. */
    public boolean isLead() {
        return state != null && state.isLed(organisationId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** What was just done, from the address after a redirect; not on a postback, where the page says anew. */
    public String getDone() {
        return PageMessages.done(done, DONE);
    }

    public void setDone(String done) {
        this.done = done;
    }

    public boolean isCancelling() {
        return cancelling;
    }

    public void setCancelling(boolean cancelling) {
        this.cancelling = cancelling;
    }

    public OfferingState getState() {
        return state;
    }

    public OfferingForm getForm() {
        return form;
    }

    public StaleEdit getStale() {
        return stale;
    }

    public String getInvitee() {
        return invitee;
    }

    public void setInvitee(String invitee) {
        this.invitee = invitee;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
