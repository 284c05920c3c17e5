/**
 * Accounts: creating people with hashed passwords (or, imported in bulk, without any: they sign in by token only),
 * changing their roles, home and status (announced as {@code AccountChanged}), finding them, and the identity
 * store that checks a caller's password and hands the container their roles. Authentication mechanisms (HTTP
 * Basic, web login, later SSO) sit in the app and reach this store only through Jakarta Security.
 */
package no.samkurs.directory.people.control;
