package org.letstalk.crisis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.letstalk.store.Identified;

/** One action of a crisis plan, in the order agreed with the person. */
@Entity
@Table(name = "crisis_plan_action")
public class CrisisPlanAction extends Identified {

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "description", nullable = false)
  private String description;

  protected CrisisPlanAction() {
  }

  CrisisPlanAction(int position, String description) {
    this.position = position;
    this.description = description;
  }

  public String getDescription() {
    return description;
  }
}
