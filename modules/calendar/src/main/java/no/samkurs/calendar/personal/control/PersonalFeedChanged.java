package no.samkurs.calendar.personal.control;

/**
 * Fired synchronously, inside the transaction, whenever a person's feed token or follows change; the feeds observe
 * it to raise their generation, so that the person's feed gets a new ETag in the same commit.
 */
public record PersonalFeedChanged(String personId) {
}
