package org.letstalk.document;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.letstalk.person.Language;
import org.letstalk.record.RecordSection;
import org.letstalk.record.SummaryItem;
import org.letstalk.record.SummarySource;
import org.letstalk.record.Viewer;
import org.letstalk.record.Visibility;
import org.springframework.stereotype.Component;

/** Lists the person's documents on their record, each linking to its PDF. */
@Component
class DocumentsOnTheRecord implements SummarySource {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
      .withZone(ZoneId.of("Europe/London"));

  private final PersonDocumentRepository documents;

  DocumentsOnTheRecord(PersonDocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public List<SummaryItem> itemsFor(UUID personId, Viewer viewer) {
    return documents.summariesFor(personId).stream()
        .map(d -> new SummaryItem(RecordSection.DOCUMENTS, d.title(),
            (d.language() == Language.WELSH ? "in Welsh" : "in English") + ", made " + DAY.format(d.madeAt()),
            Visibility.EVERYONE, new SummaryItem.Action(SummaryItem.Action.DOCUMENT, d.id())))
        .toList();
  }
}
