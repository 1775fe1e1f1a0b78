package org.shouhu.events.workers;

/** The roles of the care workforce (关爱服务队伍). */
public enum WorkerRole {
    /** 儿童督导员: one per township */
    CHILD_SUPERVISOR,
    /** 儿童主任: one per village */
    CHILD_DIRECTOR,
    /** 社工 */
    SOCIAL_WORKER,
    /** 网格员 */
    GRID_WORKER,
    /** 爱心妈妈 */
    CARING_MOTHER_VOLUNTEER
}
