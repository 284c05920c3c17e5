package no.samkurs.directory.people.control;

/**
 * Fired when an account's roles, home or status changed; observed after commit by whatever remembers who may do
 * what (the sign-in's memory of HTTP Basic credentials), so that the change takes effect at once.
 */
public record AccountChanged(String personId) {
}
