package no.samkurs.calendar.overlap.control;

import no.samkurs.calendar.overlap.entity.Mark;

import java.util.Optional;

/** An overlapping pair with its coordinators' mark, if they set one. */
public record MarkedOverlap(Overlap overlap, Optional<Mark> mark) {
}
