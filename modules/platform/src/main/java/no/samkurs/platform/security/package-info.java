/**
 * Security rules every component shares: role guards on REST resources ({@code @RolesAllowed} answering 401 to the
 * anonymous and 403 to the wrong role), the only redirect targets we accept ({@link LocalPath}), the pause after
 * failed sign-ins ({@link Throttle}), what a refused sign-in leaves for its answer ({@link SignInRefusal}) and the
 * short memory of correct credentials ({@link CredentialCache}).
 */
package no.samkurs.platform.security;
