/** The coordinators' overlaps API: a region's overlapping pairs with their marks, and marking and unmarking them. */
package no.samkurs.calendar.overlap.boundary;
