package org.chengxin.scoring.web;

import static org.chengxin.platform.web.Problems.problem;
import static org.chengxin.platform.web.Problems.respond;

import java.util.List;
import org.chengxin.access.Caller;
import org.chengxin.access.Role;
import org.chengxin.platform.web.BadRequest;
import org.chengxin.platform.web.NotFound;
import org.chengxin.scoring.app.RescoreJobs;
import org.chengxin.scoring.app.RescoreJobs.Started;
import org.chengxin.scoring.model.RescoreJob;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Full rescores over HTTP: what runs and ran, with progress, and a policy administrator's request
 * to rescore a scheme now (publication starts one by itself).
 */
@RestController
public class RescoresController {
  private final RescoreJobs jobs;

  public RescoresController(RescoreJobs jobs) {
    this.jobs = jobs;
  }

  /** A rescore request: the scheme whose version in force today is to be rescored. */
  public record RescoreRequest(String schemeId) {}

  /** A job with its progress as a percentage. */
  public record JobView(RescoreJob job, int percent) {
    static JobView of(RescoreJob j) {
      int percent =
          j.state() == RescoreJob.State.DONE
              ? 100
              : (int) (j.total() == 0 ? 0 : Math.min(99, j.done() * 100 / j.total()));
      return new JobView(j, percent);
    }
  }

  @GetMapping("/api/v1/rescores")
  public List<JobView> recent(Caller caller) {
    return jobs.recent(50).stream().map(JobView::of).toList();
  }

  @GetMapping("/api/v1/rescores/{id}")
  public JobView one(Caller caller, @PathVariable long id) {
    return jobs.find(id).map(JobView::of).orElseThrow(() -> new NotFound("rescore " + id));
  }

  @PostMapping("/api/v1/rescores")
  public ResponseEntity<?> start(Caller caller, @RequestBody RescoreRequest request) {
    caller.require("start rescores", Role.POLICY_ADMIN);
    if (request.schemeId() == null || request.schemeId().isBlank()) {
      throw new BadRequest("schemeId", "schemeId is required");
    }
    String id = request.schemeId().strip();
    return switch (jobs.start(id, "rescore requested by " + caller.actor(), caller.actor())) {
      case Started.Running r -> ResponseEntity.accepted().body(JobView.of(r.job()));
      case Started.AlreadyRunning r -> ResponseEntity.ok(JobView.of(r.job()));
      case Started.NotInForce n ->
          respond(
              problem(
                  HttpStatus.CONFLICT,
                  "scheme-not-in-force",
                  "No version in force",
                  "scheme " + n.schemeId() + " has no published version in force today"));
    };
  }
}
