package org.shouhu.events.activities;

/** Kinds of group activity the letter reports. */
public enum ActivityType {
    /** 法治宣传教育活动 */
    LEGAL_EDUCATION,
    /** 主题讲座 */
    THEMED_LECTURE,
    /** 心理辅导 */
    COUNSELLING_SESSION,
    /** 法律咨询 */
    LEGAL_CONSULTATION,
    OTHER
}
