package org.letstalk.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where every conversation starts [T 1.18]: the person's own strengths, their informal network's and their
 * community's. Kept in the same three columns by every record of a conversation (a Let's Talk, a carer's, a
 * Let's Talk 3's analysis).
 */
@Embeddable
public record Strengths(
    @Column(name = "strengths_personal") String personal,
    @Column(name = "strengths_network") String network,
    @Column(name = "strengths_community") String community) {
}
