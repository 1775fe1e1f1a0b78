package org.shouhu.ops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * A request Spring Security's firewall refuses (a path with "..", ";", "//" or an encoded
 * slash or dot; a parameter name with characters no form has) is answered 400 as a problem,
 * like every other refusal. Without this handler the security filters left it to the servlet
 * container's error page (Spring Boot's JSON, not a problem), and a parameter name refused
 * once a controller read it was a 500. Spring Security uses this bean for the filter chain;
 * {@link ProblemResponses} answers the refusals that happen in a controller.
 */
@Component
public class RejectedRequests implements RequestRejectedHandler {

    private final ProblemWriter problems;

    public RejectedRequests(ProblemWriter problems) {
        this.problems = problems;
    }

    /** The firewall's reason names the part of the request refused; it is the client's own input, never logged. */
    static ProblemDetail problem(RequestRejectedException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "rejected-request", e.getMessage());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        problems.write(response, problem(e));
    }
}
