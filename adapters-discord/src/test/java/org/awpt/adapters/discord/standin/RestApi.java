package org.awpt.adapters.discord.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST side of the stand-in: a route table below {@code /api/v10/}, the hosted attachment files,
 * and the WebSocket upgrade for the gateway. Every request is recorded; unknown routes answer 404. Each
 * request and answer is held to Discord's published description ({@link ApiConformance}): a request
 * body that breaks it is refused as Discord would (400, 50035), and the call is recorded as unexpected.
 */
final class RestApi extends Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
    private static final String API_PREFIX = "api/v10/";
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern DISPOSITION_NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern DISPOSITION_FILE = Pattern.compile("filename=\"([^\"]*)\"");

    /** A parsed request; {@code receivedNanos} is when the stand-in got it ({@link System#nanoTime}). */
    record Incoming(String method, String path, String query, JsonNode json, List<Upload> uploads,
            String authorization, long receivedNanos) {
    }

    /** What to answer: a status, a JSON body (or none) and extra headers. */
    record Answer(int status, JsonNode body, Map<String, String> headers) {

        static Answer json(JsonNode body) {
            return new Answer(200, body, Map.of());
        }

        /** 201, as Discord answers a creation (a guild channel). */
        static Answer created(JsonNode body) {
            return new Answer(201, body, Map.of());
        }

        static Answer noContent() {
            return new Answer(204, MissingNode.getInstance(), Map.of());
        }

        static Answer error(int status, int code, String message) {
            return new Answer(status, Json.error(code, message), Map.of());
        }
    }

    @FunctionalInterface
    interface Handler {
        Answer handle(Incoming request, Matcher path);
    }

    private record Route(String method, Pattern path, boolean authenticated, Handler handler) {
    }

    private final DiscordStandIn discord;
    private final CallLog log;
    private final FailureRules failures;
    private final Gateway gateway;
    private final List<Route> routes = new ArrayList<>();
    private final ApiConformance conformance = new ApiConformance(DiscordApiDescription.get());

    RestApi(DiscordStandIn discord, CallLog log, FailureRules failures, Gateway gateway) {
        this.discord = discord;
        this.log = log;
        this.failures = failures;
        this.gateway = gateway;
        DiscordRoutes.register(this, discord);
        conformance.prepare((method, path) -> routes.stream()
                .anyMatch(route -> route.method().equals(method) && route.path().matcher(path).matches()));
    }

    void route(String method, String pathRegex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), true, handler));
    }

    /** A route Discord serves without the bot token (interaction callbacks and webhooks). */
    void tokenlessRoute(String method, String pathRegex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), false, handler));
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        long receivedNanos = System.nanoTime();
        if ("websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
            return new MockResponse.Builder().webSocketUpgrade(gateway).build();
        }
        String fullPath = String.join("/", request.getUrl().pathSegments());
        if (request.getMethod().equals("GET") && fullPath.startsWith("attachments/")) {
            return serveFile(fullPath);
        }
        Incoming incoming;
        try {
            incoming = parse(request, fullPath, receivedNanos);
        } catch (RuntimeException e) {
            LOG.error("Stand-in could not parse {} {}", request.getMethod(), fullPath, e);
            throw e;
        }
        boolean checked = discord.conformanceChecks();
        List<String> violations = checked ? new ArrayList<>(conformance.request(incoming.method(), incoming.path(),
                incoming.json())) : new ArrayList<>();
        Answer answer;
        boolean routed = true;
        Optional<FailureRules.OneShot> failure;
        if (!violations.isEmpty() && conformance.documented(incoming.method(), incoming.path())) {
            // Discord refuses a body that breaks its schema, as "Invalid Form Body".
            answer = Answer.error(400, 50035, "Invalid Form Body");
        } else if ((failure = failures.take(incoming.method(), incoming.path())).isPresent()) {
            answer = new Answer(failure.get().status(), failure.get().body(), failure.get().headers());
        } else {
            Optional<Answer> handled = route(incoming);
            routed = handled.isPresent();
            answer = handled.orElseGet(() -> Answer.error(404, 0, "404: Not Found"));
        }
        if (checked) {
            violations.addAll(conformance.response(incoming.method(), incoming.path(), answer.status(), answer.body()));
        }
        RecordedCall call = new RecordedCall(incoming.method(), incoming.path(), incoming.query(), incoming.json(),
                incoming.uploads(), answer.status(), routed, violations,
                Duration.ofNanos(System.nanoTime() - receivedNanos));
        if (!call.expected()) {
            LOG.warn("Unexpected request to the Discord stand-in: {}", call);
        }
        log.add(call);
        return respond(answer);
    }

    private Optional<Answer> route(Incoming incoming) {
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(incoming.path());
            if (route.method().equals(incoming.method()) && matcher.matches()) {
                if (route.authenticated() && !discord.authorized(incoming.authorization())) {
                    return Optional.of(Answer.error(401, 0, "401: Unauthorized"));
                }
                try {
                    return Optional.of(route.handler().handle(incoming, matcher));
                } catch (RuntimeException e) {
                    LOG.error("Stand-in route failed for {} {}", incoming.method(), incoming.path(), e);
                    return Optional.of(Answer.error(500, 0, "Stand-in failure: " + e));
                }
            }
        }
        return Optional.empty();
    }

    private MockResponse serveFile(String fullPath) {
        String[] parts = fullPath.split("/");
        Optional<Upload> file = parts.length >= 2 ? discord.board().file(Long.parseUnsignedLong(parts[1]))
                : Optional.empty();
        if (file.isEmpty()) {
            return new MockResponse.Builder().code(404).build();
        }
        String type = file.get().contentType().isEmpty() ? "application/octet-stream" : file.get().contentType();
        return new MockResponse.Builder().code(200).addHeader("Content-Type", type)
                .body(new Buffer().write(file.get().bytes())).build();
    }

    private static MockResponse respond(Answer answer) {
        MockResponse.Builder builder = new MockResponse.Builder().code(answer.status());
        answer.headers().forEach(builder::addHeader);
        if (!answer.body().isMissingNode()) {
            builder.addHeader("Content-Type", "application/json").body(Json.write(answer.body()));
        }
        return builder.build();
    }

    private static Incoming parse(RecordedRequest request, String fullPath, long receivedNanos) {
        String path = fullPath.startsWith(API_PREFIX) ? fullPath.substring(API_PREFIX.length()) : fullPath;
        String query = Optional.ofNullable(request.getUrl().encodedQuery()).orElse("");
        ByteString body = request.getBody();
        String contentType = Optional.ofNullable(request.getHeaders().get("Content-Type")).orElse("");
        JsonNode json = MissingNode.getInstance();
        List<Upload> uploads = new ArrayList<>();
        if (body != null && body.size() > 0) {
            if (contentType.startsWith("multipart/")) {
                json = readMultipart(body, contentType, uploads);
            } else {
                json = Json.parse(body.string(StandardCharsets.UTF_8));
            }
        }
        String authorization = Optional.ofNullable(request.getHeaders().get("Authorization")).orElse("");
        return new Incoming(request.getMethod(), path, query, json, uploads, authorization, receivedNanos);
    }

    private static JsonNode readMultipart(ByteString body, String contentType, List<Upload> uploads) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("Multipart without boundary: " + contentType);
        }
        JsonNode json = MissingNode.getInstance();
        try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary.group(1))) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                Headers headers = part.headers();
                String disposition = Optional.ofNullable(headers.get("Content-Disposition")).orElse("");
                Matcher name = DISPOSITION_NAME.matcher(disposition);
                String field = name.find() ? name.group(1) : "";
                byte[] bytes = part.body().readByteArray();
                if (field.equals("payload_json")) {
                    json = Json.parse(new String(bytes, StandardCharsets.UTF_8));
                } else {
                    Matcher file = DISPOSITION_FILE.matcher(disposition);
                    String type = Optional.ofNullable(headers.get("Content-Type")).map(MediaType::parse)
                            .map(media -> media.type() + "/" + media.subtype()).orElse("");
                    uploads.add(new Upload(field, file.find() ? file.group(1) : field, type, bytes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json;
    }
}
