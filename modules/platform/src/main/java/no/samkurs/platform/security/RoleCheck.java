package no.samkurs.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces the security annotations of JAX-RS resources. Unlike a plain "403 for everyone", an anonymous caller is
 * told to authenticate (401 with a Basic challenge) so that scripts and browsers know what to do.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    public static final String CHALLENGE = "Basic realm=\"Samkurs\", charset=\"UTF-8\"";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Guard(null));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Guard(List.of(method.getAnnotation(RolesAllowed.class).value())));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new Guard(null));
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new Guard(Arrays.asList(type.getAnnotation(RolesAllowed.class).value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Guard implements ContainerRequestFilter {

        private final List<String> roles;

        Guard(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException(CHALLENGE);
            }
            if (roles == null || roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
