package no.samkurs.app.openapi;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import no.samkurs.app.Api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Java method behind each operation ({@code GET /api/people/me}), so that the API description can read what
 * only the code states, such as {@code @RolesAllowed}. The servlet container hands over every {@code @Path} class
 * of every component at start-up; Payara builds the description later, on the first request for it.
 */
@HandlesTypes(Path.class)
public class ResourceMethods implements ServletContainerInitializer {

    private static volatile Map<String, Method> byOperation = Map.of();

    @Override
    public void onStartup(Set<Class<?>> types, ServletContext context) {
        String root = Api.class.getAnnotation(ApplicationPath.class).value();
        Map<String, Method> operations = new HashMap<>();
        for (Class<?> type : types == null ? Set.<Class<?>>of() : types) {
            Path base = type.getAnnotation(Path.class);
            for (Method method : base == null ? new Method[0] : type.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    operations.put(key(httpMethod, path(root, base.value(), sub == null ? "" : sub.value())), method);
                }
            }
        }
        byOperation = Map.copyOf(operations);
    }

    static Optional<Method> of(String httpMethod, String path) {
        return Optional.ofNullable(byOperation.get(key(httpMethod, path)));
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String path(String... parts) {
        String joined = ("/" + String.join("/", parts)).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String key(String httpMethod, String path) {
        return httpMethod.toUpperCase() + " " + path;
    }
}
