package dev.tern.campaignscheduler;

import dev.tern.model.campaign.CampaignLauncher;
import dev.tern.model.campaign.CampaignRun;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The campaign-scheduler function: launches due campaign runs ({@link CampaignLauncher}).
 *
 * <p><b>Triggers</b>: an EventBridge schedule, {@code rate(1 minute)}, delivering the Scheduled Event envelope
 * (a full tick over every SCHEDULED campaign); and CampaignNudgeQueue (SQS), one record per campaign written
 * by CreateCampaign/UpdateCampaign ({@code {"version":1,"applicationId","campaignId"}}), which launches that
 * campaign at once if it is due. Funqy's advanced event handling hands SQS records over one by one.
 *
 * <p><b>Output</b>: nothing; the launched runs are logged. <b>Failures</b>: a store or queue fault fails the
 * tick (the next tick, a minute later, retries — launching is idempotent by run id) or the nudge record (SQS
 * redelivers it, then CampaignNudgeDlq); a nudge with another message version is refused for the DLQ.
 */
public class CampaignSchedulerFunction {

  private static final Logger LOG = Logger.getLogger(CampaignSchedulerFunction.class);

  @Inject CampaignLauncher launcher;

  /** A tick (Scheduled Event: no campaign id) or a nudge (one campaign). */
  @Funq("campaign-scheduler")
  public void schedule(SchedulerTrigger trigger) {
    List<CampaignRun> launched = trigger == null || trigger.isTick()
        ? launcher.tick()
        : launcher.nudge(trigger.nudgedApplication(), trigger.nudgedCampaign());
    launched.forEach(run -> LOG.infof("launched run %s of campaign %s/%s v%d", run.runId(), run.applicationId(),
        run.campaignId(), run.campaignVersion()));
  }
}
