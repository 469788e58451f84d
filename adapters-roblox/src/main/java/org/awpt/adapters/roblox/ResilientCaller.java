package org.awpt.adapters.roblox;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.awpt.application.roblox.RobloxUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Sends one Roblox call with bounded retries (Resilience4j Retry) behind a circuit breaker.
 * Answers 2xx and 4xx (other than 429) come back for the gateway to read; rate limits, 5xx,
 * timeouts and broken connections are retried and then reported as an outage.
 */
final class ResilientCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ResilientCaller.class);
    private static final double BACKOFF_MULTIPLIER = 2.0;
    private static final double BACKOFF_JITTER = 0.5;

    private final RobloxSettings settings;
    private final Clock clock;
    private final Retry retry;
    private final CircuitBreaker breaker;

    ResilientCaller(RobloxSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        // Doubling from initialBackoff, each wait drawn within +-50% of it, never above maxBackoff.
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(
                settings.initialBackoff(), BACKOFF_MULTIPLIER, BACKOFF_JITTER, settings.maxBackoff());
        // Resilience4j decides whether to try again and how long to wait, unless Roblox said how long
        // (Retry-After). The wait itself goes through the injected sleeper (so tests need not wait;
        // Resilience4j's own sleep function is one static for the whole JVM), hence the interval handed
        // back to Resilience4j is 0.
        IntervalBiFunction<Object> wait = (failedAttempt, outcome) -> {
            Duration delay = outcome.isLeft() && outcome.getLeft() instanceof TransientFailure failure
                    && failure.retryAfter().isPresent()
                    ? failure.retryAfter().get()
                    : Duration.ofMillis(backoff.apply(failedAttempt));
            LOG.debug("Roblox call failed (attempt {}), trying again in {}", failedAttempt, delay);
            pause(sleeper, delay);
            return 0L;
        };
        this.retry = Retry.of("roblox", RetryConfig.<Object>custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(TransientFailure.class::isInstance)
                .intervalBiFunction(wait)
                .build());
        this.breaker = CircuitBreaker.of("roblox", CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.circuitFailureRatePercent())
                .slidingWindow(settings.circuitMinimumCalls(), settings.circuitMinimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .waitDurationInOpenState(settings.circuitOpenDuration())
                .recordException(t -> t instanceof TransientFailure || t instanceof RobloxUnavailableException)
                .clock(clock)
                .build());
    }

    /**
     * Sends the call (a fresh one for each attempt) and returns an answer that is neither a rate
     * limit nor a server error.
     *
     * @throws RobloxUnavailableException when Roblox could not be asked
     */
    <T> Response<T> send(String what, Supplier<Call<T>> request) {
        Supplier<Response<T>> attempt = CircuitBreaker.decorateSupplier(breaker, () -> attemptOnce(what, request.get()));
        try {
            return Retry.decorateSupplier(retry, attempt).get();
        } catch (TransientFailure failure) {
            LOG.warn("Roblox {} failed after {} attempt(s): {}", what, settings.maxAttempts(), failure.getMessage());
            throw new RobloxUnavailableException(what + ": " + failure.getMessage(),
                    failure.retryAfter().orElse(settings.outageRetryAfter()), failure);
        } catch (CallNotPermittedException open) {
            LOG.warn("Roblox {} not sent: circuit open after repeated failures", what);
            throw new RobloxUnavailableException(what + ": too many recent failures",
                    settings.circuitOpenDuration(), open);
        }
    }

    /** An answer that cannot be read as Roblox documents it: an outage, never a "no". */
    RobloxUnavailableException malformed(String what, String detail, Throwable cause) {
        LOG.error("Roblox {} answered something unreadable: {}", what, detail, cause);
        return new RobloxUnavailableException(what + ": malformed answer", settings.outageRetryAfter(), cause);
    }

    private <T> Response<T> attemptOnce(String what, Call<T> call) {
        Response<T> response;
        try {
            response = call.execute();
        } catch (JsonProcessingException unreadable) {
            throw malformed(what, unreadable.getOriginalMessage(), unreadable);
        } catch (InterruptedIOException timeout) {
            throw new TransientFailure("timed out", null, timeout);
        } catch (IOException broken) {
            throw new TransientFailure("connection failed (" + broken.getClass().getSimpleName() + ")", null, broken);
        }
        int status = response.code();
        if (status == 429) {
            discard(response);
            Optional<Duration> after = RetryAfter.parse(response.headers().get("Retry-After"), clock)
                    .filter(d -> !d.isZero());
            if (after.isPresent() && after.get().compareTo(settings.maxRetryAfterWait()) > 0) {
                LOG.warn("Roblox rate limited {} for {}: not waiting that long", what, after.get());
                throw new RobloxUnavailableException(what + ": rate limited", after.get(), null);
            }
            throw new TransientFailure("rate limited (HTTP 429)", after.orElse(null), null);
        }
        if (status >= 500) {
            discard(response);
            throw new TransientFailure("HTTP " + status, null, null);
        }
        return response;
    }

    private static void discard(Response<?> response) {
        if (response.errorBody() != null) {
            response.errorBody().close();
        }
    }

    private static void pause(Sleeper sleeper, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RobloxUnavailableException("interrupted while waiting to try again", delay, interrupted);
        }
    }
}
