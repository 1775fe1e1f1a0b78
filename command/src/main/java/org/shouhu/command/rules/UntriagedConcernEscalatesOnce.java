package org.shouhu.command.rules;

/**
 * A concern still untriaged when its triage deadline falls due is escalated to the township
 * supervisor, once: the deadline may fire again after a crash or on another node, and the
 * record must still show one escalation. A closed or erased case escalates nothing.
 */
public final class UntriagedConcernEscalatesOnce {

    /** The name of the deadline scheduled for every concern when it is raised. */
    public static final String DEADLINE = "concern-triage";

    private UntriagedConcernEscalatesOnce() {
    }

    public static boolean applies(ConcernIsTriagedOnce.Step step, boolean alreadyEscalated, boolean caseClosed) {
        return step == ConcernIsTriagedOnce.Step.UNTRIAGED && !alreadyEscalated && !caseClosed;
    }
}
