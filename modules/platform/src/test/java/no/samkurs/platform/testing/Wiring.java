package no.samkurs.platform.testing;

import java.lang.reflect.Field;

/**
 * Puts collaborators into the fields CDI would inject, for the real classes outside the container. By reflection,
 * since the fields are package-private in packages other than the test's.
 */
public final class Wiring {

    private Wiring() {
    }

    public static <T> T set(T target, String field, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return target;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no field " + field);
    }
}
