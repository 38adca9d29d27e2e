package org.letstalk.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the documents come from, as the council sets it (letstalk.council in application.yml): its name in English
 * and Welsh, its logo (a PNG; none when empty), address, phone numbers and how to complain. The defaults are a
 * demonstration council's.
 */
@ConfigurationProperties("letstalk.council")
public record Council(
    @DefaultValue("Demo Borough Council") String name,
    @DefaultValue("Cyngor Bwrdeistref Demo") String welshName,
    @DefaultValue("classpath:documents/logo.png") String logo,
    @DefaultValue("Town Hall, High Street, Demoton, DM1 1AA") String address,
    @DefaultValue("0300 123 4567") String phone,
    @DefaultValue("0300 123 9999") String outOfHoursPhone,
    @DefaultValue("adult.social.care@demo.example") String email,
    @DefaultValue Complaints complaints) {

  /**
   * How to complain, or challenge a decision, and who looks at it when the council's answer is not enough: the
   * ombudsman's name as an English sentence says it ("the ...") and as a Welsh one does after "i'r" (no article).
   */
  public record Complaints(
      @DefaultValue("0300 123 4500") String phone,
      @DefaultValue("complaints@demo.example") String email,
      @DefaultValue("Complaints Team, Town Hall, High Street, Demoton, DM1 1AA") String address,
      @DefaultValue("the Local Government and Social Care Ombudsman") String ombudsman,
      @DefaultValue("Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol") String welshOmbudsman,
      @DefaultValue("0300 061 0614") String ombudsmanPhone) {
  }
}
