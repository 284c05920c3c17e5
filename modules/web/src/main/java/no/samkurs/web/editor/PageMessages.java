package no.samkurs.web.editor;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the catalog answered, as messages on the edit page: a rule's message at the field it names (or at the top),
 * anything unexpected as a plain apology with the details in the log, never the exception's own text.
 */
final class PageMessages {

    private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

    private PageMessages() {
    }

    /**
     * What was just done, named by the address after a redirect, if it is one the page knows; not on a postback,
     * where the page says anew what happened.
     */
    static String done(String done, Set<String> known) {
        return !FacesContext.getCurrentInstance().isPostback() && done != null && known.contains(done) ? done : null;
    }

    /** A message at the control of a field named as the catalog names it (null: the form as a whole). */
    static void at(String field, FacesMessage message) {
        FacesContext.getCurrentInstance().addMessage(FieldIds.of(field), message);
    }

    static void error(String field, String text) {
        at(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** The failure shown; {@code rowPath} takes the catalog's positions of sessions and links to the form's rows. */
    static void failure(RuntimeException e, UnaryOperator<String> rowPath, String apology) {
        Optional<RuleViolation> violation = cause(e, RuleViolation.class);
        if (violation.isEmpty()) {
            LOG.log(Level.WARNING, "Editing an offering failed", e);
            error(null, apology);
        } else if (violation.get().toProblem().errors().isEmpty()) {
            at(null, new CatalogMessage(violation.get().getMessage()));
        } else {
            violation.get().toProblem().errors()
                    .forEach(f -> at(rowPath.apply(f.field()), new CatalogMessage(f.message())));
        }
    }

    /** Someone else's save came first: the catalog's version check, or the database's optimistic lock. */
    static boolean isConflict(RuntimeException e) {
        return cause(e, OptimisticLockException.class).isPresent()
                || cause(e, RuleViolation.class).map(v -> v.kind() == RuleViolation.Kind.CONFLICT).orElse(false);
    }

    /** Containers wrap what went wrong: the nearest cause of the type in the chain. */
    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
