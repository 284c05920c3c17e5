package no.samkurs.directory.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.Problem.FieldError;
import no.samkurs.platform.problem.RuleViolation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates people in bulk without local passwords (they sign in by token, later SSO). Each row stands alone: it is
 * checked, then created in its own transaction ({@link Accounts#create}), so one bad row stops no other. A row
 * whose e-mail is already a person's is "exists", which makes repeating an upload create nothing new.
 */
@ApplicationScoped
public class PeopleImport {

    public static final int MAX_ROWS = 5_000;

    /** One person to create: the fields of creating one person, minus the password. */
    public record Row(String email, String name, List<String> roles, String municipality, String organisation) {
    }

    /** What became of row number {@code row} (from 1): created, exists or invalid (then the errors). */
    public record Result(int row, String email, String status, String id, List<FieldError> errors) {
    }

    @Inject
    Accounts accounts;

    protected PeopleImport() {
    }

    public PeopleImport(Accounts accounts) {
        this.accounts = accounts;
    }

    /** One result per row, in order; must not run inside a transaction, or the rows would share it. */
    public List<Result> run(List<Row> rows) {
        if (rows == null || rows.isEmpty()) {
            throw RuleViolation.invalid("rows", "Send minst én person.");
        }
        if (rows.size() > MAX_ROWS) {
            throw RuleViolation.invalid("rows", "Høyst " + MAX_ROWS + " personer per opplasting; del den opp.");
        }
        List<Result> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            results.add(one(i + 1, rows.get(i) == null ? new Row(null, null, null, null, null) : rows.get(i)));
        }
        return results;
    }

    private Result one(int number, Row row) {
        String email = trimmed(row.email());
        List<FieldError> errors = new ArrayList<>(Person.detailsBrokenBy(email, row.name()));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : row.roles() == null ? List.<String>of() : row.roles()) {
            Optional<Role> role = Role.ofName(trimmed(name));
            role.ifPresentOrElse(roles::add, () -> errors.add(fieldError(
                    RuleViolation.notAllowed("roles", name, Role.names()))));
        }
        if (!errors.isEmpty()) {
            return new Result(number, email, "invalid", null, errors);
        }
        Optional<Person> existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            return exists(number, existing.get());
        }
        try {
            Person created = accounts.create(email, row.name(), null, roles, trimmed(row.municipality()),
                    trimmed(row.organisation()));
            return new Result(number, created.email(), "created", created.id(), null);
        } catch (RuleViolation violation) {
            if (violation.kind() == RuleViolation.Kind.CONFLICT) {
                return accounts.byEmail(email).map(p -> exists(number, p)).orElseThrow(() -> violation);
            }
            return new Result(number, email, "invalid", null, List.of(fieldError(violation)));
        } catch (RuntimeException raced) {
            // Another upload created the same address between our look and our commit: the unique key said no.
            return accounts.byEmail(email).map(p -> exists(number, p)).orElseThrow(() -> raced);
        }
    }

    private static Result exists(int number, Person person) {
        return new Result(number, person.email(), "exists", person.id(), null);
    }

    private static FieldError fieldError(RuleViolation violation) {
        return new FieldError(violation.field() == null ? "" : violation.field(), violation.getMessage());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
