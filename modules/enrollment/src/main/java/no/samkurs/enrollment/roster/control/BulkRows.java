package no.samkurs.enrollment.roster.control;

import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.platform.problem.Problem.FieldError;
import no.samkurs.platform.problem.RuleViolation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of a bulk enrollment that need no database: the upload's size, each row's e-mail and service, a person
 * named twice, and whether a person found may be enrolled by this caller. Each row's errors are its own; one bad
 * row stops no other.
 */
public final class BulkRows {

    public static final int MAX_ROWS = 1_000;
    static final String NOT_FOUND = "Fant ingen aktiv bruker med denne e-postadressen i kommunen din.";
    static final String NOT_FOUND_ANYWHERE = "Fant ingen aktiv bruker med denne e-postadressen.";
    static final String NO_MUNICIPALITY = "Brukeren er ikke knyttet til noen kommune.";
    static final String WRONG_ROLE = "Bare brukere med rollen deltaker eller kommunekontakt kan meldes på.";
    private static final Pattern EMAIL = Pattern.compile(Person.EMAIL_PATTERN);

    private BulkRows() {
    }

    /** One row as sent: an e-mail address and a service code (optional). */
    public record Row(String email, String service) {
    }

    /** One row checked: the normalised e-mail and service code, or what is wrong with it. */
    public record Line(int row, String email, String service, List<FieldError> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A person as far as bulk enrollment asks about them. */
    public record Candidate(String personId, boolean active, String municipality, Set<Role> roles) {

        static Candidate of(Person person) {
            return new Candidate(person.id(), person.isActive(),
                    person.municipality().map(m -> m.number()).orElse(null), person.roles());
        }
    }

    /** The rows checked, numbered from 1 in the order sent; refuses an empty or too large upload as a whole. */
    public static List<Line> check(List<Row> rows) {
        if (rows == null || rows.isEmpty()) {
            throw RuleViolation.invalid("rows", "Send minst én rad med e-postadresse.");
        }
        if (rows.size() > MAX_ROWS) {
            throw RuleViolation.invalid("rows", "Høyst " + MAX_ROWS + " rader per opplasting; del den opp.");
        }
        Map<String, Integer> firstRow = new HashMap<>();
        List<Line> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            int number = i + 1;
            Row row = rows.get(i) == null ? new Row(null, null) : rows.get(i);
            List<FieldError> errors = new ArrayList<>();
            String email = email(row.email(), errors);
            String service = service(row.service(), errors);
            if (email != null) {
                Integer earlier = firstRow.putIfAbsent(email, number);
                if (earlier != null) {
                    errors.add(new FieldError("email", "Samme e-postadresse står allerede på rad " + earlier + "."));
                }
            }
            lines.add(new Line(number, email != null ? email : trimmed(row.email()), service, List.copyOf(errors)));
        }
        return lines;
    }

    /** What stops this caller from enrolling the person found (empty when nothing does); null: nobody found. */
    public static Optional<FieldError> refusal(Candidate candidate, Caller caller) {
        String notFound = caller.administrator() ? NOT_FOUND_ANYWHERE : NOT_FOUND;
        if (candidate == null || !candidate.active()) {
            return Optional.of(new FieldError("email", notFound));
        }
        if (candidate.municipality() == null) {
            return Optional.of(new FieldError("email", caller.administrator() ? NO_MUNICIPALITY : notFound));
        }
        if (!caller.maySeeMunicipality(candidate.municipality())) {
            return Optional.of(new FieldError("email", notFound));
        }
        if (!candidate.roles().contains(Role.PARTICIPANT) && !candidate.roles().contains(Role.MUNICIPAL_CONTACT)) {
            return Optional.of(new FieldError("email", WRONG_ROLE));
        }
        return Optional.empty();
    }

    private static String email(String value, List<FieldError> errors) {
        String email = trimmed(value);
        if (email == null) {
            errors.add(new FieldError("email", Person.EMAIL_NEEDED));
        } else if (email.length() > Person.EMAIL_MAX) {
            errors.add(new FieldError("email", Person.EMAIL_TOO_LONG));
        } else if (!EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", Person.EMAIL_INVALID));
        } else {
            return Person.normalised(email);
        }
        return null;
    }

    private static String service(String value, List<FieldError> errors) {
        String code = trimmed(value);
        if (code == null) {
            return null;
        }
        try {
            return Term.parse(TargetGroup.class, "service", code).code();
        } catch (RuleViolation e) {
            errors.add(new FieldError("service", e.getMessage()));
            return null;
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
