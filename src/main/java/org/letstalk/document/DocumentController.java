package org.letstalk.document;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.letstalk.document.Documents.Given;
import org.letstalk.document.Documents.Listed;
import org.letstalk.record.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The documents made for a person: their list, each as a PDF, and how each was given to them. */
@RestController
class DocumentController {

  private final Documents documents;
  private final SubjectAccessExport exports;

  DocumentController(Documents documents, SubjectAccessExport exports) {
    this.documents = documents;
    this.exports = exports;
  }

  @GetMapping("/api/people/{personId}/documents")
  List<Listed> list(HttpServletRequest request, @PathVariable UUID personId) {
    return documents.listFor(personId, Viewer.of(request));
  }

  @GetMapping(value = "/api/documents/{documentId}", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(HttpServletRequest request, @PathVariable UUID documentId) {
    PersonDocument document = documents.read(documentId, Viewer.of(request));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(document.getTitle() + ".pdf", StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", document.getContentSha256())
        .body(document.getContent());
  }

  /**
   * The document's page, for the browser to print with the same stylesheet as the PDF. It runs no script and loads
   * nothing: its style and the council's logo are inside it.
   */
  @GetMapping(value = "/api/documents/{documentId}/print", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> print(HttpServletRequest request, @PathVariable UUID documentId) {
    String page = documents.page(documentId, Viewer.of(request));
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .body(page);
  }

  @PostMapping("/api/documents/{documentId}/given")
  @ResponseStatus(HttpStatus.CREATED)
  Given given(HttpServletRequest request, @PathVariable UUID documentId, @Valid @RequestBody GivenRequest body) {
    return documents.give(documentId, body.how(), body.givenAt(), Viewer.of(request));
  }

  /** Everything held about the person, in one zip archive: team managers only, and logged on the record. */
  @PostMapping(value = "/api/people/{personId}/subject-access-export", produces = "application/zip")
  ResponseEntity<byte[]> subjectAccessExport(HttpServletRequest request, @PathVariable UUID personId) {
    byte[] zip = exports.export(personId, Viewer.of(request));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("subject-access-" + personId + ".zip").build().toString())
        .body(zip);
  }
}
