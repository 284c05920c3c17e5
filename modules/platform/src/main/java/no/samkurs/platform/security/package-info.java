/**
 * Guards REST resources by role: {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on resource classes
 * and methods, answering 401 to the anonymous and 403 to the signed-in without the role.
 */
package no.samkurs.platform.security;
