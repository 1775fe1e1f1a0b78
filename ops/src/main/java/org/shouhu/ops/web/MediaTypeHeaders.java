package org.shouhu.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * Checks the headers that say what a request's body is and what its answer may be, before
 * anything acts on them:
 * <ul>
 *     <li>a Content-Type that is not one media type (a pattern such as {@code application/*}, or
 *     not a media type at all) is refused 415: Spring cannot read a body of a pattern type and
 *     failed with a 500;</li>
 *     <li>on the API, an Accept that is not a list of media types is refused 400: Spring could
 *     not write a refusal for it, and answered with an empty body or a 500;</li>
 *     <li>a write to the API whose answer (JSON) the client says it cannot take is refused 406
 *     before it is carried out: it used to be recorded and then answered 406, so the client
 *     took for not done what was done.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class MediaTypeHeaders extends OncePerRequestFilter {

    private static final String API = "/api/";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ProblemWriter problems;

    public MediaTypeHeaders(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank() && !isOneMediaType(contentType)) {
            problems.refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", HttpHeaders.CONTENT_TYPE,
                    "Content-Type must name one media type, such as application/json", "header.format");
            return;
        }
        if (request.getRequestURI().startsWith(API)) {
            List<MediaType> accepted;
            try {
                accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
            } catch (InvalidMediaTypeException e) {
                problems.refuse(response, HttpStatus.BAD_REQUEST, "validation", HttpHeaders.ACCEPT,
                        "Accept must be a list of media types, such as application/json", "header.format");
                return;
            }
            if (!READS.contains(request.getMethod()) && !acceptsJson(accepted)) {
                problems.refuse(response, HttpStatus.NOT_ACCEPTABLE, "media-type", HttpHeaders.ACCEPT,
                        "A change is answered with application/json, which Accept does not allow: nothing was"
                                + " recorded", "accept.json");
                return;
            }
        }
        chain.doFilter(blankAccept(request) ? new WithoutAccept(request) : request, response);
    }

    /**
     * An Accept header with nothing in it says nothing: it is taken as no Accept at all (any
     * type). The actuator's Prometheus endpoint failed on it with a 500.
     */
    private static boolean blankAccept(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        return !values.isEmpty() && values.stream().allMatch(String::isBlank);
    }

    private static final class WithoutAccept extends HttpServletRequestWrapper {

        WithoutAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !HttpHeaders.ACCEPT.equalsIgnoreCase(name)).toList());
        }
    }

    private static boolean isOneMediaType(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** No Accept at all takes anything; otherwise one of its types (not refused with q=0) must take JSON. */
    private static boolean acceptsJson(List<MediaType> accepted) {
        return accepted.isEmpty() || accepted.stream().anyMatch(type -> type.getQualityValue() > 0
                && type.isCompatibleWith(MediaType.APPLICATION_JSON));
    }
}
