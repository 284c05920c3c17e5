package no.samkurs.web.coordinator;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.calendar.overlap.control.Overlaps;
import no.samkurs.calendar.overlap.control.RegionOverlaps;
import no.samkurs.calendar.overlap.entity.Mark;
import no.samkurs.calendar.overlap.entity.MarkState;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /koordinator/overlapp?region=…&vindu=…}: a region's overlapping offerings for its coordinators, with their
 * marks, and a form per pair to mark it coordinated or a conflict, or to remove the mark. The region is the
 * coordinator's own statsforvalter office; administrators choose one. Who may is the calendar's
 * {@code Coordination} (asked by {@link Overlaps}); the page only keeps others out before asking. The rows live with
 * the view, so a mark posted names the pair that was shown; every change redirects back.
 */
@Named("overlapPage")
@ViewScoped
public class OverlapsPage implements Serializable {

    static final String PATH = "/koordinator/overlapp";
    static final Set<String> DONE = Set.of("merket", "fjernet");
    static final String WINDOW = "vindu";

    private static final Logger LOG = Logger.getLogger(OverlapsPage.class.getName());

    @Inject
    Gate gate;

    @Inject
    Menu menu;

    @Inject
    Overlaps overlaps;

    @Inject
    OverlapRows overlapRows;

    @Inject
    Organisations organisations;

    @Inject
    Language language;

    private String region;
    private String window;
    private String done;

    private String regionId;
    private String regionName;
    private int days = Overlaps.DEFAULT_WINDOW;
    private boolean administrator;
    private List<Office> offices = List.of();
    private List<PairRow> rows = List.of();

    /** A statsforvalter office an administrator may choose. */
    public record Office(String id, String name) implements Serializable {
    }

    /** On GET: coordinators and administrators only; the region's pairs within the window asked for. */
    public void load() {
        if (gate.require(null).isEmpty()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        administrator = request.isUserInRole(Role.Names.ADMINISTRATOR);
        if (!administrator && !request.isUserInRole(Role.Names.REGIONAL_COORDINATOR)) {
            gate.refuse(403);
            return;
        }
        if (administrator) {
            offices = organisations.find(OrganisationType.STATSFORVALTER, null).stream()
                    .map(o -> new Office(o.id(), o.name())).toList();
        }
        days = window(window);
        regionId = present(region).orElseGet(() -> administrator ? null : person().flatMap(Person::organisation)
                .map(Organisation::id).orElse(null));
        if (regionId != null) {
            show();
        }
    }

    /** The pairs as they are now; a refusal is our 403 or 404 page, a bad window the form's error. */
    private void show() {
        try {
            RegionOverlaps found = overlaps.find(regionId, days, person().orElse(null));
            regionName = found.region().name();
            rows = overlapRows.of(found, language.getLocale());
        } catch (RuleViolation refused) {
            switch (refused.kind()) {
                case FORBIDDEN -> gate.refuse(403);
                case NOT_FOUND -> gate.refuse(404);
                default -> error(WINDOW, refused.getMessage());
            }
        }
    }

    /** The window in days from the form: empty is the default, anything but 0 to 90 an error and the default. */
    int window(String text) {
        if (text == null || text.isBlank()) {
            return Overlaps.DEFAULT_WINDOW;
        }
        try {
            int asked = Integer.parseInt(text.strip());
            if (asked >= 0 && asked <= Overlaps.MAX_WINDOW) {
                return asked;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        error(WINDOW, CoordinatorTexts.in(language.getLocale()).getString("overlaps.error.window"));
        return Overlaps.DEFAULT_WINDOW;
    }

    public void mark(PairRow pair) {
        String state = parameter("merke");
        String note = parameter("notat");
        MarkState chosen = Arrays.stream(MarkState.values()).filter(m -> m.code().equals(state)).findFirst()
                .orElse(null);
        if (chosen == null) {
            error(radioId(pair), text("overlaps.error.state"));
            return;
        }
        if (note != null && note.strip().length() > Mark.NOTE_LENGTH) {
            error("notat-" + pair.getIndex(), text("overlaps.error.note"));
            return;
        }
        change(pair, "merket", who -> overlaps.mark(regionId, pair.getFirst().id(), pair.getSecond().id(), chosen,
                note, pair.isMarked() ? pair.getMark().version() : null, who));
    }

    public void unmark(PairRow pair) {
        change(pair, "fjernet", who -> overlaps.unmark(regionId, pair.getFirst().id(), pair.getSecond().id(), who));
    }

    private void change(PairRow pair, String what, Consumer<Person> change) {
        Optional<Person> who = gate.require(null).isEmpty() ? Optional.empty() : person();
        if (who.isEmpty()) {
            return;
        }
        try {
            change.accept(who.get());
            gate.redirect(address(what) + "#" + pair.getAnchor());
        } catch (RuntimeException e) {
            failed(e, pair);
        }
    }

    /** Someone marked or unmarked the pair meanwhile: show it as it is now and say so; else the rule's words. */
    private void failed(RuntimeException e, PairRow pair) {
        Optional<RuleViolation> violation = cause(e);
        if (violation.isEmpty()) {
            LOG.log(Level.WARNING, "Marking an overlap failed", e);
            error(radioId(pair), text("overlaps.error.generic"));
        } else if (violation.get().kind() == RuleViolation.Kind.CONFLICT
                || violation.get().kind() == RuleViolation.Kind.NOT_FOUND) {
            show();
            PairRow now = rows.stream().filter(r -> r.is(pair.getFirst().id(), pair.getSecond().id())).findFirst()
                    .orElse(null);
            String key = violation.get().kind() == RuleViolation.Kind.CONFLICT ? "overlaps.error.stale"
                    : "overlaps.error.gone";
            error(now == null ? null : radioId(now), text(key));
        } else if (violation.get().kind() == RuleViolation.Kind.FORBIDDEN) {
            gate.refuse(403);
        } else {
            error(violation.get().field() != null && violation.get().field().equals("note")
                    ? "notat-" + pair.getIndex() : radioId(pair), violation.get().getMessage());
        }
    }

    private static Optional<RuleViolation> cause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    /** This page's address with the region (when chosen) and window (when not the default), and what was done. */
    private String address(String what) {
        List<String> parameters = new ArrayList<>();
        if (administrator && regionId != null) {
            parameters.add("region=" + URLEncoder.encode(regionId, StandardCharsets.UTF_8));
        }
        if (days != Overlaps.DEFAULT_WINDOW) {
            parameters.add(WINDOW + "=" + days);
        }
        parameters.add("melding=" + what);
        return PATH + "?" + String.join("&", parameters);
    }

    static String radioId(PairRow pair) {
        return "merke-" + pair.getIndex() + "-coordinated";
    }

    private Optional<Person> person() {
        return menu.person().filter(Person::isActive);
    }

    private static void error(String field, String text) {
        FacesContext.getCurrentInstance().addMessage(field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private String text(String key) {
        return CoordinatorTexts.in(language.getLocale()).getString(key);
    }

    private static String parameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The error at a control of the page's own forms (plain inputs, so no h:message); null when none. */
    public String errorAt(String id) {
        Iterator<FacesMessage> messages = FacesContext.getCurrentInstance().getMessages(id);
        return messages.hasNext() ? messages.next().getSummary() : null;
    }

    public List<PairRow> getRows() {
        return rows;
    }

    public String getRegionId() {
        return regionId;
    }

    public String getRegionName() {
        return regionName;
    }

    public int getDays() {
        return days;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public List<Office> getOffices() {
        return offices;
    }

    /** The window as typed, for the form after an error; else the window used. */
    public String getWindowInput() {
        return window != null && FacesContext.getCurrentInstance().getMessages(WINDOW).hasNext() ? window
                : String.valueOf(days);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    /** What was just done, from the address after a redirect; not on a postback, where the page says anew. */
    public String getDone() {
        return !FacesContext.getCurrentInstance().isPostback() && done != null && DONE.contains(done) ? done : null;
    }

    public void setDone(String done) {
        this.done = done;
    }
}
