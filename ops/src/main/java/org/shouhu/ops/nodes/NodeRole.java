package org.shouhu.ops.nodes;

/** What a node does; {@code shouhu.node.roles} lists them, every node has both by default. */
public enum NodeRole {
    /** Takes records: the API's and the web interface's writes, and carries out due deadlines. */
    COMMAND,
    /** Answers reads, and runs the event processors that keep the read models. */
    QUERY
}
