package org.shouhu.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouhu.ops.ledger.imports.ImportProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import java.io.IOException;

/**
 * Parses a multipart body before anything else reads it, and refuses one that cannot be parsed
 * (400: no boundary, a part cut short, a file name holding NUL) or is over the upload limit
 * (413), as a problem. The security filters read the CSRF token from such a body when a
 * signed-in page's request does not send it in a header, and the parser's failure then escaped
 * them as a 500. What is parsed here is kept by the server for the request: nothing reads the
 * body twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
public class MultipartBodies extends OncePerRequestFilter {

    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();
    private final ProblemWriter problems;
    private final ImportProperties imports;

    public MultipartBodies(ProblemWriter problems, ImportProperties imports) {
        this.problems = problems;
        this.imports = imports;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !multipart.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            multipart.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException e) {
            problems.write(response, ProblemResponses.fileTooLarge(imports));
            return;
        } catch (MultipartException e) {
            problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "malformed-multipart", "The request body is"
                    + " not a multipart/form-data body in parts separated by the boundary its Content-Type names, each"
                    + " with a file name that is text"));
            return;
        }
        chain.doFilter(request, response);
    }
}
