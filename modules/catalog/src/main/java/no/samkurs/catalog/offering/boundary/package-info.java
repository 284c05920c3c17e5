/** The offering REST API: reading, editing, co-hosting and lifecycle, and each organisation's listing. */
package no.samkurs.catalog.offering.boundary;
