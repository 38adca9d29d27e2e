package org.letstalk.record;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseNoteRepository extends JpaRepository<CaseNote, UUID> {

  List<CaseNote> findByPersonIdOrderByNoteDateAscNoteIdAscNoteVersionAsc(UUID personId);

  List<CaseNote> findByNoteIdOrderByNoteVersionAsc(UUID noteId);

  long countByPersonId(UUID personId);

  /**
   * A page's worth of the person's note versions for the chronology, newest first from the place ({@code upTo},
   * {@code id}) on, dated from {@code from}, each with the latest version of its note (so a superseded one shows as
   * such); through the index case_note_person, so a later page costs what the first does.
   */
  @Query("""
      select n, (select max(v.noteVersion) from CaseNote v where v.noteId = n.noteId) from CaseNote n
      where n.personId = :personId and n.noteDate >= :from and n.noteDate <= :upTo
        and (n.noteDate < :upTo or n.id <= :id)
      order by n.noteDate desc, n.id desc""")
  List<Object[]> chronologyPage(UUID personId, LocalDate from, LocalDate upTo, UUID id, Limit limit);
}
