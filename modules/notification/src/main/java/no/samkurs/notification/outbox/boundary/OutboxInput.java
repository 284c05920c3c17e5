package no.samkurs.notification.outbox.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import no.samkurs.notification.outbox.entity.Status;
import no.samkurs.platform.problem.JsonBody;
import no.samkurs.platform.problem.RuleViolation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The outbox API's input, checked: a status by its code, a page, and the version in an optional body. */
final class OutboxInput {

    static final int MAX_SIZE = 100;

    private OutboxInput() {
    }

    static String code(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The status named ("pending", "sent", "failed"), or null for all when none is. */
    static Status status(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        List<String> codes = Arrays.stream(Status.values()).map(OutboxInput::code).toList();
        return Arrays.stream(Status.values()).filter(s -> code(s).equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> RuleViolation.notAllowed("status", code.strip(), codes));
    }

    static void paging(int page, int size) {
        if (page < 1) {
            throw RuleViolation.invalid("page", "Sidetallet begynner på 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RuleViolation.invalid("size", "Sidestørrelsen må være mellom 1 og " + MAX_SIZE + ".");
        }
    }

    /** The version from a body such as {"version": 3}; null when there is no body or no version in it. */
    static Long version(String body) {
        JsonValue version = JsonBody.member(body, "version", "{\"version\": 3}").orElse(null);
        if (version == null) {
            return null;
        }
        if (!(version instanceof JsonNumber number) || !number.isIntegral()) {
            throw RuleViolation.invalid("version", "version er et heltall: versjonen av meldingen du så.");
        }
        return number.longValue();
    }
}
