package org.chengxin.catalog.web;

import static org.chengxin.platform.web.Problems.problem;
import static org.chengxin.platform.web.Problems.respond;

import java.util.List;
import org.chengxin.access.Caller;
import org.chengxin.catalog.app.CatalogService;
import org.chengxin.catalog.model.CatalogRefusedException;
import org.chengxin.catalog.model.RecordType;
import org.chengxin.catalog.store.CatalogFormatException;
import org.chengxin.catalog.store.CatalogTable;
import org.chengxin.catalog.store.RecordTypeMapping;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The catalog is public; a policy administrator adds and revises types. */
@RestController
public class CatalogController {
  private final CatalogService catalog;
  private final CatalogTable table;

  public CatalogController(CatalogService catalog, CatalogTable table) {
    this.catalog = catalog;
    this.table = table;
  }

  /** The current catalog. */
  public record CatalogView(int version, int size, List<JsonNode> types) {}

  @GetMapping("/api/v1/catalog")
  public CatalogView all() {
    var c = catalog.current();
    return new CatalogView(
        c.version(),
        c.all().size(),
        c.all().stream().map(t -> (JsonNode) RecordTypeMapping.toTree(t)).toList());
  }

  @GetMapping("/api/v1/catalog/types/{code}")
  public JsonNode one(@PathVariable String code) {
    return RecordTypeMapping.toTree(find(code));
  }

  @GetMapping("/api/v1/catalog/types/{code}/history")
  public List<CatalogTable.Revision> history(@PathVariable String code) {
    find(code);
    return table.history(code);
  }

  @PostMapping("/api/v1/catalog/types")
  public ResponseEntity<JsonNode> add(
      Caller caller, @RequestBody JsonNode body, @RequestParam(required = false) String reason) {
    RecordType type = catalog.add(caller, parse(body), reasonOr(reason, "added"));
    return ResponseEntity.status(HttpStatus.CREATED).body(RecordTypeMapping.toTree(type));
  }

  @PutMapping("/api/v1/catalog/types/{code}")
  public JsonNode revise(
      Caller caller,
      @PathVariable String code,
      @RequestBody JsonNode body,
      @RequestParam(required = false) String reason) {
    RecordType type = parse(body);
    if (!type.code().equals(code)) {
      throw new BadRequest("code", "the body's code '" + type.code() + "' is not " + code);
    }
    find(code);
    return RecordTypeMapping.toTree(catalog.revise(caller, type, reasonOr(reason, "revised")));
  }

  @ExceptionHandler(CatalogRefusedException.class)
  ResponseEntity<ProblemDetail> refused(CatalogRefusedException e) {
    ProblemDetail p =
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "catalog-refused",
            "Record type refused by the catalog policy",
            e.getMessage());
    p.setProperty("violations", e.violations());
    return respond(p);
  }

  @ExceptionHandler(CatalogFormatException.class)
  ResponseEntity<ProblemDetail> malformed(CatalogFormatException e) {
    return respond(
        problem(
            HttpStatus.BAD_REQUEST,
            "invalid-record-type",
            "Malformed record type",
            e.getMessage()));
  }

  private RecordType find(String code) {
    return catalog
        .current()
        .find(code)
        .orElseThrow(() -> new NotFound("record type '" + code + "'"));
  }

  private static RecordType parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new BadRequest("body", "send a record type as a JSON object");
    }
    return RecordTypeMapping.fromTree(body, 1);
  }

  private static String reasonOr(String reason, String fallback) {
    return reason == null || reason.isBlank() ? fallback : reason.strip();
  }
}
