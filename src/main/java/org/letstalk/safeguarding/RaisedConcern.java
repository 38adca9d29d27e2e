package org.letstalk.safeguarding;

import java.util.UUID;

/**
 * A concern as raised, checked: from the Tasklist start form, another system through our API, or a process that
 * raised it.
 */
public record RaisedConcern(
    UUID personId,
    String personName,
    String reportedBy,
    String description,
    AbuseType abuseType,
    String allegedPersonName,
    String allegedPersonRelationship,
    boolean immediateDanger,
    String emergencyAction,
    String personWants,
    Capacity capacity) {
}
