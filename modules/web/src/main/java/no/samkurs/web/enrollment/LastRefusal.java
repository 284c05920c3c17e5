package no.samkurs.web.enrollment;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;

/**
 * Why the last enrollment was refused, in the reader's language, kept with the session across the redirect back to
 * the offering page (post-redirect-get): the page stays stateless, and a reload says the same again.
 */
record LastRefusal(String offeringId, String message) implements Serializable {

    private static final String ATTRIBUTE = "samkurs.pamelding-avvist";

    static void remember(HttpSession session, String offeringId, String message) {
        session.setAttribute(ATTRIBUTE, new LastRefusal(offeringId, message));
    }

    /** The refusal of this offering's last enrollment, if that was what happened last. */
    static Optional<String> of(HttpSession session, String offeringId) {
        Object last = session == null ? null : session.getAttribute(ATTRIBUTE);
        return last instanceof LastRefusal refusal && refusal.offeringId().equals(offeringId)
                ? Optional.of(refusal.message()) : Optional.empty();
    }
}
