package no.samkurs.catalog.offering.control;

/**
 * An organisation was invited to co-host an offering. Fired inside the transaction of the invitation, so that a
 * notification recorded with it is kept exactly when the invitation is; observe it {@code AFTER_SUCCESS} to act
 * once it is committed.
 */
public record CoHostInvited(String offeringId, String organisationId) {
}
