package org.shouhu.events.child;

/** The migration status of both parents (父亲/母亲外出务工情况). */
public record ParentsMigration(ParentStatus father, ParentStatus mother) {

    public static final ParentsMigration UNKNOWN = new ParentsMigration(ParentStatus.UNKNOWN, ParentStatus.UNKNOWN);

    public ParentsMigration {
        father = father == null ? ParentStatus.UNKNOWN : father;
        mother = mother == null ? ParentStatus.UNKNOWN : mother;
    }
}
