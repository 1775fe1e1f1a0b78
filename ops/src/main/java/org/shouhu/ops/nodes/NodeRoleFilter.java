package org.shouhu.ops.nodes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouhu.ops.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * A node without the {@code command} role refuses records, one without the {@code query} role
 * refuses reads (its read models are kept by other nodes), with a 503 a load balancer takes as
 * "ask another node". Rebuilding read models is a query node's work. Health, metrics and
 * signing in are answered by every node.
 */
@Component
public class NodeRoleFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String PROJECTIONS = "/api/v1/admin/projections";

    private final NodeProperties node;
    private final ProblemWriter problems;

    public NodeRoleFilter(NodeProperties node, ProblemWriter problems) {
        this.node = node;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/ui/") || path.equals("/ui"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        NodeRole needed = roleFor(request);
        if (!node.has(needed)) {
            problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "node-role",
                    "This node has the roles " + node.roles() + "; send this request to a node with the "
                            + needed.name().toLowerCase() + " role");
            return;
        }
        chain.doFilter(request, response);
    }

    static NodeRole roleFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return READS.contains(request.getMethod()) || path.startsWith(PROJECTIONS) ? NodeRole.QUERY : NodeRole.COMMAND;
    }
}
