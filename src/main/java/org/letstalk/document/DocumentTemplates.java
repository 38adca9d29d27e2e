package org.letstalk.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import org.letstalk.person.Language;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Makes a document's PDF from its template in documents/ (documents/en/ for English, documents/cy/ for Welsh), the
 * words the templates share (words.properties in each language) and the print stylesheet documents/document.css,
 * which the PDF uses too. The PDF is tagged PDF/UA with its fonts embedded, so a screen reader can read it.
 *
 * <p>Every template must exist in both languages: a missing one stops the application at start-up, so it is never
 * found out when a person's document is being made.
 */
@Component
public class DocumentTemplates {

  static final String FOLDER = "documents/";
  static final String LAYOUT = "layout";
  static final String SUBJECT_ACCESS = "subject-access";
  private static final String FONT = "DejaVu Sans";

  static {
    // The renderer tells of every font load and layout pass at INFO; only its warnings are worth a log line.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final Council council;
  private final String stylesheet;
  private final String logo;
  private final Map<Language, Map<String, String>> words = new EnumMap<>(Language.class);
  private final Map<String, String> versions = new HashMap<>();

  public DocumentTemplates(Council council, ResourceLoader resources) {
    this.council = council;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(FOLDER);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    engine.setTemplateResolver(resolver);
    this.stylesheet = read(resources.getResource("classpath:" + FOLDER + "document.css"));
    this.logo = council.logo() == null || council.logo().isBlank() ? null
        : "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes(resources.getResource(council.logo())));
    for (Language language : Language.values()) {
      words.put(language, words(resources.getResource("classpath:" + FOLDER + language.code() + "/words.properties")));
      String layout = read(resources.getResource("classpath:" + FOLDER + language.code() + "/" + LAYOUT + ".html"));
      for (String name : templateNames()) {
        String path = FOLDER + language.code() + "/" + name + ".html";
        Resource template = resources.getResource("classpath:" + path);
        if (!template.exists()) {
          throw new IllegalStateException("The document template " + path + " is missing: every document needs a"
              + " template in English (documents/en/) and in Welsh (documents/cy/)");
        }
        versions.put(language.code() + "/" + name, Rendered.sha256(read(template) + layout + stylesheet
            + words.get(language)).substring(0, 16));
      }
    }
  }

  /** Every template, each needed in every language: one per kind of document, and the subject access export's. */
  static Set<String> templateNames() {
    Set<String> names = new TreeSet<>();
    for (DocumentKind kind : DocumentKind.values()) {
      names.add(kind.template());
    }
    names.add(SUBJECT_ACCESS);
    return names;
  }

  /** A page that is not kept as a document (the subject access export's reading copy), as PDF. */
  public byte[] renderPage(String template, Language language, Map<String, Object> facts) {
    return pdf(process(template, language, facts));
  }

  /** The document {@code kind} in {@code language}, with {@code facts} for its template to show. */
  public Rendered render(DocumentKind kind, Language language, Map<String, Object> facts) {
    String html = html(kind, language, facts);
    String title = words.get(language).get("title." + kind.name());
    return new Rendered(title, language, versions.get(language.code() + "/" + kind.template()), pdf(html),
        html);
  }

  /** The document as HTML, styled for the screen and for print by the same stylesheet. */
  public String html(DocumentKind kind, Language language, Map<String, Object> facts) {
    Map<String, Object> all = new HashMap<>(facts);
    all.put("kind", kind.name());
    return process(kind.template(), language, all);
  }

  private String process(String template, Language language, Map<String, Object> facts) {
    // Template variables, not process variables: what every document shows besides its own facts.
    Map<String, Object> all = new HashMap<>(facts);
    all.put("words", words.get(language));
    all.put("council", council);
    all.put("councilName", language == Language.WELSH ? council.welshName() : council.name());
    all.put("ombudsman", language == Language.WELSH ? council.complaints().welshOmbudsman()
        : council.complaints().ombudsman());
    all.put("logo", logo);
    all.put("stylesheet", stylesheet);
    Context context = new Context(Locale.forLanguageTag(language.code()));
    context.setVariables(all);
    return engine.process(language.code() + "/" + template, context);
  }

  private static byte[] pdf(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessbility(true);
      builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static InputStream font(String file) {
    return DocumentTemplates.class.getResourceAsStream("/fonts/" + file);
  }

  /** The shared words of one language, by key; a key missing in Welsh fails the build (DocumentTemplatesTest). */
  Map<String, String> words(Language language) {
    return words.get(language);
  }

  private static Map<String, String> words(Resource resource) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(read(resource)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> words = new TreeMap<>();
    properties.forEach((key, value) -> words.put((String) key, (String) value));
    return Collections.unmodifiableMap(words);
  }

  private static String read(Resource resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(Resource resource) {
    if (!resource.exists()) {
      throw new IllegalStateException(resource.getDescription() + " is missing");
    }
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
