package letstalk.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.letstalk.document.Council;
import org.letstalk.document.DocumentKind;
import org.letstalk.document.DocumentTemplates;
import org.letstalk.document.Documents.Addressee;
import org.letstalk.person.Language;
import org.letstalk.review.PlanDocuments.Item;
import org.letstalk.review.PlanDocuments.PlanFacts;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * How long a plan document takes to make (docs/benchmarks.md, "Documents"): its template filled and turned into a
 * tagged PDF/UA with embedded fonts, in English and in Welsh, for a plan of twelve lines. Run with
 * {@code ./mvnw -q -B -Pbench test-compile exec:exec@document-bench}.
 */
public final class DocumentBenchmark {

  private DocumentBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int samples = Integer.getInteger("bench.documentSamples", 200);
    Path out = Path.of(System.getProperty("bench.documentOut", "target/bench/documents.md"));
    Council council = Binder.get(new StandardEnvironment()).bindOrCreate("letstalk.council", Council.class);
    DocumentTemplates templates = new DocumentTemplates(council, new DefaultResourceLoader());
    StringBuilder report = new StringBuilder("| document | language | samples | median ms | p95 ms | slowest ms |"
        + " size KB |\n|---|---|---|---|---|---|---|\n");
    for (Language language : Language.values()) {
      for (int i = 0; i < Math.max(10, samples / 10); i++) {
        templates.render(DocumentKind.CARE_AND_SUPPORT_PLAN, language, facts());
      }
      List<Double> times = new ArrayList<>();
      int size = 0;
      for (int i = 0; i < samples; i++) {
        long start = System.nanoTime();
        size = templates.render(DocumentKind.CARE_AND_SUPPORT_PLAN, language, facts()).pdf().length;
        times.add((System.nanoTime() - start) / 1e6);
      }
      Stats stats = Stats.of(times);
      report.append(String.format(Locale.ROOT, "| care and support plan, 12 lines | %s | %d | %.0f | %.0f | %.0f | %d |%n",
          language.code(), samples, stats.median(), Stats.percentile(times, 95), stats.max(), size / 1024));
    }
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println(report);
    System.exit(0);
  }

  private static Map<String, Object> facts() {
    List<Item> items = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      items.add(new Item("Outcome " + i + ": get out to the shops and see friends", "Support worker visits",
          "Home Care Ltd", "Twice a week", new BigDecimal("25.00")));
    }
    return Map.of(
        "person", new Addressee("Gwenllian Jones", "2 Heol y Castell, Cydweli", "SA17 4AB"),
        "madeAt", ZonedDateTime.now(ZoneId.of("Europe/London")),
        "madeBy", "Sam Practitioner",
        "plan", new PlanFacts(1, LocalDate.now(), new BigDecimal("300.00"), "DIRECT_PAYMENT", items,
            LocalDate.now().plusMonths(3), "Sam Practitioner"));
  }
}
