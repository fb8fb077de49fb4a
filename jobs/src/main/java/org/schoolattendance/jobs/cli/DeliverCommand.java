package org.schoolattendance.jobs.cli;

import java.util.concurrent.Callable;
import org.schoolattendance.jobs.delivery.Delivery;
import org.schoolattendance.jobs.pipeline.DeliveryStage;
import org.schoolattendance.jobs.pipeline.ReportStage;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Component
@Command(
    name = "deliver",
    mixinStandardHelpOptions = true,
    description = {
      "Email the packs the last report run wrote (<work-dir>/packs/manifest.tsv) by role: the"
          + " head pack and Ofsted pack to the school's head, the pupil annex alone to the same"
          + " head (OFFICIAL-SENSITIVE), the governor pack to the governors' clerk, the LA pack to"
          + " DELIVERY_LA_ADDRESS. SMTP from MAIL_HOST and MAIL_PORT, or the embedded mail"
          + " catcher; keeps .eml copies in <work-dir>/mail and a ledger.",
      "Exit status 3: some messages were skipped because their recipient has no address."
    })
class DeliverCommand implements Callable<Integer> {

  private final ReportStage reports;
  private final DeliveryStage delivery;

  @Mixin WorkDirOption workDir;

  @Option(names = "--synthetic", description = "Mark the messages as synthetic data.")
  boolean synthetic;

  DeliverCommand(ReportStage reports, DeliveryStage delivery) {
    this.reports = reports;
    this.delivery = delivery;
  }

  @Override
  public Integer call() {
    DeliveryStage.Result result = delivery.run(reports.findRendered(), synthetic);
    Summaries.printDeliveries(result);
    return result.count(Delivery.Status.SKIPPED) > 0 ? 3 : 0;
  }
}
