package org.shouhu.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Answers 503 with Retry-After when the database is away, for the failures that happen before
 * or around Spring MVC (signing in reads the account; the security filters log access): without
 * it they would reach the servlet container's error page as a 500. Failures inside a controller
 * are answered by {@link ProblemResponses} the same way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseAwayAnswers extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAwayAnswers.class);

    private final ProblemWriter problems;
    private final WebProperties web;

    public DatabaseAwayAnswers(ProblemWriter problems, WebProperties web) {
        this.problems = problems;
        this.web = web;
    }

    /** The answer, in the API's shape, for a request that failed because the database is away. */
    public static ProblemDetail problem(WebProperties web) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "The database cannot be reached just now. Send the request again in " + web.retryAfter().toSeconds()
                        + " s; a change sent again with the same Idempotency-Key is recorded once.");
    }

    public static void logged(Throwable failure) {
        // one line, no stack trace: an outage fails every request alike, and the cause says which
        LOG.warn("The database is away; answered 503: {}", failure.getClass().getSimpleName());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseAway.explains(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            answer(response, failure);
        }
    }

    /** Answers 503 with Retry-After in the API's shape (the security filters call it too). */
    public void answer(HttpServletResponse response, Throwable failure) throws IOException {
        logged(failure);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(web.retryAfter().toSeconds()));
        problems.write(response, problem(web));
    }
}
