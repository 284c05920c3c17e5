package no.samkurs.enrollment.roster.control;

import java.time.Instant;

/** One enrollment of a municipality's people, as its contacts see them: who, in which offering, where they stand. */
public record MunicipalEnrollment(String enrollmentId, String personId, String name, String email,
                                  String offeringId, String offeringTitle, String status, Integer position,
                                  String service, Instant arrivedAt) {
}
