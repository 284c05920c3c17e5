/**
 * The directory: Norway as Samkurs sees it. Counties and municipalities (2024 structure, with population and
 * coordinates), the provider organisations (competence centres and statsforvalter offices) and the counties they
 * cover, and the people who use Samkurs with their roles.
 */
package no.samkurs.directory;
