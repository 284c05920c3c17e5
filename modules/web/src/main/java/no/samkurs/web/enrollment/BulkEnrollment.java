package no.samkurs.web.enrollment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.roster.control.BulkEnrollments;
import no.samkurs.enrollment.roster.control.BulkRows;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.web.account.FollowedOffering;
import no.samkurs.web.account.FollowedOfferings;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;
import no.samkurs.web.layout.Menu;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A municipal contact enrolls colleagues in an offering ({@code /kommune/pamelding?tilbud=…}): e-mail addresses
 * pasted one per line (a service after a semicolon if they like), or a CSV file; one result per line, in the
 * reader's language. The roster decides who may be enrolled; sending the same list again enrolls nobody twice.
 * The answer is the page itself, with the results: nothing is lost by sending it again.
 */
@Named
@ViewScoped
public class BulkEnrollment implements Serializable {

    static final String FORM = "kolleger";
    static final int MAX_FILE = 1024 * 1024;

    @Inject
    Gate gate;

    @Inject
    Menu menu;

    @Inject
    Readers readers;

    @Inject
    FollowedOfferings readable;

    @Inject
    Offerings offerings;

    @Inject
    BulkEnrollments bulk;

    @Inject
    Language language;

    private String offeringId;
    private String title;
    private String text;
    private transient Part file;
    private List<BulkRow> results;

    /** On the first GET: a municipal contact of a municipality, and an offering they may read. */
    public void load() {
        if (contact().isEmpty()) {
            return;
        }
        Optional<FollowedOffering> offering = readable.readable(offeringId, readers.of(FacesContext
                .getCurrentInstance().getExternalContext().getUserPrincipal()));
        if (offering.isEmpty()) {
            gate.refuse(404);
            return;
        }
        offeringId = offering.get().id();
        title = offering.get().title();
    }

    private Optional<Caller> contact() {
        Optional<Caller> caller = gate.require(Role.Names.MUNICIPAL_CONTACT).flatMap(reader -> menu.person())
                .filter(Person::isActive).map(Caller::of);
        if (caller.isPresent() && caller.get().municipality() == null) {
            gate.refuse(403);
            return Optional.empty();
        }
        return caller;
    }

    public void run() {
        Optional<Caller> caller = contact();
        if (caller.isEmpty() || title == null) {
            return;
        }
        Texts texts = Texts.of(language.getLocale());
        String upload;
        try {
            upload = read(file);
        } catch (IOException e) {
            error(FORM + ":fil", texts.get("bulk.file.unreadable"));
            return;
        }
        if (upload == null && file != null && file.getSize() > MAX_FILE) {
            error(FORM + ":fil", texts.get("bulk.file.tooLarge"));
            return;
        }
        List<BulkInput.Entry> entries = BulkInput.read(upload != null ? upload : text);
        List<BulkRows.Row> rows = entries.stream().map(e -> new BulkRows.Row(e.email(), Services.code(e.service())))
                .toList();
        Offering offering = offerings.byId(offeringId).orElse(null);
        if (offering == null) {
            gate.refuse(404);
            return;
        }
        try {
            List<BulkEnrollments.Result> answered = bulk.run(caller.get(), offering, rows, language.getLocale());
            results = new ArrayList<>();
            for (int i = 0; i < answered.size(); i++) {
                results.add(row(entries, entries.get(i), answered.get(i), texts));
            }
        } catch (RuleViolation refused) {
            results = null;
            Problem problem = refused.toProblem();
            String message = problem.errors().isEmpty() ? refused.getMessage() : problem.errors().get(0).message();
            String field = problem.errors().isEmpty() ? null : problem.errors().get(0).field();
            error(FORM + ":adresser", RuleWords.text(field, message, texts));
        }
    }

    /** The file's text (UTF-8, as a spreadsheet saves CSV), or null when no file was chosen or it is too large. */
    private static String read(Part file) throws IOException {
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_FILE) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readNBytes(MAX_FILE), StandardCharsets.UTF_8);
        }
    }

    private static BulkRow row(List<BulkInput.Entry> entries, BulkInput.Entry entry, BulkEnrollments.Result result,
                               Texts texts) {
        String email = entry.email() == null ? "" : entry.email();
        return switch (result.status()) {
            case "confirmed" -> new BulkRow(entry.line(), email, "confirmed", texts.get("bulk.result.confirmed"), null);
            case "waitlisted" -> new BulkRow(entry.line(), email, "waitlisted",
                    texts.get("bulk.result.waitlisted", result.position()), null);
            case "exists" -> new BulkRow(entry.line(), email, "exists", texts.get("bulk.result.exists"), null);
            case "refused" -> new BulkRow(entry.line(), email, "error", result.message(), null);
            default -> {
                List<Problem.FieldError> errors = result.errors() == null ? List.of() : result.errors();
                boolean known = errors.stream().allMatch(e -> RuleWords.known(e.field(), e.message()));
                String words = errors.stream().map(e -> said(entries, e, texts)).collect(Collectors.joining(" "));
                yield new BulkRow(entry.line(), email, "error", words, known ? null : "nb");
            }
        };
    }

    /** A row's error in words; "the same address as row 2" names the line as the person numbered it. */
    private static String said(List<BulkInput.Entry> entries, Problem.FieldError error, Texts texts) {
        Optional<RuleWords.Said> said = RuleWords.of(error.field(), error.message());
        if (said.isPresent() && said.get().key().equals("bulk.email.twice")) {
            int row = Integer.parseInt(said.get().values().get(0));
            int line = row >= 1 && row <= entries.size() ? entries.get(row - 1).line() : row;
            return texts.get("bulk.email.twice", line);
        }
        return RuleWords.text(error.field(), error.message(), texts);
    }

    private static void error(String control, String text) {
        FacesContext.getCurrentInstance().addMessage(control,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** How many lines ended each way, for the summary above the results. */
    public long count(String kind) {
        return results == null ? 0 : results.stream().filter(r -> r.kind().equals(kind)).count();
    }

    public String getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(String offeringId) {
        this.offeringId = offeringId;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<BulkRow> getResults() {
        return results;
    }
}
