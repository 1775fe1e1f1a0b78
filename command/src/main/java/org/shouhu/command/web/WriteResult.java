package org.shouhu.command.web;

/**
 * What a write answers: the stream's version after it (its ETag) and the global
 * position of its last event, which a client can hand to a read as {@code minPosition}.
 */
public record WriteResult(String aggregateId, long version, long position) {
}
