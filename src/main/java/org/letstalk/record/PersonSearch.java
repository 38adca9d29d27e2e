package org.letstalk.record;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.letstalk.person.Person;
import org.letstalk.person.Postcode;
import org.letstalk.validation.FormInput;
import org.letstalk.validation.InputRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds people by partial name, NHS number, date of birth and partial postcode, all criteria together.
 * Names and postcodes are matched on the normalised keys kept on the person (lower-case name, postcode
 * without spaces).
 */
@Service
@Transactional
public class PersonSearch {

  static final int MAX_RESULTS = 50;

  private final EntityManager em;
  private final RecordPolicy policy;

  public PersonSearch(EntityManager em, RecordPolicy policy) {
    this.em = em;
    this.policy = policy;
  }

  public record Criteria(String name, String nhsNumber, LocalDate dateOfBirth, String postcode) {

    public static Criteria from(Map<String, String> params) {
      FormInput in = FormInput.of(params);
      String name = in.optionalText("name", 100);
      String nhs = in.optionalText("nhsNumber", 20);
      if (nhs != null) {
        nhs = nhs.replaceAll("[\\s-]", "");
        if (!nhs.matches("\\d{10}")) {
          throw new InputRejectedException("nhsNumber", "must be ten digits");
        }
      }
      String postcode = Postcode.key(in.optionalText("postcode", 10));
      if (postcode != null && !postcode.matches("[A-Z0-9]+")) {
        throw new InputRejectedException("postcode", "may hold only letters and digits");
      }
      Criteria criteria = new Criteria(name, nhs, in.optionalDate("dateOfBirth"), postcode);
      if (criteria.isEmpty()) {
        throw new InputRejectedException("criteria",
            "give at least one of name, nhsNumber, dateOfBirth or postcode");
      }
      return criteria;
    }

    boolean isEmpty() {
      return name == null && nhsNumber == null && dateOfBirth == null && postcode == null;
    }
  }

  /** Only for groups whose work looks people up; only the records the viewer may read, each logged. */
  public List<Person> find(Criteria criteria, Viewer viewer) {
    policy.requireSearch(viewer);
    StringBuilder jpql = new StringBuilder("select p from Person p where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (criteria.name() != null) {
      // Each word must start the given or family name (or any part of a double-barrelled one).
      String[] words = criteria.name().toLowerCase(Locale.UK).split("\\s+");
      for (int i = 0; i < words.length; i++) {
        String word = escapeLike(words[i]);
        jpql.append(" and (p.nameKey like :start").append(i).append(" escape '\\'")
            .append(" or p.nameKey like :inner").append(i).append(" escape '\\'")
            .append(" or p.nameKey like :hyphen").append(i).append(" escape '\\')");
        parameters.put("start" + i, word + "%");
        parameters.put("inner" + i, "% " + word + "%");
        parameters.put("hyphen" + i, "%-" + word + "%");
      }
    }
    if (criteria.nhsNumber() != null) {
      jpql.append(" and p.details.nhsNumber = :nhsNumber");
      parameters.put("nhsNumber", criteria.nhsNumber());
    }
    if (criteria.dateOfBirth() != null) {
      jpql.append(" and p.details.dateOfBirth = :dateOfBirth");
      parameters.put("dateOfBirth", criteria.dateOfBirth());
    }
    if (criteria.postcode() != null) {
      jpql.append(" and p.postcodeKey like :postcode");
      parameters.put("postcode", "%" + criteria.postcode() + "%");
    }
    // Alphabetical whatever the case (McDonald beside Mcdonald). Also keeps the planner off the family-name index:
    // walking it in order to stop at 50 read most of the table when the matches sort late (docs/benchmarks.md).
    jpql.append(" order by lower(p.details.familyName), lower(p.details.givenName), p.details.dateOfBirth");
    TypedQuery<Person> query = em.createQuery(jpql.toString(), Person.class);
    parameters.forEach(query::setParameter);
    return policy.found(new ArrayList<>(query.setMaxResults(MAX_RESULTS).getResultList()), viewer);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
