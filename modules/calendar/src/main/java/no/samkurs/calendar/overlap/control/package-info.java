/**
 * Finding overlaps: {@link no.samkurs.calendar.overlap.control.OverlapRule} says which pairs of offerings overlap, in
 * plain Java over plain records; {@link no.samkurs.calendar.overlap.control.Overlaps} loads a region's offerings,
 * applies the rule, shows the marks with the pairs and changes them, for whom
 * {@link no.samkurs.calendar.overlap.control.Coordination} allows.
 */
package no.samkurs.calendar.overlap.control;
