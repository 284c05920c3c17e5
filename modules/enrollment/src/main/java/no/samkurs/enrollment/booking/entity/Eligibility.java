package no.samkurs.enrollment.booking.entity;

import java.util.OptionalDouble;

/**
 * Whether a municipality may use an offering's fair-share seats: farther than the policy's distance from the
 * nearest centre of the lead provider's family, or, when the policy says so, not reached by any offering this
 * season. A municipality whose distance is unknown is not far.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static boolean eligible(Policy policy, OptionalDouble distanceKm, boolean reachedThisSeason) {
        boolean far = policy.farKm().isPresent() && distanceKm.isPresent()
                && distanceKm.getAsDouble() > policy.farKm().get();
        return far || policy.unreached() && !reachedThisSeason;
    }
}
