package no.samkurs.enrollment.roster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.control.Arrivals;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.enrollment.booking.control.Placement;
import no.samkurs.enrollment.booking.entity.Refusal;
import no.samkurs.enrollment.booking.entity.Refused;
import no.samkurs.platform.problem.Problem.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * A municipal contact enrolls colleagues from a list: each row is checked on its own (see {@link BulkRows}), then
 * every valid row goes to the desk at once, so that they share its batches, and the answers are awaited together.
 * The desk answers a person already enrolled with their enrollment, so an upload sent again creates nothing new.
 * Must not run inside a transaction: the desk commits each batch on its own.
 */
@ApplicationScoped
public class BulkEnrollments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Arrivals arrivals;

    /**
     * What became of row {@code row} (from 1): {@code confirmed} or {@code waitlisted} (new), {@code exists} (was
     * already enrolled), {@code invalid} (see {@code errors}) or {@code refused} by the desk ({@code reason} is the
     * refusal's code, {@code message} its words).
     */
    public record Result(int row, String email, String status, String enrollmentId, Integer position,
                         List<FieldError> errors, String reason, String message) {

        static Result invalid(BulkRows.Line line, List<FieldError> errors) {
            return new Result(line.row(), line.email(), "invalid", null, null, errors, null, null);
        }

        static Result refused(BulkRows.Line line, Refused refused, Locale language) {
            return new Result(line.row(), line.email(), "refused", null, null, null, refused.reason().code(),
                    refused.message(language));
        }

        static Result placed(BulkRows.Line line, Placement p) {
            return new Result(line.row(), line.email(), p.created() ? p.status().code() : "exists",
                    p.enrollmentId(), p.position(), null, null, null);
        }
    }

    public List<Result> run(Caller caller, Offering offering, List<BulkRows.Row> rows, Locale language) {
        List<BulkRows.Line> lines = BulkRows.check(rows);
        Map<String, Person> people = people(lines.stream().filter(BulkRows.Line::valid).map(BulkRows.Line::email)
                .toList());
        Result[] results = new Result[lines.size()];
        Map<Integer, CompletableFuture<Placement>> pending = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BulkRows.Line line = lines.get(i);
            if (!line.valid()) {
                results[i] = Result.invalid(line, line.errors());
                continue;
            }
            Person person = people.get(line.email());
            BulkRows.Candidate candidate = person == null ? null : BulkRows.Candidate.of(person);
            var refusal = BulkRows.refusal(candidate, caller);
            if (refusal.isPresent()) {
                results[i] = Result.invalid(line, List.of(refusal.get()));
                continue;
            }
            String municipality = candidate.municipality();
            pending.put(i, arrivals.enroll(new Arrivals.Request(offering.id(), candidate.personId(), municipality,
                    line.service(), null, caller.personId())));
        }
        pending.forEach((i, answer) -> results[i] = answer(lines.get(i), answer, language));
        return List.of(results);
    }

    private static Result answer(BulkRows.Line line, CompletableFuture<Placement> answer, Locale language) {
        try {
            Placement placement = answer.get();
            return placement.isRefused() ? Result.refused(line, placement.refused(), language)
                    : Result.placed(line, placement);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.refused(line, new Refused(Refusal.BUSY), language);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refused refused) {
                return Result.refused(line, refused, language);
            }
            if (e.getCause() instanceof TimeoutException) {
                return Result.refused(line, new Refused(Refusal.BUSY), language);
            }
            throw new IllegalStateException("Bulk enrollment of row " + line.row() + " failed", e.getCause());
        }
    }

    /** The people with these (normalised) e-mail addresses, by address, in a few queries. */
    private Map<String, Person> people(List<String> emails) {
        Map<String, Person> people = new HashMap<>();
        List<String> distinct = new ArrayList<>(emails.stream().distinct().toList());
        for (int from = 0; from < distinct.size(); from += 500) {
            em.createQuery("SELECT p FROM Person p WHERE p.email IN :emails", Person.class)
                    .setParameter("emails", distinct.subList(from, Math.min(from + 500, distinct.size())))
                    .getResultList().forEach(p -> people.put(p.email(), p));
        }
        return people;
    }
}
