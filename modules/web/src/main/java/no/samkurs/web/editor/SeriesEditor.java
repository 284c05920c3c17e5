package no.samkurs.web.editor;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.calendar.series.control.Meetings;
import no.samkurs.calendar.series.entity.Series;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.entity.Actor;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The editor's page for an offering's recurring series of meetings ({@code /redaktor/serie?tilbud=…}, with
 * {@code &serie=…} for a stored one): the form (plain repetition choices or an expert's own rule, excluded dates
 * and periods), and a stored series' coming meetings, each to move, cancel or restore. Saving maps the form to the
 * calendar's input ({@link SeriesMapping}) and lets the calendar decide; its answers come back at their fields. A
 * save on a stale version is merged and shown again ({@link StaleSeries}), as the offering form does. Every success
 * redirects. Each change runs in the calendar's own transaction ({@code Meetings}), as in {@link OfferingEditor}.
 */
@Named
@ViewScoped
public class SeriesEditor implements Serializable {

    static final Set<String> DONE = Set.of("opprettet", "lagret", "flyttet", "avlyst", "gjenopprettet",
            "serie-avlyst");
    static final String FORM = "serieskjema";
    static final String MOVE_FORM = "flytting";

    @Inject
    Gate gate;

    @Inject
    SeriesSnapshots snapshots;

    @Inject
    Meetings meetings;

    @Inject
    Language language;

    private String offeringId;
    private String seriesId;
    private String done;
    private String move;
    private boolean cancelling;

    private SeriesSnapshots.OfferingFacts offering;
    private List<SeriesState> all = List.of();
    private SeriesState state;
    private SeriesForm form;
    private SeriesForm base;
    private StaleSeries stale;
    private OccurrenceRow moving;
    private MoveForm moveForm;

    /** On the first GET: who may, the offering, its series, and the one asked for (or an empty form). */
    public void load() {
        Optional<Reader> reader = gate.require(Role.Names.PROVIDER_EDITOR);
        if (reader.isEmpty()) {
            return;
        }
        Optional<SeriesSnapshots.OfferingFacts> found = snapshots.offering(offeringId);
        if (found.isEmpty()) {
            gate.refuse(404);
            return;
        }
        if (!found.get().hostIds().contains(reader.get().organisationId())) {
            gate.refuse(403);
            return;
        }
        offering = found.get();
        all = snapshots.series(offering.id());
        if (seriesId != null && !seriesId.isBlank()) {
            state = all.stream().filter(s -> s.id().equals(seriesId)).findFirst().orElse(null);
            if (state == null) {
                gate.refuse(404);
                return;
            }
            base = state.form();
            form = base.copy();
            moving = ExcludedDates.date(move).map(state::occurrence).orElse(null);
            moveForm = moving == null ? null : MoveForm.of(moving);
        } else {
            seriesId = null;
            form = new SeriesForm();
        }
    }

    public void save() {
        stale = null;
        editor().ifPresent(reader -> save(reader, true));
    }

    private void save(Reader reader, boolean mayRetry) {
        String chosen = parameter("repetition");
        if (chosen != null && Repetition.of(chosen).isPresent()) {
            form.setRepetition(chosen);
        }
        SeriesMapping.Mapped mapped = SeriesMapping.map(form, EditorTexts.of(language), language.getLocale());
        List<SeriesMapping.Error> errors = new ArrayList<>(mapped.errors());
        Set<String> said = SeriesMapping.fields(errors);
        // A rule made from the plain choices is missing only when the choices' own errors say why.
        snapshots.violations(mapped.input()).stream().filter(e -> form.ownRule() || !"rule".equals(e.field()))
                .map(e -> SeriesMapping.Error.calendar(SeriesMapping.control(e.field(), form), e.message()))
                .filter(e -> !said.contains(e.id())).forEach(errors::add);
        if (!errors.isEmpty()) {
            show(errors);
            return;
        }
        try {
            Actor actor = reader.actor();
            Series saved = isCreating() ? meetings.create(offering.id(), mapped.input().details(), actor)
                    : meetings.update(seriesId, form.getVersion(), mapped.input().details(), actor);
            gate.redirect(address(saved.id(), isCreating() ? "opprettet" : "lagret", ""));
        } catch (RuntimeException e) {
            if (!isCreating() && PageMessages.isConflict(e) && stale(reader, mayRetry)) {
                return;
            }
            failed(e);
        }
    }

    /** Someone saved the series since this form was loaded: merge and show again, or save once more if unseen. */
    private boolean stale(Reader reader, boolean mayRetry) {
        Optional<SeriesState> now = snapshots.series(offering.id()).stream().filter(s -> s.id().equals(seriesId))
                .findFirst();
        if (now.isEmpty() || now.get().version() == form.getVersion()) {
            return false;
        }
        StaleSeries merge = StaleSeries.merge(base, now.get().form(), form);
        state = now.get();
        base = now.get().form();
        form = merge.merged();
        if (merge.changes().isEmpty() && mayRetry && state.isOpen()) {
            save(reader, false);
        } else {
            stale = merge;
        }
        return true;
    }

    public void cancelOccurrence(OccurrenceRow meeting) {
        change(actor -> meetings.changeOccurrence(seriesId, meeting.date(), true,
                meeting.moved() ? meeting.startsAt() : null, meeting.moved() ? meeting.endsAt() : null, actor),
                "avlyst");
    }

    public void restoreOccurrence(OccurrenceRow meeting) {
        change(actor -> meetings.restoreOccurrence(seriesId, meeting.date(), actor), "gjenopprettet");
    }

    /** Moves the meeting being moved to the date and times typed, each checked with its field named. */
    public void moveOccurrence() {
        if (moving == null) {
            return;
        }
        List<SeriesMapping.Error> errors = moveForm.errors(EditorTexts.of(language));
        if (!errors.isEmpty()) {
            show(errors);
            return;
        }
        OccurrenceRow meeting = moving;
        change(actor -> meetings.changeOccurrence(seriesId, meeting.date(), meeting.cancelled(), moveForm.startsAt(),
                moveForm.endsAt(), actor), "flyttet");
    }

    public void cancelSeries() {
        change(actor -> meetings.cancel(seriesId, actor), "serie-avlyst");
    }

    /** One change through the calendar; on success back to the page with what was done, else why not. */
    private void change(Consumer<Actor> change, String what) {
        editor().ifPresent(reader -> {
            try {
                change.accept(reader.actor());
                gate.redirect(address(seriesId, what, "#moter"));
            } catch (RuntimeException e) {
                failed(e);
            }
        });
    }

    private Optional<Reader> editor() {
        return gate.require(Role.Names.PROVIDER_EDITOR);
    }

    private void failed(RuntimeException e) {
        show(SeriesMapping.failure(e, form, moving != null, text("error.generic")));
    }

    /** The errors at their controls, in the order the page shows them, for the summary and the fields. */
    private static void show(List<SeriesMapping.Error> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        errors.stream().sorted(SeriesMapping.IN_PAGE_ORDER).forEach(e -> faces.addMessage(e.id(),
                e.calendar() ? new CatalogMessage(e.message())
                        : new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), e.message())));
    }

    private String address(String series, String what, String anchor) {
        return "/redaktor/serie?tilbud=" + encode(offering.id()) + (series == null ? "" : "&serie=" + encode(series))
                + "&melding=" + what + anchor;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String text(String key) {
        return EditorTexts.of(language).getString(key);
    }

    private static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public boolean isCreating() {
        return seriesId == null;
    }

    /** Whether the page offers the form: a stored offering still open, not self-paced, the series not cancelled. */
    public boolean isEditable() {
        return offering != null && offering.isOpen() && !offering.isSelfPaced() && (state == null || state.isOpen());
    }

    public SeriesSnapshots.OfferingFacts getOffering() {
        return offering;
    }

    public List<SeriesState> getAll() {
        return all;
    }

    public SeriesState getState() {
        return state;
    }

    public SeriesForm getForm() {
        return form;
    }

    public StaleSeries getStale() {
        return stale;
    }

    public OccurrenceRow getMoving() {
        return moving;
    }

    public String getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(String offeringId) {
        this.offeringId = offeringId;
    }

    public String getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(String seriesId) {
        this.seriesId = seriesId == null || seriesId.isBlank() ? null : seriesId;
    }

    /** What was just done, from the address after a redirect; not on a postback, where the page says anew. */
    public String getDone() {
        return PageMessages.done(done, DONE);
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getMove() {
        return move;
    }

    public void setMove(String move) {
        this.move = move;
    }

    public boolean isCancelling() {
        return cancelling;
    }

    public void setCancelling(boolean cancelling) {
        this.cancelling = cancelling;
    }

    public MoveForm getMoveForm() {
        return moveForm;
    }
}
