/** A region's coordinators' mark on a pair of overlapping offerings: coordinated (with a note) or conflict. */
package no.samkurs.calendar.overlap.entity;
