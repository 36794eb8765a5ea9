package org.chengxin.ingest.web;

import static org.chengxin.platform.web.Problems.problem;
import static org.chengxin.platform.web.Problems.respond;

import java.util.List;
import org.chengxin.access.Caller;
import org.chengxin.ingest.app.IngestOutcome;
import org.chengxin.ingest.app.IngestOutcome.Accepted;
import org.chengxin.ingest.app.IngestOutcome.Refused;
import org.chengxin.ingest.app.SubmitRecords;
import org.chengxin.ingest.model.ItemError;
import org.chengxin.ingest.model.Submission;
import org.chengxin.platform.web.BadRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Providers submit records: one at a time or in all-or-nothing batches of up to 10,000. */
@RestController
@RequestMapping("/api/v1/records")
public class IngestController {
  private final SubmitRecords submit;

  public IngestController(SubmitRecords submit) {
    this.submit = submit;
  }

  /** A batch of records. */
  public record BatchRequest(List<Submission> records) {}

  /** What a stored batch did; {@code duplicates} were present already and changed nothing. */
  public record BatchResponse(
      long batchId,
      int received,
      int created,
      int duplicateCount,
      List<String> duplicates,
      String summary) {}

  @PostMapping("/batch")
  public ResponseEntity<?> batch(Caller caller, @RequestBody BatchRequest request) {
    if (request == null || request.records() == null || request.records().isEmpty()) {
      throw new BadRequest("records", "the batch needs a non-empty array 'records'");
    }
    if (request.records().size() > SubmitRecords.MAX_BATCH) {
      return respond(
          problem(
              HttpStatus.CONTENT_TOO_LARGE,
              "batch-too-large",
              "Batch too large",
              "a batch holds at most "
                  + SubmitRecords.MAX_BATCH
                  + " records; this one has "
                  + request.records().size()));
    }
    return answer(submit.submit(caller, request.records()));
  }

  @PostMapping
  public ResponseEntity<?> single(Caller caller, @RequestBody Submission record) {
    if (record == null) {
      throw new BadRequest("body", "the request needs a record object");
    }
    return answer(submit.submit(caller, List.of(record)));
  }

  private static ResponseEntity<?> answer(IngestOutcome outcome) {
    return switch (outcome) {
      case Accepted a ->
          ResponseEntity.status(a.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
              .body(
                  new BatchResponse(
                      a.batchId(),
                      a.received(),
                      a.created(),
                      a.duplicates().size(),
                      a.duplicates(),
                      summary(a)));
      case Refused r -> respond(refusal(r));
    };
  }

  private static String summary(Accepted a) {
    if (a.created() == 0) {
      return "nothing changed: all " + a.received() + " record(s) were already stored";
    }
    return a.created()
        + " record(s) stored"
        + (a.duplicates().isEmpty()
            ? ""
            : ", " + a.duplicates().size() + " already stored and unchanged");
  }

  private static ProblemDetail refusal(Refused r) {
    List<ItemError> errors = r.errors();
    String detail =
        errors.size() + " item(s) refused, nothing stored; first: " + errors.get(0).oneLine();
    ProblemDetail p =
        switch (r.reason()) {
          case UNAUTHORISED ->
              problem(
                  HttpStatus.FORBIDDEN,
                  "not-authorised-for-record",
                  "Outside the provider's authorisation",
                  detail);
          case INVALID ->
              problem(
                  HttpStatus.UNPROCESSABLE_CONTENT, "invalid-records", "Invalid records", detail);
          case CONFLICT ->
              problem(
                  HttpStatus.CONFLICT,
                  "reference-conflict",
                  "Reference reused for different content",
                  detail);
        };
    p.setProperty("field", errors.get(0).field());
    p.setProperty("errors", errors);
    return p;
  }
}
