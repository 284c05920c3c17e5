/**
 * The catalog: every offering (course, webinar, learning network, e-learning) from every provider, published once,
 * jointly by its hosts, with its dated sessions; and the one search over all of them. Owns the offering aggregate
 * (co-hosting, lifecycle, revision), the fixed vocabularies (topics, target groups, kinds, delivery) and the search
 * index. Enrollment and the calendar build on it; it knows nothing of them.
 */
package no.samkurs.catalog;
