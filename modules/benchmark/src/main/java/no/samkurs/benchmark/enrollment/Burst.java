package no.samkurs.benchmark.enrollment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One burst: every token's enrollment sent exactly once (a failed request is counted, never repeated), by as many
 * threads as connections, each taking the next token until none is left. The connections are open before the clock
 * starts; the clock stops when the last answer is in.
 */
final class Burst {

    static final int FAILED = -1;
    private static final String BODY = "{\"service\":\"school\"}";

    final int[] status;
    final String[] body;
    final long[] nanos;
    /** When each answer came in (epoch ms): the enrollment's moment for the notification benchmark's delays. */
    final long[] answeredAt;
    double seconds;
    Map<String, Double> before;
    Map<String, Double> after;

    private Burst(int requests) {
        status = new int[requests];
        body = new String[requests];
        nanos = new long[requests];
        answeredAt = new long[requests];
    }

    static Burst run(InetSocketAddress server, int connections, String offering, List<String> tokens, Watch watch)
            throws IOException, InterruptedException {
        return run(server, connections, tokens.stream().map(t -> request(server, offering, t)).toArray(byte[][]::new),
                watch);
    }

    /** The same number of requests for an empty endpoint: what the server's HTTP stack alone serves, the floor. */
    static Burst empty(InetSocketAddress server, int connections, int count, Watch watch)
            throws IOException, InterruptedException {
        byte[] probe = ("GET /health/live HTTP/1.1\r\nHost: " + server.getHostString() + ":" + server.getPort()
                + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[][] requests = new byte[count][];
        Arrays.fill(requests, probe);
        return run(server, connections, requests, watch);
    }

    private static Burst run(InetSocketAddress server, int connections, byte[][] requests, Watch watch)
            throws IOException, InterruptedException {
        Burst burst = new Burst(requests.length);
        List<HttpConnection> open = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            open.add(new HttpConnection(server));
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (HttpConnection connection : open) {
            Thread thread = new Thread(() -> burst.send(connection, requests, next, go));
            thread.start();
            threads.add(thread);
        }
        burst.before = watch.sample();
        long started = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        burst.seconds = (System.nanoTime() - started) / 1e9;
        burst.after = watch.sample();
        open.forEach(HttpConnection::close);
        return burst;
    }

    private void send(HttpConnection connection, byte[][] requests, AtomicInteger next, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (int i = next.getAndIncrement(); i < requests.length; i = next.getAndIncrement()) {
            long sent = System.nanoTime();
            try {
                HttpConnection.Answer answer = connection.exchange(requests[i]);
                status[i] = answer.status();
                body[i] = answer.body();
            } catch (IOException e) {
                status[i] = FAILED;
                body[i] = e.toString();
            }
            nanos[i] = System.nanoTime() - sent;
            answeredAt[i] = System.currentTimeMillis();
        }
    }

    private static byte[] request(InetSocketAddress server, String offering, String token) {
        return ("POST /api/offerings/" + offering + "/enrollments HTTP/1.1\r\n"
                + "Host: " + server.getHostString() + ":" + server.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Accept: application/json\r\n"
                + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY).getBytes(StandardCharsets.US_ASCII);
    }
}
