/**
 * Overlaps for regional coordinators: published offerings of different providers that share a topic, a target group
 * and a county with sessions close in time, or with near-duplicate titles; and the marks (coordinated, conflict) a
 * region's coordinators put on them.
 */
package no.samkurs.calendar.overlap;
