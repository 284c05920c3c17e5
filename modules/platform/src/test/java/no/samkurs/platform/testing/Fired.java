package no.samkurs.platform.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** CDI's Event outside the container: remembers what was fired and hands it to the observer, synchronously. */
public final class Fired<T> implements Event<T> {

    public final List<T> fired = new ArrayList<>();
    private final Consumer<T> observer;

    public Fired(Consumer<T> observer) {
        this.observer = observer;
    }

    public Fired() {
        this(event -> { });
    }

    @Override
    public void fire(T event) {
        fired.add(event);
        observer.accept(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException("Tests fire synchronously");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        throw new UnsupportedOperationException("Tests fire synchronously");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
