/** Search, facets and the open schema.org feed of published offerings. */
package no.samkurs.catalog.search.boundary;
